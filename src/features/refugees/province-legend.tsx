import { useId } from 'react';
import { ProjectedPattern } from '@/components/projected-pattern';
import { useStill } from '@/components/still/still';
import { PALETTE, projectedFill } from '@/lib/chart-theme';
import { StillKey } from '@/components/still/still-key';

/** The key's entries: the bars' fill (hatched when projected), the selected outline, "other". */
function provinceKeyEntries(projected: boolean, hasOther: boolean, hatch: string) {
  const fill = (colour: string) => (projected ? projectedFill(hatch, colour) : colour);
  const entries = [
    {
      key: 'status',
      label: projected ? 'projected' : 'observed',
      swatch: (
        <rect width="14" height="14" fill={fill(PALETTE.observed)} stroke={PALETTE.observed} />
      ),
    },
    {
      key: 'selected',
      label: '✓ selected province',
      swatch: (
        <rect
          x="1"
          y="1"
          width="12"
          height="12"
          fill={fill(PALETTE.highlight)}
          stroke={PALETTE.ink}
          strokeWidth="2"
        />
      ),
    },
    {
      key: 'other',
      label: 'other / not specified: not a province',
      swatch: <rect width="14" height="14" fill={fill(PALETTE.neutral)} stroke={PALETTE.neutral} />,
    },
  ];
  return entries.filter((e) => hasOther || e.key !== 'other');
}

/** The hatching of each bar colour, once per key. */
function Patterns({ hatch }: { hatch: string }) {
  return (
    <>
      <ProjectedPattern scope={hatch} colour={PALETTE.observed} />
      <ProjectedPattern scope={hatch} colour={PALETTE.highlight} />
      <ProjectedPattern scope={hatch} colour={PALETTE.neutral} />
    </>
  );
}

/** The province chart's key: in HTML on the page, in SVG in a still. */
export function ProvinceLegend({ projected, hasOther }: { projected: boolean; hasOther: boolean }) {
  const hatch = useId();
  const still = useStill();
  const entries = provinceKeyEntries(projected, hasOther, hatch);
  if (still) {
    return (
      <StillKey
        entries={entries.map((e) => ({ ...e, swatchWidth: 14 }))}
        width={still.width}
        defs={projected ? <Patterns hatch={hatch} /> : null}
      />
    );
  }
  return (
    <ul className="legend" aria-label="Key">
      {entries.map((e, i) => (
        <li key={e.key} className="legend-key">
          <svg width="14" height="14" aria-hidden="true">
            {projected && i === 0 ? (
              <defs>
                <Patterns hatch={hatch} />
              </defs>
            ) : null}
            {e.swatch}
          </svg>
          {e.label}
        </li>
      ))}
    </ul>
  );
}
