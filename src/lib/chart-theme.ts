/**
 * One colour-blind-safe palette (Okabe–Ito) for every chart and the map. Colour never carries
 * meaning alone: projected figures are also hatched and labelled, countries also named.
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
  grid: '#d8dce1',
  noData: '#c8ccd2',
} as const;

/** The id of the SVG pattern that marks projected figures, for `fill={projectedFill(colour)}`. */
export const projectedPatternId = (colour: string) => `projected-${colour.replace('#', '')}`;
export const projectedFill = (colour: string) => `url(#${projectedPatternId(colour)})`;
