import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Tooltip,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  type LabelProps,
  type TooltipContentProps,
  type YAxisTickContentProps,
} from 'recharts';
import { chartSize, useStill } from '@/components/still/still';
import { ChartLegend, ProjectedPatterns, type LegendItem } from '@/components/year-chart';
import { barShape } from '@/components/year-chart-shapes';
import type { ConnectivityFile } from '@/data/schemas';
import { PALETTE } from '@/lib/chart-theme';
import { citationText } from '@/lib/citation';
import { formatNumber } from '@/lib/format';
import { flagFor, NOT_GIVEN, type InitiativeBar, type InitiativeRow } from './select';

export const CONNECTIVITY_CHART_HEIGHT = 200;

const BAR_SIZE = 13;
const BAR_GAP = 3;
const SERIES = ['investment', 'tradeGain'] as const;
type Series = (typeof SERIES)[number];
const COLOURS: Record<Series, string> = {
  investment: PALETTE.category[0],
  tradeGain: PALETTE.category[2],
};
const NAMES: Record<Series, string> = {
  investment: 'Estimated investment',
  tradeGain: 'Expected increase in trade volume',
};
const MARGIN = { top: 4, right: 36, bottom: 0, left: 0 };
const CURSOR = { fill: PALETTE.cursor };
/** The stylesheet's `--warn-ink`: the colour of a flag (⚑) on the axis. */
const FLAG_INK = '#6b3e00';
/** The paint `.connectivity-value` gives a figure, as attributes for a still (no stylesheet). */
const VALUE_TEXT = { fontSize: 11, fill: PALETTE.ink } as const;

/** The exact figure at the end of each bar (recharts hands a label its bar's box as `viewBox`). */
function renderValueLabel(props: LabelProps) {
  const { viewBox, value } = props;
  if (typeof value !== 'number' || !viewBox || !('width' in viewBox)) return <g />;
  const { x, y, width, height } = viewBox;
  const nx = Number(x) + Number(width) + 4;
  const ny = Number(y) + Number(height) / 2;
  if (!Number.isFinite(nx) || !Number.isFinite(ny)) return <g />;
  return (
    <text x={nx} y={ny} dy="0.35em" className="connectivity-value" {...VALUE_TEXT}>
      {formatNumber(value)}
    </text>
  );
}

interface ConnectivityChartProps {
  file: ConnectivityFile;
  rows: readonly InitiativeRow[];
  bars: readonly InitiativeBar[];
  shortName: (id: string) => string;
}

/** Each initiative's estimated investment beside the increase in trade it is expected to bring. */
export function ConnectivityChart({ file, rows, bars, shortName }: ConnectivityChartProps) {
  const rowsByLabel = new Map(rows.map((r) => [r.label, r]));
  const renderTooltip = (props: TooltipContentProps) => (
    <ConnectivityTooltip
      active={props.active}
      label={props.label}
      rowsByLabel={rowsByLabel}
      file={file}
      shortName={shortName}
    />
  );
  const legend: LegendItem[] = SERIES.map((s) => ({
    key: s,
    label: `${NAMES[s]} (${file.unit})`,
    kind: 'solid',
    colour: COLOURS[s],
  }));
  if (bars.some((b) => b.status === 'projected')) {
    legend.push({ key: 'projected', label: 'projected', kind: 'projected', colour: PALETTE.ink });
  }

  const hatch = useId();
  const still = useStill();
  // On the page the chart follows its panel's width; in a still it is drawn at the still's,
  // without the tooltip and keys.
  const size = chartSize(still, CONNECTIVITY_CHART_HEIGHT);
  return (
    <figure className="connectivity-chart">
      <BarChart
        layout="vertical"
        {...size}
        data={bars as InitiativeBar[]}
        margin={MARGIN}
        barSize={BAR_SIZE}
        barGap={BAR_GAP}
        accessibilityLayer={!still}
        title={`Regional connectivity initiatives, ${file.unit}`}
      >
        <ProjectedPatterns scope={hatch} colours={Object.values(COLOURS)} />
        <CartesianGrid horizontal={false} stroke={PALETTE.grid} />
        <XAxis
          type="number"
          tickFormatter={(v: number) => formatNumber(v)}
          tick={{ fontSize: 11, fill: PALETTE.ink }}
          axisLine={{ stroke: PALETTE.neutral }}
          tickLine={false}
          height={22}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={82}
          tick={initiativeTick(rowsByLabel)}
          tickLine={false}
          axisLine={{ stroke: PALETTE.neutral }}
          interval={0}
        />
        {still ? null : (
          <Tooltip content={renderTooltip} cursor={CURSOR} isAnimationActive={false} />
        )}
        {SERIES.map((s) => (
          <Bar
            key={s}
            dataKey={s}
            name={NAMES[s]}
            fill={COLOURS[s]}
            shape={barShape(s, hatch)}
            label={renderValueLabel}
            isAnimationActive={false}
          />
        ))}
        <NotGivenMarks bars={bars} />
      </BarChart>
      <figcaption>
        <ChartLegend items={legend} label="Legend: connectivity initiatives" />
      </figcaption>
    </figure>
  );
}

