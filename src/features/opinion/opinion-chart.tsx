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
import { textWidth } from '@/lib/measure-text';
import type { QuestionId } from '@/data/schemas';
import {
  COUNTRY_CODES,
  COUNTRY_KEYS,
  COUNTRY_NAMES,
  type CountryKey,
  type OpinionRow,
} from './select';

export interface OpinionChartRow extends OpinionRow {
  projected: boolean;
  /** For the tooltip: "% of respondents" and the survey's citation. */
  unit: string;
  source: string;
}

/** Room per question: its label above a pair of bars. */
const ROW_HEIGHT = 58;
const BAR = 14;
const GAP = 4;
const AXIS = 24;
const TICKS = [0, 25, 50, 75, 100];
const MARGIN = { top: 0, right: 8, bottom: 0, left: 4 };
/**
 * In a still nothing may overflow the chart's box: room above for the first question, and at the
 * ends for half of "0%" and "100%", centred on the axis's ends.
 */
const STILL_MARGIN = { top: 8, right: 20, bottom: 0, left: 14 };
const opinionChartHeight = (rows: number, top: number) => rows * ROW_HEIGHT + AXIS + top;

const COLOURS: Record<CountryKey, string> = {
  pakistan: PALETTE.pakistan,
  afghanistan: PALETTE.afghanistan,
};

function countryShape(country: CountryKey, hatch: string) {
  const colour = COLOURS[country];
  return function CountryBar(props: BarShapeProps) {
    const row = props.payload as OpinionChartRow;
    return (
      <rect
        x={props.x}
        y={props.y}
        width={Math.max(props.width, 0)}
        height={props.height}
        fill={row.projected ? projectedFill(hatch, colour) : colour}
        stroke={colour}
        data-country={country}
      />
    );
  };
}

/** For narrow screens: the full wording is in the tooltip and the table. */
const SHORT_LABELS: Record<QuestionId, string> = {
  positive: 'Positive view of relations',
  negative: 'Negative view of relations',
  neutral: 'Neutral / no opinion',
  trade: 'Support increased trade',
  counterTerrorism: 'Support joint counter-terrorism',
};

const FONT = 12;
const labelWidth = (text: string) => textWidth(text, FONT);

/**
 * The question above each pair of bars, each bar labelled with its country and value, and
 * "no data" where a bar would be when the survey did not report the question.
 */
function OpinionLabels({ rows }: { rows: readonly OpinionChartRow[] }) {
  const y = useYAxisScale();
  const x = useXAxisScale();
  const plot = usePlotArea();
  if (!y || !x || !plot) return null;
  const right = plot.x + plot.width;
  return (
    <g className="opinion-labels" aria-hidden="true" fontSize={FONT}>
      {rows.map((r) => {
        const start = y(r.key, { position: 'start' });
        const end = y(r.key, { position: 'end' });
        if (start === undefined || end === undefined) return null;
        const groupTop = (start + end) / 2 - (2 * BAR + GAP) / 2;
        return (
          <g key={r.key}>
            <text x={plot.x} y={groupTop - 5} fill={PALETTE.ink} fontWeight={600}>
              {textWidth(r.label, FONT, 700) <= plot.width ? r.label : SHORT_LABELS[r.key]}
            </text>
            {COUNTRY_KEYS.map((c, i) => {
              const mid = groupTop + i * (BAR + GAP) + BAR / 2;
              const value = r[c];
              if (value === null) {
                return (
                  <text
                    key={c}
                    x={plot.x + 4}
                    y={mid}
                    dy="0.35em"
                    fill={PALETTE.ink3}
                    fontStyle="italic"
                    className="no-data-mark"
                  >
                    {COUNTRY_NAMES[c]}: {NO_DATA}
                  </text>
                );
              }
              // After the bar with the country's name, or with its code where the name leaves
              // no room (a phone); inside the bar's end only when neither fits.
              const end = x(value) ?? plot.x;
              const full = `${COUNTRY_NAMES[c]} ${formatNumber(value, '%')}`;
              const short = `${COUNTRY_CODES[c]} ${formatNumber(value, '%')}`;
              const fits = (label: string) => end + 4 + labelWidth(label) <= right;
              const outside = fits(full) ? full : fits(short) ? short : null;
              const w = labelWidth(full);
              return outside ? (
                <text key={c} x={end + 4} y={mid} dy="0.35em" fill={PALETTE.ink}>
                  {outside}
                </text>
              ) : (
                <g key={c}>
                  <rect
                    x={end - w - 8}
                    y={mid - 8}
                    width={w + 4}
                    height={16}
                    rx={3}
                    fill={PALETTE.surface}
                    fillOpacity={0.92}
                  />
                  <text x={end - 6} y={mid} dy="0.35em" textAnchor="end" fill={PALETTE.ink}>
                    {full}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </g>
  );
}

function OpinionTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as OpinionChartRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.label}</p>
      {COUNTRY_KEYS.map((c) => (
        <p key={c}>
          {COUNTRY_NAMES[c]}:{' '}
          {row[c] === null ? (
            <em>{NO_DATA}</em>
          ) : (
            <>
              <strong>{formatNumber(row[c])}</strong>
              {row.unit}
            </>
          )}
        </p>
      ))}
      <p className="chart-tooltip__note">
        {row.status ?? 'not reported in this survey'} · {row.source}
      </p>
    </div>
  );
}

interface OpinionChartProps {
  rows: readonly OpinionChartRow[];
  title: string;
}

/** Pakistan beside Afghanistan for each question, as horizontal bars on a 0–100% scale. */
export function OpinionChart({ rows, title }: OpinionChartProps) {
  const { onKeyDownCapture } = useChartKeys({ vertical: true });
  const hatch = useId();
  const still = useStill();
  // On the page the chart follows its panel's width; in a still it is drawn at the still's,
  // without the tooltip and keys.
  const margin = still ? STILL_MARGIN : MARGIN;
  const height = opinionChartHeight(rows.length, margin.top);
  const size = chartSize(still, height);
  return (
    <div className="opinion-chart" onKeyDownCapture={still ? undefined : onKeyDownCapture}>
      <BarChart
        layout="vertical"
        data={rows as OpinionChartRow[]}
        {...size}
        margin={margin}
        accessibilityLayer={!still}
        barSize={BAR}
        barGap={GAP}
        title={title}
        desc="Each question has a bar for Pakistan and one for Afghanistan, in per cent of respondents. Arrow keys move between questions."
      >
        <defs>
          <ProjectedPattern scope={hatch} colour={PALETTE.pakistan} />
          <ProjectedPattern scope={hatch} colour={PALETTE.afghanistan} />
        </defs>
        <CartesianGrid horizontal={false} stroke={PALETTE.grid} />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={TICKS}
          interval={0}
          tickFormatter={(v: number) => `${v}%`}
          tick={{ fontSize: 12, fill: PALETTE.ink2 }}
          height={AXIS}
        />
        <YAxis type="category" dataKey="key" hide />
        {still ? null : (
          <Tooltip content={OpinionTooltip} cursor={{ fill: PALETTE.ink, fillOpacity: 0.06 }} />
        )}
        {COUNTRY_KEYS.map((c) => (
          <Bar
            key={c}
            dataKey={c}
            name={COUNTRY_NAMES[c]}
            shape={countryShape(c, hatch)}
            isAnimationActive={false}
          />
        ))}
        <ZIndexLayer zIndex={DefaultZIndexes.label}>
          <OpinionLabels rows={rows} />
        </ZIndexLayer>
      </BarChart>
    </div>
  );
}
