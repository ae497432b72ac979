/** Where a panel draws its legend: recharts' legend, the shared "projected" key, a chart legend. */
export const LEGEND_SELECTOR = '.recharts-legend-wrapper, .legend, .legend-key, .chart-legend';

const area = (el: Element) => {
  const r = el.getBoundingClientRect();
  const w = r.width || Number(el.getAttribute('width')) || 0;
  const h = r.height || Number(el.getAttribute('height')) || 0;
  return w * h;
};

/**
 * The elements of a panel matching `selector` that are part of what it shows: not inside a part
 * it keeps mounted but hidden (the other survey's charts, say).
 */
export function shownIn<E extends Element>(section: Element, selector: string): E[] {
  return [...section.querySelectorAll<E>(selector)].filter((el) => {
    const hidden = el.closest('[hidden]');
    return hidden === null || hidden === section || !section.contains(hidden);
  });
}

/** The chart drawing in a panel: the map's overlay, else the largest SVG that is not an icon. */
export function findChartSvg(section: Element): SVGSVGElement | null {
  const leaflet = section.querySelector<SVGSVGElement>('.leaflet-overlay-pane svg');
  if (leaflet) return leaflet;
  const candidates = shownIn<SVGSVGElement>(section, 'svg').filter(
    (svg) =>
      !svg.parentElement?.closest('svg') &&
      !svg.closest(`.panel__tools, ${LEGEND_SELECTOR}`) &&
      area(svg) >= 4000,
  );
  candidates.sort((a, b) => area(b) - area(a));
  return candidates[0] ?? null;
}
