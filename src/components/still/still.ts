import { createContext, use, type ReactNode } from 'react';

/*
 * A panel's static view ("still"): one self-contained figure drawn from the panel's data and a
 * view, the same for the SVG and PNG exports and for print. Its charts are the panel's own chart
 * components, drawn at a fixed width inside StillContext, where they leave out what only a live
 * page needs (tooltips, focus and click targets) and draw their legends in SVG. Text and the
 * layout around the charts are composed from the spec by `composeStill`, never read from the page.
 */

export interface StillSpec {
  /** What the figure shows, in one line: the panel's subtitle and the view (years, choice). */
  subtitle: string;
  /** Lines above the chart: notes, the year in focus without figures, the disagreements (⚑). */
  notes: readonly string[];
  /** The figure's body: chart components; each top-level `<svg>` they draw is one block. */
  body: ReactNode;
  /** Lines under the chart: the citations of the figures drawn. */
  sources: readonly string[];
}

export interface StillSize {
  /** The width of the figure's body in px (the figure adds its margins). */
  width: number;
}

/** The width a still's body is drawn at, in px: a slide's or a printed page's column. */
export const STILL_WIDTH = 760;

/** Set while a still is drawn; a chart reads it to draw at this width, without live parts. */
export const StillContext = createContext<StillSize | null>(null);

/** The still being drawn, or null on the live page. */
export function useStill(): StillSize | null {
  return use(StillContext);
}

/**
 * A recharts chart's size: on the page it follows its container's width (`responsive`), in a
 * still it is drawn at the still's width. Spread onto the chart: `<BarChart {...chartSize(…)}>`.
 */
export function chartSize(still: StillSize | null, height: number) {
  return still
    ? { width: still.width, height }
    : { responsive: true, style: { width: '100%', height } };
}
