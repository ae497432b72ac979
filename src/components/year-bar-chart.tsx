import { useId, type ReactNode } from 'react';
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
import { chartSize, useStill } from './still/still';
import { formatNumber, NO_DATA } from '@/lib/format';
import {
  ChartLegend,
  ProjectedPatterns,
  YearOverlay,
  YearTick,
  type LegendItem,
} from './year-chart';
import {
  barShape,
  MAX_BAR_SIZE,
  SelectedYearContext,
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
  /** The tooltip of a year. */
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

/** The chart. */
export function YearBarChart<R extends { year: number }, S extends string, B extends YearBar<S>>({
  rows,
  bars,
  selected,
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
}: YearBarChartProps<R, S, B>) {
  const slots: YearSlot[] = bars.map((b) => ({
    key: b.label,
    status: b.status,
    top: b.top,
    topLabel: b.top === null ? undefined : formatNumber(b.top),
    description: b.top === null ? NO_DATA : describe(b),
  }));
  const selectedKey = String(selected);
  const selectKey = (key: string) => onSelect(Number(key));
  const onBarClick = (item: BarRectangleItem) => {
    const bar = item.payload as YearBar<S> | undefined;
    if (bar) onSelect(bar.year);
  };
  const rowsByYear = new Map(rows.map((r) => [String(r.year), r]));
  const renderTooltip = ({ active, label }: TooltipContentProps) => {
    const row = active && label !== undefined ? rowsByYear.get(String(label)) : undefined;
    return row ? tooltip(row) : null;
  };
  const legend: LegendItem[] = series
    .filter((s) => bars.some((b) => b[s.key] !== null))
    .map((s) => ({ key: s.key, label: s.name, kind: 'solid', colour: s.colour }));
  if (bars.some((b) => b.status === 'projected')) {
    legend.push({ key: 'projected', label: 'projected', kind: 'projected', colour: PALETTE.ink });
  }
  if (bars.some((b) => b.status === 'gap')) {
    legend.push({ key: 'gap', label: NO_DATA, kind: 'gap' });
  }

  const hatch = useId();
  const still = useStill();
  // On the page the chart follows its panel's width; in a still it is drawn at the still's.
  const size = chartSize(still, height);
  return (
    <figure className={`year-chart ${className}`}>
      <SelectedYearContext value={selectedKey}>
        <BarChart
          {...size}
          data={bars}
          margin={margin}
          maxBarSize={MAX_BAR_SIZE}
          accessibilityLayer={false}
          title={title}
          desc="The year buttons under the axis select a year: arrow keys move between them, Home and End go to the first and last."
        >
          <ProjectedPatterns scope={hatch} colours={series.map((s) => s.colour)} />
          <CartesianGrid vertical={false} stroke={PALETTE.grid} />
          <XAxis
            dataKey="label"
            interval={0}
            tick={<YearTick slots={slots} onSelect={selectKey} />}
            tickLine={false}
            axisLine={{ stroke: PALETTE.neutral }}
            height={40}
          />
          <YAxis
            niceTicks="snap125"
            width={yAxisWidth}
            allowDecimals={false}
            tickFormatter={(v: number) => formatNumber(v)}
            tick={{ fontSize: 11, fill: PALETTE.ink }}
            axisLine={false}
            tickLine={false}
          />
          {/* filterNull off: a gap year has only nulls, and its tooltip should still say "no data". */}
          {still ? null : (
            <Tooltip
              content={renderTooltip}
              cursor={{ fill: PALETTE.cursor }}
              filterNull={false}
              isAnimationActive={false}
            />
          )}
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stackId={stackId}
              fill={s.colour}
              shape={barShape(s.key, hatch)}
              onClick={onBarClick}
              cursor="pointer"
              isAnimationActive={false}
            />
          ))}
          <YearOverlay slots={slots} selected={selectedKey} onSelect={selectKey} />
        </BarChart>
      </SelectedYearContext>
      <figcaption>
        <ChartLegend items={legend} label={legendLabel} />
      </figcaption>
    </figure>
  );
}
