import { use, useId, type KeyboardEvent } from 'react';
import {
  DefaultZIndexes,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  ZIndexLayer,
  type XAxisTickContentProps,
} from 'recharts';
import { PALETTE, projectedFill } from '@/lib/chart-theme';
import { NO_DATA } from '@/lib/format';
import { yearForKey } from '@/lib/year-step';
import { ProjectedPattern } from './projected-pattern';
import { StillLegend } from './still/still-legend';
import { useStill } from './still/still';
import {
  CATEGORY_GAP,
  MAX_BAR_SIZE,
  SelectedYearContext,
  yearTickName,
  type YearSelection,
} from './year-chart-shapes';
import './year-chart.css';

/*
 * Components shared by the bar charts whose categories are years: the overlay that marks gaps
 * "no data", labels each bar with its exact figure and outlines the year in focus; the hatching
 * patterns; an HTML legend. (Render functions for bars and ticks are in year-chart-shapes.tsx.)
 */

/** One `<pattern>` per colour, for `projectedFill(scope, colour)`. Render as a child of the chart. */
export function ProjectedPatterns({
  scope,
  colours,
}: {
  scope: string;
  colours: readonly string[];
}) {
  return (
    <defs>
      {[...new Set(colours)].map((c) => (
        <ProjectedPattern key={c} scope={scope} colour={c} />
      ))}
    </defs>
  );
}

/** The band behind the year in focus (the stylesheet's `.year-band--selected` says the same). */
const SELECTED_BAND = '#fff3d6';

/**
 * Drawn inside a horizontal bar chart whose category axis holds `slots`: a click target and
 * highlight behind each year, a dashed empty outline saying "no data" for each gap, the exact
 * figure above each bar, and an outline around the selected year's bar.
 */
export function YearOverlay({ slots, selected, onSelect }: YearSelection) {
  const still = useStill();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const base = yScale(0) ?? plot.y + plot.height;

  const bands = slots.flatMap((slot) => {
    const start = xScale(slot.key, { position: 'start' });
    const end = xScale(slot.key, { position: 'end' });
    if (start === undefined || end === undefined) return [];
    const band = end - start;
    const barWidth = Math.min(band * (1 - 2 * CATEGORY_GAP), MAX_BAR_SIZE);
    const barX = start + (band - barWidth) / 2;
    const topY = slot.top === null ? undefined : yScale(slot.top);
    return [{ slot, start, band, barX, barWidth, topY }];
  });

  const gapTop = plot.y + 8;
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.barBackground}>
        {bands.map(({ slot, start, band }) => (
          <rect
            key={slot.key}
            className={`year-band${slot.key === selected ? ' year-band--selected' : ''}`}
            x={start}
            y={plot.y}
            width={band}
            height={plot.height}
            fill={slot.key === selected ? SELECTED_BAND : 'none'}
            onClick={still ? undefined : () => onSelect(slot.key)}
            data-year={slot.key}
          />
        ))}
      </ZIndexLayer>
      {/* Above the hover cursor and the bars: outlines and labels, which let clicks through. */}
      <ZIndexLayer zIndex={DefaultZIndexes.label}>
        {bands
          .filter((b) => b.slot.status === 'gap')
          .map(({ slot, barX, barWidth }) => (
            <g key={slot.key} className="year-gap" data-year={slot.key} pointerEvents="none">
              <rect
                x={barX}
                y={gapTop}
                width={barWidth}
                height={Math.max(base - gapTop, 0)}
                fill="none"
                stroke={PALETTE.neutral}
                strokeDasharray="4 3"
              />
              <GapLabel x={barX + barWidth / 2} y={base - 8} width={barWidth} />
            </g>
          ))}
        {bands.map(({ slot, barX, barWidth, topY }) =>
          topY === undefined ? null : (
            <g key={slot.key} pointerEvents="none">
              {slot.topLabel ? (
                <text
                  className="year-value"
                  x={barX + barWidth / 2}
                  y={topY - (slot.key === selected ? 8 : 5)}
                  textAnchor="middle"
                  fontSize={11}
                  fill={PALETTE.ink}
                  fontWeight={slot.key === selected ? 700 : 400}
                >
                  {slot.topLabel}
                </text>
              ) : null}
            </g>
          ),
        )}
        {bands
          .filter((b) => b.slot.key === selected)
          .map(({ slot, barX, barWidth, topY }) => {
            const y = topY ?? gapTop;
            return (
              <rect
                key={slot.key}
                className="year-selected-outline"
                x={barX - 3}
                y={y - 3}
                width={barWidth + 6}
                height={Math.max(base - y + 3, 0)}
                fill="none"
                stroke={PALETTE.ink}
                strokeWidth={2}
                pointerEvents="none"
              />
            );
          })}
      </ZIndexLayer>
    </>
  );
}

