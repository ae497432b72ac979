import { useStill } from '@/components/still/still';
import { SERIES_LABELS, type SeriesKey } from './select';
import { SERIES_STYLE } from './series-style';
import { StillKey } from '@/components/still/still-key';

const SWATCH = 22;

/** A series' line as the chart draws it: its colour and its dash pattern. */
function SeriesSwatch({ series, y }: { series: SeriesKey; y: number }) {
  return (
    <line
      x1="0"
      y1={y}
      x2={SWATCH}
      y2={y}
      stroke={SERIES_STYLE[series].colour}
      strokeWidth="2.5"
      strokeDasharray={SERIES_STYLE[series].dash}
    />
  );
}

/** The UNHCR chart's key, one entry per series drawn: in HTML on the page, in SVG in a still. */
export function SeriesLegend({ keys }: { keys: readonly SeriesKey[] }) {
  const still = useStill();
  if (still) {
    return (
      <StillKey
        width={still.width}
        entries={keys.map((k) => ({
          key: k,
          label: SERIES_LABELS[k],
          swatch: <SeriesSwatch series={k} y={7} />,
          swatchWidth: SWATCH,
        }))}
      />
    );
  }
  return (
    <ul className="legend">
      {keys.map((k) => (
        <li key={k} className="legend-key">
          <svg width={SWATCH} height="10" aria-hidden="true">
            <SeriesSwatch series={k} y={5} />
          </svg>
          {SERIES_LABELS[k]}
        </li>
      ))}
    </ul>
  );
}
