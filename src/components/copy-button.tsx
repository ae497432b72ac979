import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import './copy-button.css';
import './status-tip.css';

/**
 * A button that copies a text made when it is pressed (a link, a citation) and says so. Where the
 * clipboard API is refused, the text is shown selected in a read-only field to copy by hand.
 */
export function CopyButton({
  children,
  text,
  copied,
  fieldLabel,
}: {
  /** The button's label. */
  children: ReactNode;
  text: () => string;
  /** What the status says once copied: "Link copied". */
  copied: string;
  /** The name of the read-only field the text falls back to: "Link to this view". */
  fieldLabel: string;
}) {
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!status || fallback !== null) return;
    const timer = setTimeout(() => setStatus(''), 4000);
    return () => clearTimeout(timer);
  }, [status, fallback]);

  const copy = async () => {
    const value = text();
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setFallback(null);
      setStatus(copied);
      return;
    } catch {
      // Refused (no permission, not a secure context): fall back to a selected field.
    }
    flushSync(() => setFallback(value));
    inputRef.current?.focus();
    inputRef.current?.select();
    let done: boolean;
    try {
      // The older command still copies in some places where the clipboard API is refused.
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
    setStatus(done ? copied : 'Copy the selected text (Ctrl+C or ⌘C)');
  };

  return (
    <span className="copy-button">
      <button type="button" className="button" onClick={() => void copy()}>
        {children}
      </button>
      <span className="copy-button__status status-tip" role="status">
        {status}
      </span>
      {fallback !== null ? (
        <span className="copy-button__fallback">
          <label>
            <span className="visually-hidden">{fieldLabel}</span>
            <textarea
              ref={inputRef}
              readOnly
              rows={fallback.length > 120 ? 4 : 1}
              value={fallback}
              onBlur={() => {
                setFallback(null);
                setStatus('');
              }}
              onKeyDown={(e) => {
                if (e.key === 'Escape') e.currentTarget.blur();
              }}
            />
          </label>
        </span>
      ) : null}
    </span>
  );
}
