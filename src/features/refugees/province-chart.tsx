import { memo, useCallback, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Tooltip,
  XAxis,
  YAxis,
  ZIndexLayer,
  DefaultZIndexes,
  usePlotArea,
  useYAxisScale,
  type BarShapeProps,
  type TooltipContentProps,
} from 'recharts';
import { ProjectedPattern } from '@/components/projected-pattern';
import { PALETTE, projectedFill } from '@/lib/chart-theme';
import { formatNumber } from '@/lib/format';
import { ActiveLabelProbe } from './active-label-probe';
import { useChartPick } from './use-chart-pick';
import { compactNumber, niceTicks } from './compact';
import type { ProvinceRow } from './select';

export interface ProvinceChartRow extends ProvinceRow {
  selected: boolean;
  projected: boolean;
}

/** Room per province: a label line above a bar. */
const ROW_HEIGHT = 40;
const BAR = 16;
const AXIS = 24;

const colourOf = (r: ProvinceChartRow) =>
  r.selected ? PALETTE.highlight : r.selectable ? PALETTE.observed : PALETTE.neutral;

function ProvinceBar(props: BarShapeProps) {
  const row = props.payload as ProvinceChartRow;
  const colour = colourOf(row);
  return (
    <rect
      x={props.x}
      y={props.y}
      width={Math.max(props.width, 1)}
      height={props.height}
      fill={row.projected ? projectedFill(colour) : colour}
      stroke={row.selected ? PALETTE.ink : colour}
      strokeWidth={row.selected ? 2 : 1}
      data-province={row.key}
      style={{ cursor: row.selectable ? 'pointer' : 'default' }}
    />
  );
}

/** Name, people and share above each bar, so long names never squeeze the bars at 360 px. */
function ProvinceLabels({ rows }: { rows: readonly ProvinceChartRow[] }) {
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!y || !plot) return null;
  return (
    <g className="province-labels" aria-hidden="true">
      {rows.map((r) => {
        const start = y(r.key, { position: 'start' });
        const end = y(r.key, { position: 'end' });
        if (start === undefined || end === undefined) return null;
        const barTop = (start + end) / 2 - BAR / 2;
        const figure =
          r.people === null
            ? `${formatNumber(r.percent, '%')}`
            : `${formatNumber(r.people)} (${formatNumber(r.percent, '%')})`;
        return (
          <text
            key={r.key}
            x={plot.x}
            y={barTop - 5}
            fontSize={12}
            fill={PALETTE.ink}
            fontWeight={r.selected ? 700 : 400}
          >
            {r.selected ? '✓ ' : ''}
            {r.name}
            <tspan fill="#4a525c"> · {figure}</tspan>
          </text>
        );
      })}
    </g>
  );
}

function ProvinceTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as ProvinceChartRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.name}</p>
      <p>
        {row.people === null ? 'no data' : `${formatNumber(row.people)} persons`}
        {row.computation ? <span className="chart-tooltip__note"> ({row.computation})</span> : null}
      </p>
      <p>
        Status: <strong>{row.status}</strong>
        {row.selectable ? null : ' · not a province: the source does not break this share down'}
      </p>
    </div>
  );
}

interface ProvinceChartProps {
  rows: readonly ProvinceChartRow[];
  title: string;
  onPick: (provinceId: string) => void;
}

/** People per province as horizontal bars; click or Enter picks a province for the dashboard. */
export const ProvinceChart = memo(function ProvinceChart({
  rows,
  title,
  onPick,
}: ProvinceChartProps) {
  const pick = useCallback(
    (key: string) => {
      if (rows.some((r) => r.key === key && r.selectable)) onPick(key);
    },
    [rows, onPick],
  );
  const { activeRef, onKeyDownCapture } = useChartPick(pick);
  const onClick = useCallback(
    (state: { activeTooltipIndex?: unknown }) => {
      const row = rows[Number(state.activeTooltipIndex)];
      if (row) pick(row.key);
    },
    [rows, pick],
  );
  const ticks = useMemo(() => niceTicks(Math.max(0, ...rows.map((r) => r.people ?? 0))), [rows]);
  const plotHeight = rows.length * ROW_HEIGHT + AXIS + 4;
  return (
    <div className="province-chart" onKeyDownCapture={onKeyDownCapture}>
      <BarChart
        layout="vertical"
        data={rows as ProvinceChartRow[]}
        responsive
        style={{ width: '100%', height: plotHeight }}
        margin={{ top: 0, right: 16, bottom: 0, left: 4 }}
        barSize={BAR}
        onClick={onClick}
        title={title}
        desc="Left and right arrow keys move between provinces; Enter selects the province for the whole dashboard."
      >
        <defs>
          <ProjectedPattern colour={PALETTE.observed} />
          <ProjectedPattern colour={PALETTE.highlight} />
          <ProjectedPattern colour={PALETTE.neutral} />
        </defs>
        <CartesianGrid horizontal={false} stroke={PALETTE.grid} />
        <XAxis
          type="number"
          domain={[0, ticks.at(-1) ?? 1]}
          ticks={ticks}
          tickFormatter={compactNumber}
          tick={{ fontSize: 12, fill: '#4a525c' }}
          height={AXIS}
        />
        <YAxis type="category" dataKey="key" hide />
        <Tooltip content={ProvinceTooltip} cursor={{ fill: '#1b1f24', fillOpacity: 0.06 }} />
        <Bar dataKey="people" name="People" shape={ProvinceBar} isAnimationActive={false} />
        <ZIndexLayer zIndex={DefaultZIndexes.label}>
          <ProvinceLabels rows={rows} />
        </ZIndexLayer>
        <ActiveLabelProbe labelRef={activeRef} />
      </BarChart>
    </div>
  );
});