/**
 * The XAxis `tick` of a year chart, passed as an element (`tick={<YearTick slots onSelect />}`)
 * that recharts clones for each year with its position; the year in focus comes from
 * SelectedYearContext. Each year is a button (click, Enter or Space selects it), bold when
 * selected, with "projected" under a projected year so status never rests on the hatching. The
 * year buttons are one Tab stop, the year in focus (or the first year when it is not on the
 * axis); the arrow keys select the next or previous year and move to its button, Home and End
 * the first and last.
 */
export function YearTick({
  slots,
  onSelect,
  x,
  y,
  payload,
}: Omit<YearSelection, 'selected'> & Partial<Pick<XAxisTickContentProps, 'x' | 'y' | 'payload'>>) {
  const selected = use(SelectedYearContext);
  const still = useStill();
  if (!payload) return null;
  const key = String(payload.value);
  const slot = slots.find((s) => s.key === key);
  const isSelected = key === selected;
  const label = (
    <text textAnchor="middle">
      <tspan
        className="year-tick__year"
        x={0}
        y={15}
        fontSize={12}
        fill={PALETTE.ink}
        fontWeight={isSelected ? 700 : 400}
      >
        {key}
      </tspan>
      {slot?.status === 'projected' ? (
        <tspan
          className="year-tick__note"
          x={0}
          y={28}
          fontSize={10}
          fill={PALETTE.ink2}
          fontStyle="italic"
        >
          {' projected'}
        </tspan>
      ) : null}
    </text>
  );
  if (still) return <g transform={`translate(${x},${y})`}>{label}</g>;
  const tabStop = isSelected || (key === slots[0]?.key && !slots.some((s) => s.key === selected));
  // "no data" is written in the gap itself; "projected" goes under the year, beside the hatching.
  const note = slot?.status === 'projected' ? 'projected' : '';
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(key);
      return;
    }
    const years = slots.map((s) => Number(s.key));
    const next = yearForKey(years, Number(key), e.key);
    if (next === null) return;
    e.preventDefault();
    onSelect(String(next));
    e.currentTarget.ownerSVGElement
      ?.querySelector<SVGGElement>(`.year-tick[data-year="${next}"]`)
      ?.focus();
  };
  return (
    <g
      className="year-tick"
      transform={`translate(${x},${y})`}
      role="button"
      tabIndex={tabStop ? 0 : -1}
      aria-pressed={isSelected}
      aria-label={yearTickName(key, slot)}
      data-year={key}
      onClick={() => onSelect(key)}
      onKeyDown={onKeyDown}
    >
      <rect className="year-tick__hit" x={-24} y={1} width={48} height={note ? 32 : 20} rx={4} />
      {label}
    </g>
  );
}

/** "no data" inside a gap's outline: across the bar when it fits, otherwise up its side. */
function GapLabel({ x, y, width }: { x: number; y: number; width: number }) {
  const fits = width >= 46;
  return (
    <text
      className="year-gap__label"
      x={x}
      y={y}
      fontSize={11}
      fill={PALETTE.ink3}
      fontStyle="italic"
      textAnchor={fits ? 'middle' : 'start'}
      transform={fits ? undefined : `rotate(-90 ${x} ${y}) translate(0 4)`}
    >
      {NO_DATA}
    </text>
  );
}

export interface LegendItem {
  key: string;
  label: string;
  /** solid: a series colour; projected: the hatching; gap: the dashed "no data" outline. */
  kind: 'solid' | 'projected' | 'gap';
  colour?: string;
}

/** A legend in HTML (wraps at narrow widths), with the same swatches the chart draws. */
export function ChartLegend({ items, label }: { items: readonly LegendItem[]; label: string }) {
  const scope = useId();
  const still = useStill();
  if (still) return <StillLegend items={items} width={still.width} />;
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => {
        const colour = item.colour ?? PALETTE.ink;
        return (
          <li key={item.key} className="legend-key">
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              {item.kind === 'projected' ? (
                <>
                  <defs>
                    <ProjectedPattern scope={scope + item.key} colour={colour} />
                  </defs>
                  <rect
                    x="0.75"
                    y="0.75"
                    width="12.5"
                    height="12.5"
                    fill={projectedFill(scope + item.key, colour)}
                    stroke={colour}
                    strokeWidth="1.5"
                  />
                </>
              ) : item.kind === 'gap' ? (
                <rect
                  x="0.5"
                  y="0.5"
                  width="13"
                  height="13"
                  fill="none"
                  stroke={PALETTE.neutral}
                  strokeDasharray="3 2"
                />
              ) : (
                <rect width="14" height="14" fill={colour} />
              )}
            </svg>
            {item.label}
          </li>
        );
      })}
    </ul>
  );
}
