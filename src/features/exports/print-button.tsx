import { useEffect, useEffectEvent, useState } from 'react';
import { printStills } from './print-stills';
import '@/components/status-tip.css';
import './exports.css';

/**
 * "Print" in the header, and Ctrl/⌘+P: the dashboard printed with each panel as its still (see
 * printStills). The browser's own Print menu prints the live page as it is.
 */
export function PrintButton({ order }: { order: readonly string[] }) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const print = () => {
    if (busy) return;
    setBusy(true);
    setStatus('');
    printStills(order)
      .catch((error: unknown) =>
        setStatus(`Could not prepare the print: ${error instanceof Error ? error.message : error}`),
      )
      .finally(() => setBusy(false));
  };
  const onKeyDown = useEffectEvent((e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p') {
      e.preventDefault();
      print();
    }
  });
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <span className="print-button">
      <button type="button" className="button" onClick={print} aria-busy={busy || undefined}>
        {busy ? 'Preparing…' : 'Print'}
      </button>
      <span className="status-tip" role="status">
        {status}
      </span>
    </span>
  );
}
