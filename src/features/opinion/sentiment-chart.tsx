import { useId } from 'react';
import {
  Bar,
  BarChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  ZIndexLayer,
  DefaultZIndexes,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  type BarShapeProps,
  type TooltipContentProps,
} from 'recharts';
import { ProjectedPattern } from '@/components/projected-pattern';
import { chartSize, useStill } from '@/components/still/still';
import { useChartKeys } from '@/lib/use-chart-keys';
import { PALETTE, projectedFill } from '@/lib/chart-theme';
import { formatNumber, NO_DATA } from '@/lib/format';
import type { SentimentKey, SentimentRow } from './select';
import { SENTIMENT_COLOURS, SENTIMENT_LABELS } from './sentiment-style';

export interface SentimentChartRow extends SentimentRow {
  projected: boolean;
  unit: string;
  source: string;
  status: string;
}

const ROW_HEIGHT = 48;
const BAR = 18;
const AXIS = 24;
const TICKS = [-100, -50, 0, 50, 100];
const MARGIN = { top: 0, right: 8, bottom: 0, left: 8 };
/** In a still nothing may overflow the chart's box: room for the first country and "100%". */
const STILL_MARGIN = { top: 6, right: 20, bottom: 0, left: 20 };
const sentimentChartHeight = (rows: number, top: number) => rows * ROW_HEIGHT + AXIS + top;

/** A label on a white pill, readable over hatching. */
function Pill({ x, y, text }: { x: number; y: number; text: string }) {
  const w = text.length * 6.8 + 6;
  return (
    <g>
      <rect
        x={x - w / 2}
        y={y - 8}
        width={w}
        height={16}
        rx={3}
        fill={PALETTE.surface}
        fillOpacity={0.92}
      />
      <text x={x} y={y} dy="0.35em" textAnchor="middle" fontSize={12} fill={PALETTE.ink}>
        {text}
      </text>
    </g>
  );
}

/**
 * One bar per country spanning its whole extent, drawn as segments: negative left of zero,
 * neutral across it, positive right of it. A missing answer takes no room.
 */
function SentimentBar({ hatch, ...props }: BarShapeProps & { hatch: string }) {
  const row = props.payload as SentimentChartRow;
  if (!row.extent) return null;
  const [lo, hi] = row.extent;
  const scale = hi > lo ? props.width / (hi - lo) : 0;
  const segments: { key: SentimentKey; value: number }[] = (
    ['negative', 'neutral', 'positive'] as const
  ).flatMap((key) => (row[key] === null ? [] : [{ key, value: row[key] }]));
  let x = props.x;
  return (
    <g>
      {segments.map((s) => {
        const w = s.value * scale;
        const colour = SENTIMENT_COLOURS[s.key];
        const rect = (
          <g key={s.key}>
            <rect
              x={x}
              y={props.y}
              width={w}
              height={props.height}
              fill={row.projected ? projectedFill(hatch, colour) : colour}
              stroke={colour}
              data-sentiment={s.key}
            />
            {w >= 26 ? (
              <Pill
                x={x + w / 2}
                y={props.y + props.height / 2}
                text={formatNumber(s.value, '%')}
              />
            ) : null}
          </g>
        );
        x += w;
        return rect;
      })}
    </g>
  );
}

/** Rough width of a 12 px italic label, enough to decide between one line and two. */
const noteWidth = (text: string) => text.length * 6.3;

/** "neutral, positive: not reported" right of 0, on two lines where one would be cut off. */
function MissingNote({ x, y, room, what }: { x: number; y: number; room: number; what: string }) {
  const line = `${what}: not reported`;
  const style = { fill: PALETTE.ink3, fontStyle: 'italic' } as const;
  if (noteWidth(line) <= room) {
    return (
      <text x={x} y={y} dy="0.35em" className="no-data-mark" {...style}>
        {line}
      </text>
    );
  }
  return (
    <text x={x} y={y} className="no-data-mark" {...style}>
      <tspan x={x} dy="-0.2em">
        {what}:
      </tspan>
      <tspan x={x} dy="1.2em">
        not reported
      </tspan>
    </text>
  );
}

