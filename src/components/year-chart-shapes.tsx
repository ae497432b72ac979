import { createContext } from 'react';
import type { BarShapeProps } from 'recharts';
import { PALETTE, projectedFill } from '@/lib/chart-theme';
import type { Status } from '@/data/schemas';
import { NO_DATA } from '@/lib/format';

/*
 * Render functions for bar charts whose categories are years (security incidents, trade): bars
 * that hatch themselves when projected. (The year ticks are YearTick in year-chart.tsx.)
 */

/** Largest bar width; the overlay needs it to draw outlines that fit the bars. */
export const MAX_BAR_SIZE = 56;
/** recharts' default gap between categories (10% on each side of a bar). */
export const CATEGORY_GAP = 0.1;

type StatusOrGap = 'observed' | 'projected' | 'gap';

/**
 * The `shape` of one stacked series: a plain rect, hatched (the chart's patterns, `hatch` being
 * its scope) and outlined when the row is projected.
 * Draws nothing where the row has no value for this series (recharts would draw a 0-high bar).
 */
export function barShape(series: string, hatch: string) {
  return function BarShape(props: BarShapeProps) {
    const { x, y, width, height, fill, payload } = props;
    const row = payload as Record<string, unknown> & { status: StatusOrGap; label: string };
    if (row[series] === null || row[series] === undefined || !(height > 0)) return <g />;
    const colour = typeof fill === 'string' ? fill : PALETTE.ink;
    const projected = row.status === 'projected';
    return (
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        fill={projected ? projectedFill(hatch, colour) : colour}
        stroke={projected ? colour : PALETTE.surface}
        strokeWidth={projected ? 1.5 : 1}
        data-year={row.label}
        data-series={series}
        data-status={row.status}
      />
    );
  };
}

/** One year's bar: the year as the category key, its status, its height and one value per series. */
export type YearBar<S extends string> = Record<S, number | null> & {
  /** The year as text: the chart's category key. */
  label: string;
  year: number;
  status: Status | 'gap';
  /** The whole bar's height (the reported total); null for a gap. */
  top: number | null;
};

/** A stacked series, bottom first. */
export interface YearBarSeries<S extends string> {
  key: S;
  name: string;
  colour: string;
}

/** A chart's series, bottom first. */
export function yearBarSeries<S extends string>(
  keys: readonly S[],
  colours: Record<S, string>,
  name: (key: S) => string,
): YearBarSeries<S>[] {
  return keys.map((key) => ({ key, name: name(key), colour: colours[key] }));
}

/** What the chart knows about one year: drawn by the overlay and read out by its tick. */
export interface YearSlot {
  /** The category value (the year as text). */
  key: string;
  status: StatusOrGap;
  /** Height of the whole bar (the total); null for a gap. */
  top: number | null;
  /** The figure printed on top of the bar, e.g. "1,750". */
  topLabel?: string;
  /** The figures, spoken with the year and its status by screen readers: "370 incidents". */
  description: string;
}

/**
 * The key of the year in focus, for the year ticks. A context, not a prop of the tick element:
 * recharts re-registers an axis whose props change, which redraws the whole chart a second time,
 * synchronously, after every year step (security and trade).
 */
export const SelectedYearContext = createContext('');

export interface YearSelection {
  slots: readonly YearSlot[];
  /** The key of the year in focus. */
  selected: string;
  onSelect: (key: string) => void;
}

/** What a year button is called: it starts with the text it shows ("2024 projected"). */
export function yearTickName(key: string, slot: YearSlot | undefined): string {
  if (!slot || slot.status === 'gap') return `${key}: ${NO_DATA}`;
  if (slot.status === 'projected') return `${key} projected: ${slot.description}`;
  return `${key}: ${slot.description}, observed`;
}
