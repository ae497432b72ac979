import { createContext, memo, useCallback, useContext, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
  ZIndexLayer,
  DefaultZIndexes,
  usePlotArea,
  useXAxisInverseDataSnapScale,
  type TooltipContentProps,
} from 'recharts';
import type { UnhcrRecord } from '@/data/schemas';
import { PALETTE } from '@/lib/chart-theme';
import { formatNumber } from '@/lib/format';
import { ActiveLabelProbe } from '@/lib/active-label-probe';
import { XMarker } from '@/lib/x-marker';
import { useChartKeys } from '@/lib/use-chart-keys';
import { compactNumber, niceTicks } from './compact';
import { SERIES_LABELS, type SeriesKey } from './select';
import { SERIES_STYLE } from './series-style';

const SERIES_CHART_HEIGHT = 160;
// Props recharts compares by reference, made once: new objects on each render make it redo its
// layout and re-render the chart once more.
const CHART_STYLE = { width: '100%', height: SERIES_CHART_HEIGHT };
const MARGIN = { top: 16, right: 12, bottom: 0, left: 0 };
const TICK = { fontSize: 12, fill: PALETTE.ink2 };
const ACTIVE_DOT = { r: 4 };

/** The year in focus, read by its marker line only, so a new year does not redraw the lines. */
const FocusYearContext = createContext<number | null>(null);

/** The dashed line at the year in focus, labelled with the year, when the series covers it. */
function FocusYearLine({ first, last }: { first: number | undefined; last: number | undefined }) {
  const year = useContext(FocusYearContext);
  if (year === null || first === undefined || last === undefined) return null;
  if (year < first || year > last) return null;
  return <XMarker value={year} className="year-marker" dash="3 3" label={String(year)} />;
}

function SeriesTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as UnhcrRecord | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.year}</p>
      {payload.map((p) => (
        <p key={String(p.dataKey)}>
          {SERIES_LABELS[p.dataKey as SeriesKey]}:{' '}
          <strong>{formatNumber(p.value as number)}</strong> persons
        </p>
      ))}
      <p className="chart-tooltip__note">observed · UNHCR Refugee Data Finder (CC BY 4.0)</p>
    </div>
  );
}

/**
 * A click area over the plot that reads the year from where the click lands (the nearest year),
 * rather than from the tooltip, which can lag a frame behind a tap.
 */
function YearPickArea({ onPickYear }: { onPickYear: (year: number) => void }) {
  const plot = usePlotArea();
  const toYear = useXAxisInverseDataSnapScale();
  if (!plot || !toYear) return null;
  return (
    <rect
      x={plot.x}
      y={plot.y}
      width={plot.width}
      height={plot.height}
      fill="transparent"
      style={{ cursor: 'pointer' }}
      className="year-pick-area"
      onClick={(e) => {
        const svg = e.currentTarget.ownerSVGElement;
        if (!svg) return;
        const box = svg.getBoundingClientRect();
        // The svg may be scaled to its box: convert client pixels to chart pixels.
        const x = ((e.clientX - box.left) * svg.viewBox.baseVal.width) / box.width;
        const year = Number(toYear(x));
        if (Number.isFinite(year)) onPickYear(year);
      }}
    />
  );
}

interface SeriesChartProps {
  records: readonly UnhcrRecord[];
  keys: readonly SeriesKey[];
  year: number;
  onPickYear: (year: number) => void;
}

/** UNHCR's yearly figures as lines, the year in focus marked; click or Enter picks a year. */
export const SeriesChart = memo(function SeriesChart({ year, ...chart }: SeriesChartProps) {
  return (
    <FocusYearContext value={year}>
      <SeriesLines {...chart} />
    </FocusYearContext>
  );
});

const SeriesLines = memo(function SeriesLines({
  records,
  keys,
  onPickYear,
}: Omit<SeriesChartProps, 'year'>) {
  const pick = useCallback((label: string) => onPickYear(Number(label)), [onPickYear]);
  const { activeRef, onKeyDownCapture } = useChartKeys({ onPick: pick });
  const ticks = useMemo(
    () => niceTicks(Math.max(0, ...records.flatMap((r) => keys.map((k) => r[k])))),
    [records, keys],
  );
  return (
    <div className="series-chart" onKeyDownCapture={onKeyDownCapture}>
      <LineChart
        data={records as UnhcrRecord[]}
        responsive
        style={CHART_STYLE}
        margin={MARGIN}
        title="UNHCR: Afghans in Pakistan by year"
        desc="Left and right arrow keys move between years; Enter makes that year the year in focus."
      >
        <CartesianGrid vertical={false} stroke={PALETTE.grid} />
        <XAxis
          dataKey="year"
          type="category"
          tick={TICK}
          interval="preserveStartEnd"
          minTickGap={16}
        />
        <YAxis
          domain={[0, ticks.at(-1) ?? 1]}
          ticks={ticks}
          tickFormatter={compactNumber}
          width={40}
          tick={TICK}
        />
        <Tooltip content={SeriesTooltip} />
        <FocusYearLine first={records[0]?.year} last={records.at(-1)?.year} />
        {keys.map((k) => (
          <Line
            key={k}
            dataKey={k}
            name={SERIES_LABELS[k]}
            stroke={SERIES_STYLE[k].colour}
            strokeDasharray={SERIES_STYLE[k].dash}
            strokeWidth={2}
            dot={false}
            activeDot={ACTIVE_DOT}
            isAnimationActive={false}
          />
        ))}
        <ZIndexLayer zIndex={DefaultZIndexes.label}>
          <YearPickArea onPickYear={onPickYear} />
        </ZIndexLayer>
        <ActiveLabelProbe labelRef={activeRef} />
      </LineChart>
    </div>
  );
});