/** The country above each bar, and "not reported" where the survey gave no positive/neutral share. */
function SentimentLabels({ rows }: { rows: readonly SentimentChartRow[] }) {
  const y = useYAxisScale();
  const x = useXAxisScale();
  const plot = usePlotArea();
  if (!y || !x || !plot) return null;
  const zero = x(0) ?? plot.x + plot.width / 2;
  return (
    <g aria-hidden="true" fontSize={12}>
      {rows.map((r) => {
        const start = y(r.key, { position: 'start' });
        const end = y(r.key, { position: 'end' });
        if (start === undefined || end === undefined) return null;
        const mid = (start + end) / 2;
        const missing = (['neutral', 'positive'] as const).filter((k) => r[k] === null);
        return (
          <g key={r.key}>
            <text x={plot.x} y={mid - BAR / 2 - 5} fill={PALETTE.ink} fontWeight={600}>
              {r.country}
            </text>
            {missing.length > 0 ? (
              <MissingNote
                x={zero + 6}
                y={mid}
                room={plot.x + plot.width - zero - 6}
                what={missing.join(', ')}
              />
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

function SentimentTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as SentimentChartRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.country}</p>
      {(['negative', 'neutral', 'positive'] as const).map((k) => (
        <p key={k}>
          {SENTIMENT_LABELS[k]}:{' '}
          {row[k] === null ? (
            <em>{NO_DATA}</em>
          ) : (
            <>
              <strong>{formatNumber(row[k])}</strong>
              {row.unit}
            </>
          )}
        </p>
      ))}
      <p className="chart-tooltip__note">
        {row.status} · {row.source}
      </p>
    </div>
  );
}

/** Positive, neutral and negative views per country on a diverging scale around zero. */
export function SentimentChart({
  rows,
  title,
}: {
  rows: readonly SentimentChartRow[];
  title: string;
}) {
  const { onKeyDownCapture } = useChartKeys({ vertical: true });
  const hatch = useId();
  const still = useStill();
  // On the page the chart follows its panel's width; in a still it is drawn at the still's,
  // without the tooltip and keys.
  const margin = still ? STILL_MARGIN : MARGIN;
  const height = sentimentChartHeight(rows.length, margin.top);
  const size = chartSize(still, height);
  return (
    <div className="sentiment-chart" onKeyDownCapture={still ? undefined : onKeyDownCapture}>
      <BarChart
        layout="vertical"
        data={rows as SentimentChartRow[]}
        {...size}
        margin={margin}
        accessibilityLayer={!still}
        barSize={BAR}
        title={title}
        desc="Negative views extend left of zero, positive views right of it, neutral views sit across zero. Arrow keys move between countries."
      >
        <defs>
          <ProjectedPattern scope={hatch} colour={PALETTE.negative} />
          <ProjectedPattern scope={hatch} colour={PALETTE.neutral} />
          <ProjectedPattern scope={hatch} colour={PALETTE.positive} />
        </defs>
        <XAxis
          type="number"
          domain={[-100, 100]}
          ticks={TICKS}
          interval={0}
          tickFormatter={(v: number) => `${Math.abs(v)}%`}
          tick={{ fontSize: 12, fill: PALETTE.ink2 }}
          height={AXIS}
        />
        <YAxis type="category" dataKey="key" hide />
        {still ? null : (
          <Tooltip content={SentimentTooltip} cursor={{ fill: PALETTE.ink, fillOpacity: 0.06 }} />
        )}
        <ReferenceLine x={0} className="sentiment-zero" stroke={PALETTE.ink} />
        <Bar
          dataKey="extent"
          name="Views"
          shape={(props: BarShapeProps) => <SentimentBar {...props} hatch={hatch} />}
          isAnimationActive={false}
        />
        <ZIndexLayer zIndex={DefaultZIndexes.label}>
          <SentimentLabels rows={rows} />
        </ZIndexLayer>
      </BarChart>
    </div>
  );
}
