/**
 * One colour-blind-safe palette (Okabe–Ito) for every chart and the map, and the one source of
 * truth for colours: charts and SVG/PNG exports need real colours, so components use these; the
 * stylesheet's variables (src/app/styles.css) repeat them, and a test checks they agree. Colour
 * never carries meaning alone: projected figures are also hatched and labelled, countries also
 * named.
 */
export const PALETTE = {
  pakistan: '#0072b2',
  afghanistan: '#d55e00',
  observed: '#0072b2',
  projected: '#0072b2',
  exports: '#0072b2',
  imports: '#e69f00',
  total: '#56b4e9',
  balancePositive: '#009e73',
  balanceNegative: '#d55e00',
  positive: '#009e73',
  neutral: '#999999',
  negative: '#d55e00',
  highlight: '#e69f00',
  category: ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442'],
  ink: '#1b1f24',
  /** Secondary text: axis ticks, figures beside a label. */
  ink2: '#4a525c',
  /** Quiet text and outlines: notes in a chart, the legend's swatch borders. */
  ink3: '#5f6873',
  surface: '#ffffff',
  /** The band behind the bars a pointer is over. */
  cursor: '#eef1f5',
  grid: '#d8dce1',
  noData: '#c8ccd2',
} as const;

/**
 * The id of one chart's hatching for projected figures, for `fill={projectedFill(scope, colour)}`.
 * `scope` (the chart's `useId()`) keeps each chart's patterns its own: with one id for every
 * chart, the first in the page won, and when that chart was hidden (`display: none` draws no
 * pattern) the shown chart's projected bars came out empty.
 */
export const projectedPatternId = (scope: string, colour: string) =>
  `${scope.replace(/[^\w-]/g, '')}-projected-${colour.replace('#', '')}`;
export const projectedFill = (scope: string, colour: string) =>
  `url(#${projectedPatternId(scope, colour)})`;
