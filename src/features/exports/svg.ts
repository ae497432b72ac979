/*
 * SVG export: the panel's chart drawing (recharts' surface, or the map's Leaflet overlay) cloned,
 * with the computed styles written onto each element, inside a new SVG that adds the panel's
 * title, its legend (with a "projected" key whenever projected figures are drawn) and its sources
 * as text. The file stands alone: no stylesheet, no external reference.
 */

import { findChartSvg, shownIn } from './find-chart';
import { inlineStyles, URL_REF } from './svg-style';

const SVG_NS = 'http://www.w3.org/2000/svg';

const PAD = 16;
const MIN_WIDTH = 560;

export interface LegendEntry {
  label: string;
  /** A colour, `url(#id)` of a pattern, or none. */
  fill: string;
  stroke: string;
  /** A stroke dash pattern, e.g. "3 2" for the dashed "no data" outline; '' for solid. */
  dash: string;
}

function sizeOf(el: Element): { x: number; y: number; width: number; height: number } {
  const r = el.getBoundingClientRect();
  return {
    x: r.left,
    y: r.top,
    width: r.width || Number(el.getAttribute('width')) || 0,
    height: r.height || Number(el.getAttribute('height')) || 0,
  };
}

function referencedIds(root: Element): Set<string> {
  const ids = new Set<string>();
  const scan = (text: string | null) => {
    if (!text) return;
    for (const m of text.matchAll(URL_REF)) ids.add(m[1]!);
  };
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of ['style', 'fill', 'stroke', 'clip-path', 'mask', 'filter']) {
      scan(el.getAttribute(attr));
    }
    const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
    if (href?.startsWith('#')) ids.add(href.slice(1));
  }
  return ids;
}

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The panel's legend as drawn: recharts' legend items, the shared "projected" key, marked items. */
export function readLegend(section: Element): LegendEntry[] {
  const entries: LegendEntry[] = [];
  const seen = new Set<string>();
  const items = shownIn(section, '.recharts-legend-item, .legend-key, [data-legend-item]');
  for (const item of items) {
    if (item.closest('.panel__tools')) continue;
    const label = normalise(item.getAttribute('data-legend-item') || item.textContent);
    if (!label || seen.has(label)) continue;
    seen.add(label);
    // The first drawn mark of the item's icon, not a pattern's tile inside its <defs>.
    const mark = [...item.querySelectorAll('svg path, svg rect, svg line, svg circle')].find(
      (m) => !m.closest('defs, pattern, clipPath'),
    );
    const cs = mark ? window.getComputedStyle(mark) : null;
    const paint = (attr: 'fill' | 'stroke') => {
      const value = mark?.getAttribute(attr) || cs?.getPropertyValue(attr) || 'none';
      return value.replace(URL_REF, 'url(#$1)');
    };
    let fill = item.getAttribute('data-legend-colour') || paint('fill');
    const stroke = paint('stroke');
    if (fill === 'none' && stroke === 'none') fill = '#888888';
    const dash = mark?.getAttribute('stroke-dasharray') || cs?.strokeDasharray || 'none';
    entries.push({ label, fill, stroke, dash: dash === 'none' ? '' : dash });
  }
  return entries;
}

let measureCtx: CanvasRenderingContext2D | null | undefined;
function textWidth(text: string, font: string, size: number): number {
  if (measureCtx === undefined) {
    try {
      measureCtx = document.createElement('canvas').getContext('2d');
    } catch {
      // No canvas (a test DOM): widths are estimated from the font size below.
      measureCtx = null;
    }
  }
  if (measureCtx) {
    measureCtx.font = font;
    const w = measureCtx.measureText(text).width;
    if (w > 0) return w;
  }
  return text.length * size * 0.56;
}

