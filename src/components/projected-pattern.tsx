import { useId } from 'react';
import { PALETTE, projectedFill, projectedPatternId } from '@/lib/chart-theme';

/**
 * Diagonal hatching that marks a projected figure. Render inside a chart's `<defs>` (recharts:
 * as a child of the chart) once per colour used, then fill with `projectedFill(scope, colour)`,
 * `scope` being the chart's `useId()`.
 */
export function ProjectedPattern({ scope, colour }: { scope: string; colour: string }) {
  return (
    <pattern
      id={projectedPatternId(scope, colour)}
      width="6"
      height="6"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="6" height="6" fill={PALETTE.surface} />
      <rect width="3" height="6" fill={colour} />
    </pattern>
  );
}

/** A legend key that shows the hatching beside the word "projected". */
export function ProjectedKey({ colour }: { colour: string }) {
  const scope = useId();
  return (
    <span className="legend-key">
      <svg width="14" height="14" aria-hidden="true">
        <defs>
          <ProjectedPattern scope={scope} colour={colour} />
        </defs>
        <rect width="14" height="14" fill={projectedFill(scope, colour)} stroke={colour} />
      </svg>
      projected
    </span>
  );
}
