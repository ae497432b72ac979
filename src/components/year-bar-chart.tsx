import { memo, useCallback, useMemo, type ReactNode } from 'react';
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
import { PALETTE } from '@/lib/chart-theme';
import { formatNumber, NO_DATA } from '@/lib/format';
import {
  ChartLegend,
  ProjectedPatterns,
  TrackActiveLabel,
  YearOverlay,
  YearTick,
  type LegendItem,
} from './year-chart';
import {
  MAX_BAR_SIZE,
  SelectedYearContext,
  useSelectActiveOnKey,
  type YearBar,
  type YearBarSeries,
  type YearSlot,
} from './year-chart-shapes';

/*
 * A bar chart over years (security incidents, trade): one bar per year, stacked by series where
 * the source splits the figure, projected bars hatched, gaps drawn as "no data", the year in focus
 * outlined, and a click or key on a year selecting it everywhere.
 */

export interface YearBarChartProps<
  R extends { year: number },
  S extends string,
  B extends YearBar<S> = YearBar<S>,
> {
  /** The rows the bars come from, one per year: what the tooltip shows. */
  rows: readonly R[];
  bars: readonly B[];
  selected: number;
  onSelect: (year: number) => void;
  series: readonly YearBarSeries<S>[];
  /** What a year's bar amounts to, for its button's name: "370 incidents". */
  describe: (bar: B) => string;
  /** The tooltip of a year (memoise it on what it reads). */
  tooltip: (row: R) => ReactNode;
  title: string;
  className: string;
  legendLabel: string;
  stackId: string;
  /** The y axis's width, for the longest tick label. */
  yAxisWidth: number;
  margin: { top: number; right: number; bottom: number; left: number };
  height: number;
}

/**
 * The chart. Its props other than `selected` must be stable (memoised or module-level): the year
 * in focus reaches the parts that show it through SelectedYearContext, so a new year redraws the
 * outline and the bold tick, not the whole chart.
 */
export const YearBarChart = memo(function YearBarChart({ selected, ...chart }: AnyProps) {
  return (
    <SelectedYearContext value={String(selected)}>
      <YearBars {...chart} />
    </SelectedYearContext>
  );
}) as unknown as <R extends { year: number }, S extends string, B extends YearBar<S>>(
  props: YearBarChartProps<R, S, B>,
) => ReactNode;

// Inside the module the chart works on any row and series; its typed face is the cast above.
type AnyProps = YearBarChartProps<{ year: number }, string>;

const CURSOR = { fill: PALETTE.cursor };
const X_AXIS_LINE = { stroke: PALETTE.neutral };
const Y_TICK = { fontSize: 11, fill: PALETTE.ink };
const formatTick = (v: number) => formatNumber(v);

/** The chart itself: its props stay the same when only the selected year changes. */
const YearBars = memo(function YearBars({
  rows,
  bars,
  onSelect,
  series,
  describe,
  tooltip,
  title,
  className,
  legendLabel,
  stackId,
  yAxisWidth,
  margin,
  height,
}: Omit<AnyProps, 'selected'>) {
  const slots = useMemo<YearSlot[]>(
    () =>
      bars.map((b) => ({
        key: b.label,
        status: b.status,
        top: b.top,
        topLabel: b.top === null ? undefined : formatNumber(b.top),
        description: b.top === null ? NO_DATA : describe(b),
      })),
    [bars, describe],
  );
  const selectKey = useCallback((key: string) => onSelect(Number(key)), [onSelect]);
  const { trackActive, onKeyDown } = useSelectActiveOnKey(selectKey);
  const tick = useMemo(() => <YearTick slots={slots} onSelect={selectKey} />, [slots, selectKey]);
  const onBarClick = useCallback(
    (item: BarRectangleItem) => {
      const bar = item.payload as YearBar<string> | undefined;
      if (bar) onSelect(bar.year);
    },
    [onSelect],
  );
  const rowsByYear = useMemo(() => new Map(rows.map((r) => [String(r.year), r])), [rows]);
  const renderTooltip = useCallback(
    ({ active, label }: TooltipContentProps) => {
      const row = active && label !== undefined ? rowsByYear.get(String(label)) : undefined;
      return row ? tooltip(row) : null;
    },
    [rowsByYear, tooltip],
  );
  const patternColours = useMemo(() => series.map((s) => s.colour), [series]);
  const legend = useMemo<LegendItem[]>(() => {
    const items: LegendItem[] = series
      .filter((s) => bars.some((b) => b[s.key] !== null))
      .map((s) => ({ key: s.key, label: s.name, kind: 'solid', colour: s.colour }));
    if (bars.some((b) => b.status === 'projected')) {
      items.push({ key: 'projected', label: 'projected', kind: 'projected', colour: PALETTE.ink });
    }
    if (bars.some((b) => b.status === 'gap')) {
      items.push({ key: 'gap', label: NO_DATA, kind: 'gap' });
    }
    return items;
  }, [bars, series]);
  // Props recharts compares by reference: new objects on each render make it redo its layout.
  const style = useMemo(() => ({ width: '100%', height }), [height]);

  return (
    <figure className={`year-chart ${className}`} onKeyDown={onKeyDown}>
      <BarChart
        responsive
        style={style}
        data={bars as YearBar<string>[]}
        margin={margin}
        maxBarSize={MAX_BAR_SIZE}
        accessibilityLayer
        title={title}
        desc="Arrow keys move between years, Enter or Space selects the year; so do the year buttons under the axis."
      >
        <ProjectedPatterns colours={patternColours} />
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
          width={yAxisWidth}
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
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stackId={stackId}
            fill={s.colour}
            shape={s.shape}
            onClick={onBarClick}
            cursor="pointer"
          />
        ))}
        <YearOverlay slots={slots} onSelect={selectKey} />
        <TrackActiveLabel onChange={trackActive} />
      </BarChart>
      <figcaption>
        <ChartLegend items={legend} label={legendLabel} />
      </figcaption>
    </figure>
  );
});
