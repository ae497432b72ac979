import { memo, useCallback, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Tooltip,
  XAxis,
  YAxis,
  type BarRectangleItem,
  type TooltipContentProps,
} from 'recharts';
import {
  ChartLegend,
  ProjectedPatterns,
  TrackActiveLabel,
  YearOverlay,
  YearTick,
  type LegendItem,
} from '@/components/year-chart';
import {
  barShape,
  MAX_BAR_SIZE,
  SelectedYearContext,
  useSelectActiveOnKey,
  type YearSlot,
} from '@/components/year-chart-shapes';
import type { TradeFile } from '@/data/schemas';
import { PALETTE } from '@/lib/chart-theme';
import { citationText } from '@/lib/citation';
import { formatNumber, formatSigned, NO_DATA } from '@/lib/format';
import {
  balanceWords,
  TRADE_SERIES,
  type TradeBar,
  type TradeRow,
  type TradeSeries,
} from './select';

export const TRADE_CHART_HEIGHT = 230;

const COLOURS: Record<TradeSeries, string> = {
  totalOnly: PALETTE.total,
  exports: PALETTE.exports,
  imports: PALETTE.imports,
};
const NAMES: Record<TradeSeries, string> = {
  totalOnly: 'Total trade (no split given)',
  exports: 'Pakistan’s exports',
  imports: 'Imports from Afghanistan',
};
const PATTERN_COLOURS = Object.values(COLOURS);
const SHAPES = Object.fromEntries(TRADE_SERIES.map((s) => [s, barShape(s)])) as Record<
  TradeSeries,
  ReturnType<typeof barShape>
>;
const MARGIN = { top: 18, right: 8, bottom: 0, left: 4 };
const CURSOR = { fill: '#eef1f5' };
// Props recharts compares by reference: new objects or functions on each render make it redo
// its layout and re-render the whole chart once more.
const CHART_STYLE = { width: '100%', height: TRADE_CHART_HEIGHT };
const X_AXIS_LINE = { stroke: PALETTE.neutral };
const Y_TICK = { fontSize: 11, fill: PALETTE.ink };
const formatTick = (v: number) => formatNumber(v);

interface TradeChartProps {
  file: TradeFile;
  rows: readonly TradeRow[];
  bars: readonly TradeBar[];
  selected: number;
  onSelect: (year: number) => void;
  shortName: (id: string) => string;
}

/** Total trade per year; where the source splits it, the bar is exports stacked on imports. */
export const TradeChart = memo(function TradeChart({ selected, ...chart }: TradeChartProps) {
  return (
    <SelectedYearContext value={String(selected)}>
      <TradeBars {...chart} />
    </SelectedYearContext>
  );
});