/**
 * "n/a" where an investment bar would be, for initiatives whose investment the source gives as
 * N/A. The bars have a fixed size and are centred in their band, so the first bar's middle is
 * at the band's centre minus half the gap and half a bar.
 */
function NotGivenMarks({ bars }: { bars: readonly InitiativeBar[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const x0 = xScale(0) ?? plot.x;
  return (
    <g pointerEvents="none">
      {bars
        .filter((b) => b.investment === null)
        .map((b) => {
          const centre = yScale(b.label, { position: 'middle' });
          if (centre === undefined) return null;
          const y = centre - (BAR_GAP + BAR_SIZE) / 2;
          return (
            <g key={b.label} className="connectivity-na" data-initiative={b.id}>
              <rect
                x={x0}
                y={y - BAR_SIZE / 2}
                width={26}
                height={BAR_SIZE}
                fill="none"
                stroke={PALETTE.neutral}
                strokeDasharray="3 2"
              />
              <text x={x0 + 30} y={y} dy="0.35em" className="connectivity-value" {...VALUE_TEXT}>
                {NOT_GIVEN}
              </text>
            </g>
          );
        })}
    </g>
  );
}

/** Initiative names on the axis, with ⚑ where the sources disagree about its figures. */
function initiativeTick(rowsByLabel: ReadonlyMap<string, InitiativeRow>) {
  return function InitiativeTick(props: YAxisTickContentProps) {
    const label = String(props.payload.value);
    const flagged = (rowsByLabel.get(label)?.flags.length ?? 0) > 0;
    return (
      <text
        x={Number(props.x) - 4}
        y={props.y}
        dy="0.35em"
        textAnchor="end"
        className="connectivity-tick"
        fontSize={12}
        fill={PALETTE.ink}
      >
        {label}
        {flagged ? (
          <tspan className="flag-glyph" fill={FLAG_INK}>
            {' ⚑'}
          </tspan>
        ) : null}
      </text>
    );
  };
}

interface ConnectivityTooltipProps {
  active: boolean;
  label: string | number | undefined;
  rowsByLabel: ReadonlyMap<string, InitiativeRow>;
  file: ConnectivityFile;
  shortName: (id: string) => string;
}

function ConnectivityTooltip({
  active,
  label,
  rowsByLabel,
  file,
  shortName,
}: ConnectivityTooltipProps) {
  if (!active || label === undefined) return null;
  const row = rowsByLabel.get(String(label));
  if (!row) return null;
  const investmentFlag = flagFor(row, 'investment');
  const gainFlag = flagFor(row, 'tradeGain');
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.name}</p>
      <dl>
        <dt>Investment</dt>
        <dd>
          {row.investment === null ? NOT_GIVEN : formatNumber(row.investment, file.unit)}
          {investmentFlag ? ' ⚑' : ''}
        </dd>
        <dt>Trade gain</dt>
        <dd>
          {formatNumber(row.tradeGain, file.unit)}
          {gainFlag ? ' ⚑' : ''}
        </dd>
        <dt>Status</dt>
        <dd>{row.status}</dd>
      </dl>
      <p className="chart-tooltip__source">Key challenges: {row.challenges.join('; ')}</p>
      {row.flags.map((f) => (
        <p key={f.id} className="chart-tooltip__source">
          ⚑ Sources disagree: {f.topic}
        </p>
      ))}
      <p className="chart-tooltip__source">Source: {citationText(row, shortName)}</p>
    </div>
  );
}