function wrap(text: string, maxWidth: number, font: string, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, font, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const zIndex = (el: Element | null) => Number(el ? window.getComputedStyle(el).zIndex : 0) || 0;

/** The map's SVG layers (one per pane), bottom first. */
function mapLayers(map: Element): SVGSVGElement[] {
  const layers = [...map.querySelectorAll<SVGSVGElement>('.leaflet-map-pane svg')].filter(
    (svg) =>
      !svg.parentElement?.closest('svg') &&
      !svg.closest('.leaflet-marker-pane, .leaflet-tooltip-pane, .leaflet-popup-pane'),
  );
  return layers
    .map((svg, i) => ({ svg, i, z: zIndex(svg.closest('.leaflet-pane')) }))
    .sort((a, b) => a.z - b.z || a.i - b.i)
    .map((l) => l.svg);
}

const visibleColour = (c: string) => c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);
const rotation = (transform: string) => {
  const m = /matrix\(([^,]+),\s*([^,]+)/.exec(transform);
  return m ? (Math.atan2(Number(m[2]), Number(m[1])) * 180) / Math.PI : 0;
};

type MakeElement = (name: string, attrs: Record<string, string | number>, text?: string) => Element;

/** One CSS box (an element or its ::before) as an SVG rect: fill, border, rounding, rotation. */
function boxShape(
  cs: CSSStyleDeclaration,
  frame: { x: number; y: number; width: number; height: number },
  el: MakeElement,
): Element | null {
  const fill = visibleColour(cs.backgroundColor) ? cs.backgroundColor : 'none';
  const strokeWidth = parseFloat(cs.borderTopWidth) || 0;
  const stroke = strokeWidth > 0 && visibleColour(cs.borderTopColor) ? cs.borderTopColor : 'none';
  if (fill === 'none' && stroke === 'none') return null;
  const radius = cs.borderTopLeftRadius.endsWith('%')
    ? (parseFloat(cs.borderTopLeftRadius) / 100) * frame.width
    : parseFloat(cs.borderTopLeftRadius) || 0;
  const inset = stroke === 'none' ? 0 : strokeWidth / 2;
  const angle = rotation(cs.transform);
  const cx = frame.x + frame.width / 2;
  const cy = frame.y + frame.height / 2;
  return el('rect', {
    x: frame.x + inset,
    y: frame.y + inset,
    width: Math.max(frame.width - 2 * inset, 0),
    height: Math.max(frame.height - 2 * inset, 0),
    rx: Math.max(radius - inset, 0),
    fill,
    stroke,
    'stroke-width': strokeWidth,
    ...(cs.borderTopStyle === 'dashed' ? { 'stroke-dasharray': '4 3' } : {}),
    ...(angle ? { transform: `rotate(${angle.toFixed(2)} ${cx} ${cy})` } : {}),
  });
}

/**
 * The map's markers and labels, which Leaflet draws as HTML boxes: each box (and its ::before)
 * becomes a rect and each label its text, placed as on screen (dx, dy: page → file coordinates).
 */
function mapMarkers(map: Element, el: MakeElement, dx: number, dy: number): Element[] {
  const out: Element[] = [];
  const bounds = map.getBoundingClientRect();
  for (const icon of map.querySelectorAll<HTMLElement>(
    '.leaflet-marker-pane .leaflet-marker-icon',
  )) {
    const r = icon.getBoundingClientRect();
    if (
      r.right < bounds.left ||
      r.left > bounds.right ||
      r.bottom < bounds.top ||
      r.top > bounds.bottom
    ) {
      continue;
    }
    for (const node of [icon, ...icon.querySelectorAll<HTMLElement>('*')]) {
      const cs = window.getComputedStyle(node);
      if (cs.display === 'none' || cs.visibility === 'hidden') continue;
      const b = node.getBoundingClientRect();
      const frame = {
        x: b.left + dx,
        y: b.top + dy,
        width: node.offsetWidth,
        height: node.offsetHeight,
      };
      const own = boxShape(cs, frame, el);
      if (own) out.push(own);
      const before = window.getComputedStyle(node, '::before');
      if (before.content && before.content !== 'none' && before.position === 'absolute') {
        const left = parseFloat(before.left) || 0;
        const top = parseFloat(before.top) || 0;
        const right = parseFloat(before.right) || 0;
        const bottom = parseFloat(before.bottom) || 0;
        const inner = {
          x: frame.x + left,
          y: frame.y + top,
          width: frame.width - left - right,
          height: frame.height - top - bottom,
        };
        const shape = boxShape(before, inner, el);
        if (shape) out.push(shape);
      }
      const text = [...node.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (text) {
        const size = parseFloat(cs.fontSize) || 12;
        out.push(
          el(
            'text',
            {
              x: b.left + dx,
              y: b.top + dy + size * 0.92,
              'font-family': cs.fontFamily,
              'font-size': size,
              'font-weight': cs.fontWeight,
              fill: cs.color,
              // A halo like the page's, so names stay readable over the shading.
              stroke: '#ffffff',
              'stroke-width': 3,
              'stroke-linejoin': 'round',
              'paint-order': 'stroke',
            },
            text,
          ),
        );
      }
    }
  }
  return out;
}

export interface SvgExportInfo {
  title: string;
  /** A last line: where the figure came from (the dashboard's link to this view). */
  footer?: string;
}

/**
 * Builds the standalone SVG file's text for a panel. Throws when the panel has no chart drawing
 * (in Table mode, or before its chart has rendered); the menu says so before it gets here.
 */
export function panelToSvg(section: HTMLElement, info: SvgExportInfo): string {
  const chart = findChartSvg(section);
  if (!chart) throw new Error('this panel has no chart drawing to export');
  const box = sizeOf(chart.closest('.leaflet-container') ?? chart);
  const fontFamily = window.getComputedStyle(section).fontFamily || 'sans-serif';
  const width = Math.round(Math.max(box.width, MIN_WIDTH) + PAD * 2);
  const inner = width - PAD * 2;

  // Built detached in this document, then serialised: the serialiser writes the namespaces.
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const node = document.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const root = el('svg', {});
  root.append(el('title', {}, info.title));
  const defs = el('defs', {});
  root.append(defs);
  const background = el('rect', { fill: '#ffffff' });
  root.append(background);

  let y = PAD;
  const textLines = (
    lines: string[],
    size: number,
    attrs: Record<string, string | number>,
    lineHeight = size * 1.35,
  ) => {
    for (const line of lines) {
      y += lineHeight;
      root.append(
        el(
          'text',
          { x: PAD, y: Math.round(y - lineHeight * 0.28), 'font-size': size, ...attrs },
          line,
        ),
      );
    }
  };
  const font = (size: number, weight = 400) => `${weight} ${size}px ${fontFamily}`;

  const common = { 'font-family': fontFamily, fill: '#1b1f24' };
  textLines(wrap(info.title, inner, font(18, 700), 18), 18, { ...common, 'font-weight': 700 });
  const subtitle = normalise(section.querySelector('.panel__subtitle')?.textContent);
  if (subtitle) textLines(wrap(subtitle, inner, font(13), 13), 13, { ...common, fill: '#4a525c' });

  // The drawing: the chart's SVG, or every SVG layer of the map in stacking order.
  const map = chart.closest('.leaflet-container');
  const layers = map ? mapLayers(map) : [chart];
  const clones = layers.map((layer) => {
    const clone = layer.cloneNode(true) as SVGSVGElement;
    inlineStyles(layer, clone);
    return { layer, clone };
  });
  const legend = readLegend(section);
  const usesProjected =
    clones.some(({ clone }) =>
      [...referencedIds(clone)].some((id) => id.startsWith('projected')),
    ) || shownIn(section, '.status--projected').length > 0;
  if (usesProjected && !legend.some((e) => /projected/i.test(e.label))) {
    legend.push({
      label: 'projected',
      fill: 'url(#export-projected)',
      stroke: '#4a525c',
      dash: '',
    });
    const pattern = el('pattern', {
      id: 'export-projected',
      width: 6,
      height: 6,
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    });
    pattern.append(el('rect', { width: 6, height: 6, fill: '#ffffff' }));
    pattern.append(el('rect', { width: 3, height: 6, fill: '#4a525c' }));
    defs.append(pattern);
  }

  // Legend: swatch and label, wrapping onto more rows when the row is full.
  if (legend.length > 0) {
    y += 8;
    let x = PAD;
    const rowHeight = 20;
    y += rowHeight;
    for (const entry of legend) {
      const w = 16 + textWidth(entry.label, font(12), 12) + 18;
      if (x > PAD && x + w > PAD + inner) {
        x = PAD;
        y += rowHeight;
      }
      root.append(
        el('rect', {
          x,
          y: y - 12,
          width: 12,
          height: 12,
          fill: entry.fill,
          stroke: entry.stroke,
          ...(entry.dash ? { 'stroke-dasharray': entry.dash } : {}),
        }),
      );
      root.append(el('text', { x: x + 16, y: y - 2, 'font-size': 12, ...common }, entry.label));
      x += w;
    }
  }

  y += 10;
  const chartTop = y;
  const clipId = 'export-chart-clip';
  const clip = el('clipPath', { id: clipId });
  clip.append(el('rect', { x: PAD, y: chartTop, width: box.width, height: box.height }));
  defs.append(clip);
  const group = el('g', { 'clip-path': `url(#${clipId})` });
  if (map) {
    const bg = window.getComputedStyle(map).backgroundColor;
    group.append(
      el('rect', {
        x: PAD,
        y: chartTop,
        width: box.width,
        height: box.height,
        fill: bg || '#dddddd',
      }),
    );
  }
  // Each layer placed where it sits inside the box, and clipped to it (the map pans).
  for (const { layer, clone } of clones) {
    const at = sizeOf(layer);
    for (const attr of ['style', 'tabindex', 'role', 'aria-label', 'aria-hidden']) {
      clone.removeAttribute(attr);
    }
    clone.setAttribute('x', String(PAD + at.x - box.x));
    clone.setAttribute('y', String(chartTop + at.y - box.y));
    clone.setAttribute('width', String(at.width));
    clone.setAttribute('height', String(at.height));
    clone.setAttribute('overflow', 'hidden');
    group.append(clone);
  }
  if (map) {
    for (const node of mapMarkers(map, el, PAD - box.x, chartTop - box.y)) group.append(node);
  }
  root.append(group);
  y = chartTop + box.height;

  // Patterns and gradients the chart uses but defines elsewhere in the page (the legend's, say).
  const have = new Set([...root.querySelectorAll('[id]')].map((n) => n.id));
  for (const id of referencedIds(root)) {
    if (have.has(id)) continue;
    const source = document.getElementById(id);
    if (source) {
      const copy = source.cloneNode(true) as Element;
      inlineStyles(source, copy);
      defs.append(copy);
      have.add(id);
    }
  }

  const sources = shownIn(section, '.panel-sources')
    .map((p) => normalise(p.textContent))
    .filter(Boolean)
    .join(' ');
  y += 8;
  if (sources) textLines(wrap(sources, inner, font(12), 12), 12, { ...common, fill: '#4a525c' });
  if (info.footer)
    textLines(wrap(info.footer, inner, font(11), 11), 11, { ...common, fill: '#5f6873' });
  y += PAD;

  const height = Math.round(y);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('role', 'img');
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}
