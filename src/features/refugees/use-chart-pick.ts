import { useRef, type KeyboardEvent } from 'react';

/**
 * Enter (or Space) on a chart picks the item recharts' keyboard layer has moved to with the arrow
 * keys. recharts would otherwise use Enter to hide its tooltip, so the key stops here.
 * Render `<ActiveLabelProbe labelRef={activeRef} />` inside the chart and put `onKeyDownCapture`
 * on the chart's wrapper.
 */
export function useChartPick(onPick: (label: string) => void) {
  const activeRef = useRef<string | undefined>(undefined);
  const onKeyDownCapture = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const label = activeRef.current;
    if (label === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    onPick(label);
  };
  return { activeRef, onKeyDownCapture };
}
