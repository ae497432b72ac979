import { DefaultZIndexes, usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
import { PALETTE } from '@/lib/chart-theme';

/**
 * A vertical line across a chart's plot area at `value` on the x axis, with an optional label
 * above it. Drawn from the axis scale rather than as a recharts ReferenceLine, which registers in
 * the chart's store (so moving it recomputes the whole chart) and brings its own code.
 */
export function XMarker({
  value,
  className,
  dash,
  label,
}: {
  value: number;
  className: string;
  dash?: string;
  label?: string;
}) {
  const x = useXAxisScale();
  const plot = usePlotArea();
  const at = x?.(value, { position: 'middle' });
  if (at === undefined || !plot) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <g className={className} pointerEvents="none">
        <line
          className={`${className}__line`}
          x1={at}
          x2={at}
          y1={plot.y}
          y2={plot.y + plot.height}
          stroke={PALETTE.ink}
          strokeDasharray={dash}
        />
        {label !== undefined && (
          <text
            className={`${className}__label`}
            x={at}
            y={plot.y - 5}
            textAnchor="middle"
            fontSize={12}
            fill={PALETTE.ink}
          >
            {label}
          </text>
        )}
      </g>
    </ZIndexLayer>
  );
}
