import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { usePanelFrame } from '@/components/panel-data';
import type { ViewMode } from '@/lib/view-mode';
import { downloadBlob, stampNow } from '@/lib/download';
import { usePressOutside } from '@/lib/use-press-outside';
import '@/components/status-tip.css';
import './exports.css';

type Kind = 'png' | 'svg' | 'csv-visible' | 'csv-full';

interface Item {
  kind: Kind;
  label: string;
  /** Why the item cannot be used now; null when it can. */
  unavailable: string | null;
}

/**
 * "Export" in a panel's header: PNG (2×) and SVG of the panel's static view (its chart, or in
 * Table mode its table drawn whole), CSV of the rows it shows and of its whole dataset. The code
 * that does the work is loaded when an item is chosen, not before.
 */
export function ExportMenu({ mode }: { mode: ViewMode }) {
  const { id, title, getData, subscribe } = usePanelFrame();
  const [open, setOpen] = useState(false);
  const [hasStill, setHasStill] = useState(false);
  const [hasData, setHasData] = useState(false);
  const [alignLeft, setAlignLeft] = useState(false);
  const [status, setStatus] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  usePressOutside(rootRef, open, () => setOpen(false));

  // What the panel offers is read when the menu opens; while it is open, the panel's rows and
  // chart may still arrive (a panel opened during loading), so it follows them.
  const readPanel = useCallback(() => {
    const data = getData();
    setHasStill(data?.still !== undefined);
    setHasData(data !== null);
  }, [getData]);
  useEffect(() => (open ? subscribe(readPanel) : undefined), [open, subscribe, readPanel]);

  useEffect(() => {
    if (!status || status.startsWith('Preparing')) return;
    const timer = setTimeout(() => setStatus(''), 8000);
    return () => clearTimeout(timer);
  }, [status]);

  // Until the panel shows its figures (still loading, or its data could not be read).
  const loading = hasData ? null : 'Once the panel shows its figures';
  const drawing = loading ?? (mode === 'table' || hasStill ? null : 'No drawing of this panel');
  const items: Item[] = [
    { kind: 'png', label: 'PNG (2×)', unavailable: drawing },
    { kind: 'svg', label: 'SVG', unavailable: drawing },
    { kind: 'csv-visible', label: 'CSV — visible rows', unavailable: loading },
    { kind: 'csv-full', label: 'CSV — whole dataset', unavailable: loading },
  ];

  const toggle = () => {
    if (!open) {
      readPanel();
      // Open towards the room there is: rightwards when the button sits near the left edge.
      const right = toggleRef.current?.getBoundingClientRect().right ?? Infinity;
      setAlignLeft(right < 280);
    }
    setOpen(!open);
  };

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  const run = async (item: Item) => {
    if (item.unavailable) return;
    close();
    const data = getData();
    if (!data) return;
    const stamp = stampNow();
    const { date } = stamp;
    setStatus(`Preparing ${item.label}…`);
    try {
      let fileName: string;
      if (item.kind === 'png' || item.kind === 'svg') {
        const { drawPanel } = await import('@/components/still/draw-panel');
        const drawn = await drawPanel(title, data, mode, stamp);
        if (item.kind === 'png') {
          const { stillToPng } = await import('./export-png');
          fileName = `${id}${mode === 'table' ? '-table' : ''}-${date}.png`;
          downloadBlob(await stillToPng(drawn), fileName);
        } else {
          fileName = `${id}${mode === 'table' ? '-table' : ''}-${date}.svg`;
          downloadBlob(new Blob([drawn.svg], { type: 'image/svg+xml' }), fileName);
        }
      } else {
        const which = item.kind === 'csv-visible' ? 'visible' : 'full';
        const { csvBlob } = await import('./csv');
        fileName = `${id}-${which}-${date}.csv`;
        downloadBlob(csvBlob(which === 'visible' ? data.visible() : data.full(), stamp), fileName);
      }
      setStatus(`Downloaded ${fileName}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus(`Could not export ${item.label}: ${reason}`);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      close();
    }
  };

  return (
    // Escape and the arrow keys, from the toggle or an item inside, bubble up to here.
    // eslint-disable-next-line jsx-a11y-x/no-static-element-interactions
    <div className="export-menu" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        type="button"
        className="button export-menu__toggle"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={toggle}
      >
        Export<span className="visually-hidden"> {title}</span>
      </button>
      <ul
        id={menuId}
        className={`export-menu__list${alignLeft ? ' export-menu__list--left' : ''}`}
        hidden={!open}
        aria-label={`Export ${title}`}
      >
        {items.map((item) => (
          <li key={item.kind}>
            <button
              type="button"
              className="export-menu__item"
              aria-disabled={item.unavailable ? true : undefined}
              data-export={item.kind}
              onClick={() => void run(item)}
            >
              {item.label}
              {item.unavailable ? (
                <span className="export-menu__reason">{item.unavailable}</span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
      <span className="export-menu__status status-tip" role="status">
        {status}
      </span>
    </div>
  );
}
