import type { KeyboardEvent, ReactNode } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  ZIndexLayer,
  DefaultZIndexes,
  usePlotArea,
  useXAxisInverseDataSnapScale,
  type TooltipContentProps,
} from 'recharts';
import { chartSize, useStill } from '@/components/still/still';
import type { UnhcrRecord } from '@/data/schemas';
import { PALETTE } from '@/lib/chart-theme';
import { formatNumber, NO_DATA } from '@/lib/format';
import { yearForKey } from '@/lib/year-step';
import { useFilterStore } from '@/features/filters/filter-store';
import { compactNumber, niceTicks } from './compact';
import { SERIES_LABELS, type SeriesKey } from './select';
import { SERIES_STYLE } from './series-style';

const SERIES_CHART_HEIGHT = 160;
const MARGIN = { top: 16, right: 12, bottom: 0, left: 0 };
/** In a still nothing may draw outside the figure: room for the last year's label. */
const STILL_MARGIN = { ...MARGIN, right: 20, bottom: 4 };
const TICK = { fontSize: 12, fill: PALETTE.ink2 };

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

/** What the slider says of a year: its figures, or that the series has none. */
function yearText(records: readonly UnhcrRecord[], keys: readonly SeriesKey[], year: number) {
  const row = records.find((r) => r.year === year);
  if (!row) return `${year}: ${NO_DATA} in this series`;
  return `${year}: ${keys.map((k) => `${SERIES_LABELS[k]} ${formatNumber(row[k])}`).join(', ')}`;
}

/**
 * The chart as one Tab stop: a slider over the series' years (arrow keys one year, Home and End),
 * stepping from the year in focus as the store has it now, so quick presses never step from a
 * year the deferred drawing has not reached yet.
 */
function SeriesSlider({
  records,
  keys,
  children,
}: Pick<SeriesChartProps, 'records' | 'keys'> & { children: ReactNode }) {
  const year = useFilterStore((s) => s.year);
  const setYear = useFilterStore((s) => s.setYear);
  const onKeyDown = (e: KeyboardEvent) => {
    const next = yearForKey(
      records.map((r) => r.year),
      year,
      e.key,
    );
    if (next === null) return;
    e.preventDefault();
    if (next !== year) setYear(next);
  };
  return (
    <div
      className="series-chart"
      role="slider"
      tabIndex={0}
      aria-label="UNHCR series: year in focus"
      aria-valuemin={records[0]?.year}
      aria-valuemax={records.at(-1)?.year}
      aria-valuenow={year}
      aria-valuetext={yearText(records, keys, year)}
      onKeyDown={onKeyDown}
    >
      {children}
    </div>
  );
}

/** The chart's box in a still: no slider, nothing to focus. */
function StillFrame({ children }: { children: ReactNode }) {
  return <div className="series-chart">{children}</div>;
}

/** UNHCR's yearly figures as lines, the year in focus marked; a click picks the nearest year. */
export function SeriesChart({ records, keys, year, onPickYear }: SeriesChartProps) {
  const ticks = niceTicks(Math.max(0, ...records.flatMap((r) => keys.map((k) => r[k]))));
  // The dashed line at the year in focus, labelled with the year, when the series covers it.
  const first = records[0]?.year;
  const last = records.at(-1)?.year;
  const marked = first !== undefined && last !== undefined && year >= first && year <= last;
  const still = useStill();
  // On the page the chart follows its panel's width and is a slider; in a still it is drawn at
  // the still's width, with no tooltip, keys or click targets.
  const Frame = still ? StillFrame : SeriesSlider;
  const frame = { ...chartSize(still, SERIES_CHART_HEIGHT), margin: still ? STILL_MARGIN : MARGIN };
  return (
    <Frame records={records} keys={keys}>
      <LineChart data={records as UnhcrRecord[]} {...frame} accessibilityLayer={false}>
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
        {still ? null : <Tooltip content={SeriesTooltip} />}
        {marked ? (
          <ReferenceLine
            x={year}
            className="year-marker"
            stroke={PALETTE.ink}
            strokeDasharray="3 3"
            label={{
              value: String(year),
              position: 'top',
              className: 'year-marker__label',
              fill: PALETTE.ink,
              fontSize: 12,
            }}
          />
        ) : null}
        {keys.map((k) => (
          <Line
            key={k}
            dataKey={k}
            name={SERIES_LABELS[k]}
            stroke={SERIES_STYLE[k].colour}
            strokeDasharray={SERIES_STYLE[k].dash}
            strokeWidth={2}
            dot={false}
            activeDot={{ r: 4 }}
            isAnimationActive={false}
          />
        ))}
        {still ? null : (
          <ZIndexLayer zIndex={DefaultZIndexes.label}>
            <YearPickArea onPickYear={onPickYear} />
          </ZIndexLayer>
        )}
      </LineChart>
    </Frame>
  );
}
