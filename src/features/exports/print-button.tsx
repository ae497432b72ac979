import { useEffect, useState } from 'react';
import { printStills } from './print-stills';

/**
 * "Print" in the header, and Ctrl/⌘+P: the dashboard printed with each panel as its still (see
 * printStills). The browser's own Print menu prints the live page, each panel kept whole.
 */
export function PrintButton({ order }: { order: readonly string[] }) {
  const [busy, setBusy] = useState(false);
  const print = () => {
    if (busy) return;
    setBusy(true);
    printStills(order).finally(() => setBusy(false));
  };
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        print();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });
  return (
    <button type="button" className="button" onClick={print} aria-busy={busy || undefined}>
      {busy ? 'Preparing…' : 'Print'}
    </button>
  );
}
