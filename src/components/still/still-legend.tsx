import { useId } from 'react';
import { PALETTE, projectedFill } from '@/lib/chart-theme';
import { ProjectedPattern } from '../projected-pattern';
import type { LegendItem } from '../year-chart';
import { useStill } from './still';
import { StillKey } from './still-key';

const SWATCH = 12;

/**
 * A chart's legend drawn in SVG, for a still: the same swatches as the page's legend (the series
 * colours, the projected hatching as a real pattern, the dashed "no data" outline), laid out by
 * StillKey in rows that wrap at `width` (the still's, when not given).
 */
export function StillLegend({ items, width }: { items: readonly LegendItem[]; width?: number }) {
  const scope = useId();
  const still = useStill();
  const projected = [...new Set(items.filter((i) => i.kind === 'projected').map(colourOf))];
  return (
    <StillKey
      entries={items.map((item) => ({
        key: item.key,
        label: item.label,
        swatch: <Swatch item={item} scope={scope} />,
        swatchWidth: SWATCH,
      }))}
      width={width ?? still?.width ?? 0}
      defs={
        projected.length > 0
          ? projected.map((c) => <ProjectedPattern key={c} scope={scope} colour={c} />)
          : undefined
      }
    />
  );
}

const colourOf = (item: LegendItem) => item.colour ?? PALETTE.ink;

function Swatch({ item, scope }: { item: LegendItem; scope: string }) {
  const colour = colourOf(item);
  if (item.kind === 'projected') {
    return (
      <rect
        x="0.75"
        y="0.75"
        width={SWATCH - 1.5}
        height={SWATCH - 1.5}
        fill={projectedFill(scope, colour)}
        stroke={colour}
        strokeWidth="1.5"
      />
    );
  }
  if (item.kind === 'gap') {
    return (
      <rect
        x="0.5"
        y="0.5"
        width={SWATCH - 1}
        height={SWATCH - 1}
        fill="none"
        stroke={PALETTE.neutral}
        strokeDasharray="3 2"
      />
    );
  }
  return <rect width={SWATCH} height={SWATCH} fill={colour} />;
}