/** The chart itself: its props stay the same when only the selected year changes. */
const TradeBars = memo(function TradeBars({
  file,
  rows,
  bars,
  onSelect,
  shortName,
}: Omit<TradeChartProps, 'selected'>) {
  const slots = useMemo<YearSlot[]>(
    () =>
      bars.map((b) => ({
        key: b.label,
        status: b.status,
        top: b.top,
        topLabel: b.top === null ? undefined : formatNumber(b.top),
        description:
          b.top === null
            ? NO_DATA
            : `total trade ${formatNumber(b.top, file.unit)}` +
              (b.balance === null
                ? ''
                : `; balance ${formatSigned(b.balance)}, ${balanceWords(b.balance)}`),
      })),
    [bars, file.unit],
  );
  const selectKey = useCallback((key: string) => onSelect(Number(key)), [onSelect]);
  const { trackActive, onKeyDown } = useSelectActiveOnKey(selectKey);
  const tick = useMemo(() => <YearTick slots={slots} onSelect={selectKey} />, [slots, selectKey]);
  const onBarClick = useCallback(
    (item: BarRectangleItem) => {
      const row = item.payload as TradeBar | undefined;
      if (row) onSelect(row.year);
    },
    [onSelect],
  );
  const rowsByYear = useMemo(() => new Map(rows.map((r) => [String(r.year), r])), [rows]);
  const renderTooltip = useCallback(
    (props: TooltipContentProps) => (
      <TradeTooltip
        active={props.active}
        label={props.label}
        rowsByYear={rowsByYear}
        file={file}
        shortName={shortName}
      />
    ),
    [rowsByYear, file, shortName],
  );
  const legend = useMemo<LegendItem[]>(() => {
    const items: LegendItem[] = TRADE_SERIES.filter((s) => bars.some((b) => b[s] !== null)).map(
      (s) => ({ key: s, label: NAMES[s], kind: 'solid', colour: COLOURS[s] }),
    );
    if (bars.some((b) => b.status === 'projected')) {
      items.push({ key: 'projected', label: 'projected', kind: 'projected', colour: PALETTE.ink });
    }
    if (bars.some((b) => b.status === 'gap')) {
      items.push({ key: 'gap', label: NO_DATA, kind: 'gap' });
    }
    return items;
  }, [bars]);

  return (
    <figure className="year-chart trade-chart" onKeyDown={onKeyDown}>
      <BarChart
        responsive
        style={CHART_STYLE}
        data={bars as TradeBar[]}
        margin={MARGIN}
        maxBarSize={MAX_BAR_SIZE}
        accessibilityLayer
        title={`Pakistan–Afghanistan trade per year, ${file.unit}`}
        desc="Arrow keys move between years, Enter or Space selects the year; so do the year buttons under the axis."
      >
        <ProjectedPatterns colours={PATTERN_COLOURS} />
        <CartesianGrid vertical={false} stroke={PALETTE.grid} />
        <XAxis
          dataKey="label"
          interval={0}
          tick={tick}
          tickLine={false}
          axisLine={X_AXIS_LINE}
          height={40}
        />
        <YAxis
          niceTicks="snap125"
          width={44}
          allowDecimals={false}
          tickFormatter={formatTick}
          tick={Y_TICK}
          axisLine={false}
          tickLine={false}
        />
        {/* filterNull off: a gap year has only nulls, and its tooltip should still say "no data". */}
        <Tooltip
          content={renderTooltip}
          cursor={CURSOR}
          filterNull={false}
          isAnimationActive={false}
        />
        {TRADE_SERIES.map((s) => (
          <Bar
            key={s}
            dataKey={s}
            name={NAMES[s]}
            stackId="trade"
            fill={COLOURS[s]}
            shape={SHAPES[s]}
            onClick={onBarClick}
            cursor="pointer"
          />
        ))}
        <YearOverlay slots={slots} onSelect={selectKey} />
        <TrackActiveLabel onChange={trackActive} />
      </BarChart>
      <figcaption>
        <ChartLegend items={legend} label="Legend: trade" />
      </figcaption>
    </figure>
  );
});

interface TradeTooltipProps {
  active: boolean;
  label: string | number | undefined;
  rowsByYear: ReadonlyMap<string, TradeRow>;
  file: TradeFile;
  shortName: (id: string) => string;
}

function TradeTooltip({ active, label, rowsByYear, file, shortName }: TradeTooltipProps) {
  if (!active || label === undefined) return null;
  const row = rowsByYear.get(String(label));
  if (!row) return null;
  if (row.kind === 'gap') {
    return (
      <div className="chart-tooltip">
        <p className="chart-tooltip__title">{row.year}</p>
        <p className="chart-tooltip__source">
          {NO_DATA}: the documents give no trade figure for this year.
        </p>
      </div>
    );
  }
  const words = balanceWords(row.balance);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {row.year} · {row.status} · {file.unit}
      </p>
      <dl>
        <dt>Exports</dt>
        <dd>{formatNumber(row.exports)}</dd>
        <dt>Imports</dt>
        <dd>{formatNumber(row.imports)}</dd>
        <dt>Total trade</dt>
        <dd>{formatNumber(row.total)}</dd>
        <dt>Balance</dt>
        <dd>
          {formatSigned(row.balance)}
          {words ? ` (${words})` : ''}
        </dd>
        <dt>Status</dt>
        <dd>{row.status}</dd>
      </dl>
      <p className="chart-tooltip__source">Source: {citationText(row, shortName)}</p>
    </div>
  );
}
