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
import type { SecurityIncidentsFile } from '@/data/schemas';
import { PALETTE } from '@/lib/chart-theme';
import { citationText } from '@/lib/citation';
import { formatNumber, NO_DATA } from '@/lib/format';
import {
  categoryLabel,
  SECURITY_SERIES,
  type SecurityBar,
  type SecurityRow,
  type SecuritySeries,
} from './select';

export const SECURITY_CHART_HEIGHT = 230;

const COLOURS: Record<SecuritySeries, string> = {
  totalOnly: PALETTE.observed,
  crossBorderAttacks: PALETTE.category[3],
  militantActivities: PALETTE.category[1],
  counterTerrorismOperations: PALETTE.category[2],
};
const PATTERN_COLOURS = Object.values(COLOURS);

// Module-level so every render hands recharts the same functions.
const SHAPES = Object.fromEntries(SECURITY_SERIES.map((s) => [s, barShape(s)])) as Record<
  SecuritySeries,
  ReturnType<typeof barShape>
>;

const MARGIN = { top: 18, right: 8, bottom: 0, left: 0 };
const CURSOR = { fill: '#eef1f5' };
// Props recharts compares by reference: new objects or functions on each render make it redo
// its layout and re-render the whole chart once more.
const CHART_STYLE = { width: '100%', height: SECURITY_CHART_HEIGHT };
const X_AXIS_LINE = { stroke: PALETTE.neutral };
const Y_TICK = { fontSize: 11, fill: PALETTE.ink };
const formatTick = (v: number) => formatNumber(v);

function seriesName(file: SecurityIncidentsFile, series: SecuritySeries): string {
  return series === 'totalOnly' ? 'Incidents (total only)' : categoryLabel(file, series);
}

interface SecurityChartProps {
  file: SecurityIncidentsFile;
  rows: readonly SecurityRow[];
  bars: readonly SecurityBar[];
  selected: number;
  onSelect: (year: number) => void;
  shortName: (id: string) => string;
}

/** Incidents per year: one bar per year, stacked by category where the source breaks it down. */
export const SecurityChart = memo(function SecurityChart({
  selected,
  ...chart
}: SecurityChartProps) {
  return (
    <SelectedYearContext value={String(selected)}>
      <SecurityBars {...chart} />
    </SelectedYearContext>
  );
});

/** The chart itself: its props stay the same when only the selected year changes. */
const SecurityBars = memo(function SecurityBars({
  file,
  rows,
  bars,
  onSelect,
  shortName,
}: Omit<SecurityChartProps, 'selected'>) {
  const slots = useMemo<YearSlot[]>(
    () =>
      bars.map((b) => ({
        key: b.label,
        status: b.status,
        top: b.top,
        topLabel: b.top === null ? undefined : formatNumber(b.top),
        description: b.top === null ? NO_DATA : formatNumber(b.top, file.unit),
      })),
    [bars, file.unit],
  );
  const selectKey = useCallback((key: string) => onSelect(Number(key)), [onSelect]);
  const { trackActive, onKeyDown } = useSelectActiveOnKey(selectKey);
  const tick = useMemo(() => <YearTick slots={slots} onSelect={selectKey} />, [slots, selectKey]);
  const onBarClick = useCallback(
    (item: BarRectangleItem) => {
      const row = item.payload as SecurityBar | undefined;
      if (row) onSelect(row.year);
    },
    [onSelect],
  );
  const rowsByYear = useMemo(() => new Map(rows.map((r) => [String(r.year), r])), [rows]);
  const renderTooltip = useCallback(
    (props: TooltipContentProps) => (
      <SecurityTooltip
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
    const present = SECURITY_SERIES.filter((s) => bars.some((b) => b[s] !== null));
    const items: LegendItem[] = present.map((s) => ({
      key: s,
      label: seriesName(file, s),
      kind: 'solid',
      colour: COLOURS[s],
    }));
    if (bars.some((b) => b.status === 'projected')) {
      items.push({ key: 'projected', label: 'projected', kind: 'projected', colour: PALETTE.ink });
    }
    if (bars.some((b) => b.status === 'gap')) {
      items.push({ key: 'gap', label: NO_DATA, kind: 'gap' });
    }
    return items;
  }, [bars, file]);

  return (
    <figure className="year-chart security-chart" onKeyDown={onKeyDown}>
      <BarChart
        responsive
        style={CHART_STYLE}
        data={bars as SecurityBar[]}
        margin={MARGIN}
        maxBarSize={MAX_BAR_SIZE}
        accessibilityLayer
        title="Security incidents along the border per year"
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
          width={40}
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
        {SECURITY_SERIES.map((s) => (
          <Bar
            key={s}
            dataKey={s}
            name={seriesName(file, s)}
            stackId="incidents"
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
        <ChartLegend items={legend} label="Legend: security incidents" />
      </figcaption>
    </figure>
  );
});

interface SecurityTooltipProps {
  active: boolean;
  label: string | number | undefined;
  rowsByYear: ReadonlyMap<string, SecurityRow>;
  file: SecurityIncidentsFile;
  shortName: (id: string) => string;
}

function SecurityTooltip({ active, label, rowsByYear, file, shortName }: SecurityTooltipProps) {
  if (!active || label === undefined) return null;
  const row = rowsByYear.get(String(label));
  if (!row) return null;
  if (row.kind === 'gap') {
    return (
      <div className="chart-tooltip">
        <p className="chart-tooltip__title">{row.year}</p>
        <p className="chart-tooltip__source">
          {NO_DATA}: the documents give no incident figure for this year.
        </p>
      </div>
    );
  }
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {row.year} · {row.status}
      </p>
      <dl>
        <dt>Incidents</dt>
        <dd>{formatNumber(row.total, file.unit)}</dd>
        {row.breakdown
          ? file.categories.map((c) => (
              <FragmentRow
                key={c.id}
                term={c.label}
                value={formatNumber(row.breakdown?.[c.id], file.unit)}
              />
            ))
          : null}
        <dt>Status</dt>
        <dd>{row.status}</dd>
      </dl>
      <p className="chart-tooltip__source">Source: {citationText(row, shortName)}</p>
    </div>
  );
}

function FragmentRow({ term, value }: { term: string; value: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}
