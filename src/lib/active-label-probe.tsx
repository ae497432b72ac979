import { useEffect, type RefObject } from 'react';
import { useActiveTooltipLabel } from 'recharts';

/** Renders nothing; keeps `labelRef.current` at the category the chart's tooltip points at. */
export function ActiveLabelProbe({ labelRef }: { labelRef: RefObject<string | undefined> }) {
  const label = useActiveTooltipLabel();
  useEffect(() => {
    labelRef.current = label === undefined || label === null ? undefined : String(label);
  }, [label, labelRef]);
  return null;
}
