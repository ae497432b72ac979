import type { Path, PathOptions } from 'leaflet';

type Key = keyof PathOptions;

/** The SVG attribute Leaflet's SVG renderer writes for each option this fast path handles. */
const STROKE: Partial<Record<Key, string>> = {
  color: 'stroke',
  opacity: 'stroke-opacity',
  dashArray: 'stroke-dasharray',
};
const FILL: Partial<Record<Key, string>> = { fillColor: 'fill', fillOpacity: 'fill-opacity' };

/** The attribute for a changed option, or null when only setStyle may apply it. */
function attributeFor(key: Key, options: PathOptions, next: PathOptions): string | null {
  if (options.stroke && STROKE[key]) {
    // Leaflet fills with the stroke colour when there is no fill colour.
    if (key === 'color' && options.fill && !next.fillColor) return null;
    return STROKE[key]!;
  }
  if (options.fill && FILL[key]) return key === 'fillColor' && !next.fillColor ? null : FILL[key]!;
  return null;
}

/**
 * Restyles a drawn path in place, writing only the attributes whose option changed. Leaflet's
 * setStyle rewrites ten attributes on every path, and a year step restyles every province: ten
 * times the DOM writes, style invalidations and mutation records. Anything else (a path not drawn
 * yet, a new weight, `stroke` or `fill` switched on or off) goes through setStyle as before.
 */
export function restylePath(layer: Path, next: PathOptions): void {
  const options = layer.options;
  const changed = (Object.keys(next) as Key[]).filter((key) => options[key] !== next[key]);
  if (changed.length === 0) return;
  const el = layer.getElement();
  const writes = changed.map((key) => [key, attributeFor(key, options, next)] as const);
  if (!el || writes.some(([, name]) => name === null)) {
    layer.setStyle(next);
    return;
  }
  Object.assign(options, next);
  for (const [key, name] of writes) {
    const value = next[key];
    if (value === undefined || value === null || value === '') el.removeAttribute(name!);
    else el.setAttribute(name!, String(value));
  }
}

/** Sets an attribute only when its value differs: no DOM write, no mutation record otherwise. */
export function setAttributeIfChanged(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
