import { PALETTE, projectedPatternId } from '@/lib/chart-theme';

/**
 * Diagonal hatching that marks a projected figure. Render inside a chart's `<defs>` (recharts:
 * as a child of the chart) once per colour used, then fill with `projectedFill(colour)`.
 */
export function ProjectedPattern({ colour }: { colour: string }) {
  return (
    <pattern
      id={projectedPatternId(colour)}
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
  return (
    <span className="legend-key">
      <svg width="14" height="14" aria-hidden="true">
        <defs>
          <ProjectedPattern colour={colour} />
        </defs>
        <rect width="14" height="14" fill={`url(#${projectedPatternId(colour)})`} stroke={colour} />
      </svg>
      projected
    </span>
  );
}
