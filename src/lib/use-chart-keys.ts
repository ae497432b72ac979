import { useRef, type KeyboardEvent } from 'react';

/**
 * recharts' keyboard layer moves with ← and → only, and in a vertical-layout chart (horizontal
 * bars) it moves backwards: ← goes down the list. For those charts ↓ and → go down, ↑ and ← go up,
 * re-sent to recharts as the key it expects.
 */
const VERTICAL_KEYS: Readonly<Record<string, string>> = {
  ArrowDown: 'ArrowLeft',
  ArrowRight: 'ArrowLeft',
  ArrowUp: 'ArrowRight',
  ArrowLeft: 'ArrowRight',
};

interface ChartKeysOptions {
  /** A chart with `layout="vertical"` (horizontal bars). */
  vertical?: boolean;
  /** Called with the category the keyboard is on when Enter or Space is pressed. */
  onPick?: (label: string) => void;
}

/**
 * Keyboard operation for a recharts chart with its accessibility layer on. Put
 * `onKeyDownCapture` on the chart's wrapper and render `<ActiveLabelProbe labelRef={activeRef} />`
 * inside the chart. Enter picks the item the arrow keys moved to; recharts would otherwise use
 * Enter to hide its tooltip, so the key stops here.
 */
export function useChartKeys({ vertical = false, onPick }: ChartKeysOptions = {}) {
  const activeRef = useRef<string | undefined>(undefined);
  const onKeyDownCapture = (e: KeyboardEvent) => {
    // Our own re-sent arrow key: let it through to recharts.
    if (!e.nativeEvent.isTrusted) return;
    const mapped = vertical ? VERTICAL_KEYS[e.key] : undefined;
    if (mapped) {
      e.preventDefault();
      e.stopPropagation();
      e.target.dispatchEvent(new KeyboardEvent('keydown', { key: mapped, bubbles: true }));
      return;
    }
    if (!onPick || (e.key !== 'Enter' && e.key !== ' ')) return;
    const label = activeRef.current;
    if (label === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    onPick(label);
  };
  return { activeRef, onKeyDownCapture };
}
