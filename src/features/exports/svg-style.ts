/*
 * Charts style their SVG partly through stylesheets (class names). A drawing taken out of the page
 * loses those, so these helpers write the computed presentation styles onto the elements.
 */

/** Presentation properties copied from the computed style, with the value that needs no copy. */
export const STYLE_DEFAULTS: Record<string, string> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  'font-family': '',
  'font-size': '',
  'font-weight': '400',
  'font-style': 'normal',
  'font-variant-numeric': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  visibility: 'visible',
  display: '',
  overflow: '',
};

export const URL_REF = /url\(\s*["']?[^#"')]*#([^"')\s]+)["']?\s*\)/g;

/** Writes computed presentation styles onto the clone, element by element, and tidies url() refs. */
export function inlineStyles(live: Element, clone: Element): void {
  const cs = window.getComputedStyle(live);
  const parts: string[] = [];
  for (const [prop, initial] of Object.entries(STYLE_DEFAULTS)) {
    const value = cs.getPropertyValue(prop);
    if (value && value !== initial) parts.push(`${prop}:${value.replace(URL_REF, 'url(#$1)')}`);
  }
  const own = clone.getAttribute('style');
  setStyle(
    clone,
    [own ? own.replace(URL_REF, 'url(#$1)') : '', ...parts].filter(Boolean).join(';'),
  );
  for (const attr of ['fill', 'stroke', 'clip-path', 'mask', 'filter']) {
    const v = clone.getAttribute(attr);
    if (v) clone.setAttribute(attr, v.replace(URL_REF, 'url(#$1)'));
  }
  const liveKids = live.children;
  const cloneKids = clone.children;
  for (let i = 0; i < liveKids.length && i < cloneKids.length; i++) {
    inlineStyles(liveKids[i]!, cloneKids[i]!);
  }
}

/**
 * Sets (or, with null, removes) an element's style attribute through the CSSOM: the page's
 * Content-Security-Policy refuses a style attribute written as markup (`setAttribute('style')`),
 * not one set through `style.cssText`.
 */
export function setStyle(el: Element, text: string | null): void {
  if (text === null) el.removeAttribute('style');
  else if (el instanceof HTMLElement || el instanceof SVGElement) el.style.cssText = text;
}

/**
 * Writes the computed styles onto every element of the section's SVG drawings, in the page itself,
 * and returns a function that puts each element's own style attribute back. For image export:
 * html-to-image copies an `<svg>` as it is, without the stylesheet rules its parts rely on.
 */
export function pinSvgStyles(section: Element): () => void {
  const saved: [Element, string | null][] = [];
  for (const svg of section.querySelectorAll('svg')) {
    if (svg.parentElement?.closest('svg')) continue;
    for (const el of [svg, ...svg.querySelectorAll('*')])
      saved.push([el, el.getAttribute('style')]);
    inlineStyles(svg, svg);
  }
  return () => {
    for (const [el, style] of saved) setStyle(el, style);
  };
}
