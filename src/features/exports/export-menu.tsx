import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { usePanelFrame } from '@/components/panel-data';
import type { ViewMode } from '@/lib/view-mode';
import { downloadBlob, isoDate } from '@/lib/download';
import { usePressOutside } from '@/lib/use-press-outside';
import { findChartSvg } from './find-chart';
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
 * "Export" in a panel's header: PNG (2×) and SVG of the panel, CSV of the rows it shows and of its
 * whole dataset. The libraries that do the work are loaded when an item is chosen, not before.
 */
export function ExportMenu({ mode }: { mode: ViewMode }) {
  const { id, title, getData, subscribe, getSection } = usePanelFrame();
  const [open, setOpen] = useState(false);
  const [hasChart, setHasChart] = useState(false);
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
    const section = getSection();
    setHasChart(section !== null && findChartSvg(section) !== null);
    setHasData(getData() !== null);
  }, [getData, getSection]);
  useEffect(() => (open ? subscribe(readPanel) : undefined), [open, subscribe, readPanel]);

  useEffect(() => {
    if (!status || status.startsWith('Preparing')) return;
    const timer = setTimeout(() => setStatus(''), 8000);
    return () => clearTimeout(timer);
  }, [status]);

  const loading = hasData ? null : 'Loading…';
  const items: Item[] = [
    { kind: 'png', label: 'PNG (2×)', unavailable: null },
    {
      kind: 'svg',
      label: 'SVG',
      unavailable:
        mode === 'table'
          ? 'Switch to Chart to export SVG'
          : hasChart
            ? null
            : 'No chart drawing in this panel yet',
    },
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
    const section = getSection();
    if (!section) return;
    const date = isoDate();
    setStatus(`Preparing ${item.label}…`);
    try {
      let fileName: string;
      if (item.kind === 'png') {
        const { panelToPng } = await import('./png');
        fileName = `${id}-${date}.png`;
        downloadBlob(await panelToPng(section), fileName);
      } else if (item.kind === 'svg') {
        const { panelToSvg } = await import('./svg');
        fileName = `${id}-${date}.svg`;
        const text = panelToSvg(section, { title, footer: `View: ${window.location.href}` });
        downloadBlob(new Blob([text], { type: 'image/svg+xml' }), fileName);
      } else {
        const data = getData();
        if (!data) return;
        const which = item.kind === 'csv-visible' ? 'visible' : 'full';
        const { csvBlob } = await import('./csv');
        fileName = `${id}-${which}-${date}.csv`;
        downloadBlob(csvBlob(which === 'visible' ? data.visible() : data.full()), fileName);
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
