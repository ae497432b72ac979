import { useId } from 'react';
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
import { useStill } from '@/components/still/still';
import { PALETTE, projectedFill } from '@/lib/chart-theme';
import { formatNumber } from '@/lib/format';
import { ActiveLabelProbe } from '@/lib/active-label-probe';
import { useChartKeys } from '@/lib/use-chart-keys';
import { compactNumber, niceTicks } from './compact';
import type { ProvinceRow } from './select';

export interface ProvinceChartRow extends ProvinceRow {
  projected: boolean;
  /** For the tooltip: the share set's citation. */
  source: string;
}

/** Room per province: a label line above a bar. */
const ROW_HEIGHT = 40;
const BAR = 16;
const AXIS = 24;
const MARGIN = { top: 0, right: 16, bottom: 0, left: 4 };
/** In a still nothing may draw outside the figure: room above the first province's label and
 * beside the axis' "0". */
const STILL_MARGIN = { ...MARGIN, top: 4, left: 8 };
const TICK = { fontSize: 12, fill: PALETTE.ink2 };
const CURSOR = { fill: PALETTE.ink, fillOpacity: 0.06 };

const colourOf = (r: ProvinceChartRow, selected: boolean) =>
  selected ? PALETTE.highlight : r.selectable ? PALETTE.observed : PALETTE.neutral;

function ProvinceBar({
  x,
  y,
  width,
  height,
  row,
  selected,
  hatch,
}: Pick<BarShapeProps, 'x' | 'y' | 'width' | 'height'> & {
  row: ProvinceChartRow;
  selected: boolean;
  hatch: string;
}) {
  const colour = colourOf(row, selected);
  return (
    <rect
      x={x}
      y={y}
      width={Math.max(width, 1)}
      height={height}
      fill={row.projected ? projectedFill(hatch, colour) : colour}
      stroke={selected ? PALETTE.ink : colour}
      strokeWidth={selected ? 2 : 1}
      data-province={row.key}
      data-selected={String(selected)}
    />
  );
}

/**
 * Name, people and share above each bar, so long names never squeeze the bars at 360 px; and a
 * click area over each province's whole row, so a 2 px bar is as easy to pick as a long one and a
 * click is read from where it lands, not from the tooltip's last position.
 */
function ProvinceOverlay({
  rows,
  selectedKey,
  onPick,
}: {
  rows: readonly ProvinceChartRow[];
  selectedKey: string | null;
  onPick: (provinceId: string) => void;
}) {
  const y = useYAxisScale();
  const plot = usePlotArea();
  const still = useStill();
  if (!y || !plot) return null;
  return (
    <g className="province-labels" aria-hidden="true">
      {rows.map((r) => {
        const start = y(r.key, { position: 'start' });
        const end = y(r.key, { position: 'end' });
        if (start === undefined || end === undefined) return null;
        const barTop = (start + end) / 2 - BAR / 2;
        const selected = r.key === selectedKey;
        const figure =
          r.people === null
            ? `${formatNumber(r.percent, '%')}`
            : `${formatNumber(r.people)} (${formatNumber(r.percent, '%')})`;
        return (
          <g key={r.key}>
            {r.selectable && !still ? (
              <rect
                x={plot.x}
                y={start}
                width={plot.width}
                height={end - start}
                fill="transparent"
                style={{ cursor: 'pointer' }}
                data-province-hit={r.key}
                onClick={() => onPick(r.key)}
              />
            ) : null}
            <text
              pointerEvents="none"
              x={plot.x}
              y={barTop - 5}
              fontSize={12}
              fill={PALETTE.ink}
              fontWeight={selected ? 700 : 400}
            >
              {selected ? '✓ ' : ''}
              {r.name}
              <tspan fill={PALETTE.ink2}> · {figure}</tspan>
            </text>
          </g>
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
      <p className="chart-tooltip__note">{row.source}</p>
    </div>
  );
}

interface ProvinceChartProps {
  rows: readonly ProvinceChartRow[];
  /** The province selected on the dashboard, highlighted when it has a row. */
  selected: string | null;
  title: string;
  onPick: (provinceId: string) => void;
}

/** People per province as horizontal bars; click or Enter picks a province for the dashboard. */
export function ProvinceChart({ rows, selected, title, onPick }: ProvinceChartProps) {
  const pick = (key: string) => {
    if (rows.some((r) => r.key === key && r.selectable)) onPick(key);
  };
  const { activeRef, onKeyDownCapture } = useChartKeys({ vertical: true, onPick: pick });
  const ticks = niceTicks(Math.max(0, ...rows.map((r) => r.people ?? 0)));
  const plotHeight = rows.length * ROW_HEIGHT + AXIS + 4;
  const hatch = useId();
  const still = useStill();
  // On the page the chart follows its panel's width; in a still it is drawn at the still's, with
  // no tooltip, keys or click targets.
  const frame = still
    ? { width: still.width, height: plotHeight + STILL_MARGIN.top, margin: STILL_MARGIN }
    : {
        responsive: true,
        style: { width: '100%', height: plotHeight },
        margin: MARGIN,
        title,
        desc: 'Arrow keys move between provinces; Enter selects the province for the whole dashboard.',
      };
  return (
    <div className="province-chart" onKeyDownCapture={still ? undefined : onKeyDownCapture}>
      <BarChart
        layout="vertical"
        data={rows as ProvinceChartRow[]}
        {...frame}
        barSize={BAR}
        accessibilityLayer={!still}
      >
        <defs>
          <ProjectedPattern scope={hatch} colour={PALETTE.observed} />
          <ProjectedPattern scope={hatch} colour={PALETTE.highlight} />
          <ProjectedPattern scope={hatch} colour={PALETTE.neutral} />
        </defs>
        <CartesianGrid horizontal={false} stroke={PALETTE.grid} />
        <XAxis
          type="number"
          domain={[0, ticks.at(-1) ?? 1]}
          ticks={ticks}
          tickFormatter={compactNumber}
          tick={TICK}
          height={AXIS}
          // Every tick, "0" too: recharts drops an end label it finds too near the edge.
          interval={still ? 0 : undefined}
        />
        <YAxis type="category" dataKey="key" hide />
        {still ? null : <Tooltip content={ProvinceTooltip} cursor={CURSOR} />}
        <Bar
          dataKey="people"
          name="People"
          shape={(props: BarShapeProps) => {
            const row = props.payload as ProvinceChartRow;
            return (
              <ProvinceBar {...props} row={row} selected={row.key === selected} hatch={hatch} />
            );
          }}
          isAnimationActive={false}
        />
        <ZIndexLayer zIndex={DefaultZIndexes.label}>
          <ProvinceOverlay rows={rows} selectedKey={selected} onPick={pick} />
        </ZIndexLayer>
        {still ? null : <ActiveLabelProbe labelRef={activeRef} />}
      </BarChart>
    </div>
  );
}
