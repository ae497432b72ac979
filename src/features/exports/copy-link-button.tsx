import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import './exports.css';

/**
 * Copies the address of the current view (every filter is in it). Where the clipboard API is
 * refused, the link is shown selected in a read-only field to copy by hand.
 */
export function CopyLinkButton() {
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!status || fallback !== null) return;
    const timer = setTimeout(() => setStatus(''), 4000);
    return () => clearTimeout(timer);
  }, [status, fallback]);

  const copy = async () => {
    const url = window.location.href;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setFallback(null);
      setStatus('Link copied');
      return;
    } catch {
      // Refused (no permission, not a secure context): fall back to a selected field.
    }
    flushSync(() => setFallback(url));
    inputRef.current?.focus();
    inputRef.current?.select();
    let copied: boolean;
    try {
      // The older command still copies in some places where the clipboard API is refused.
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    setStatus(copied ? 'Link copied' : 'Copy the selected link (Ctrl+C or ⌘C)');
  };

  return (
    <span className="copy-link">
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span className="copy-link__status" role="status">
        {status}
      </span>
      {fallback !== null ? (
        <span className="copy-link__fallback">
          <label>
            <span className="visually-hidden">Link to this view</span>
            <input
              ref={inputRef}
              readOnly
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
