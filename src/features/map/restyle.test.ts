import * as L from 'leaflet';
import type { Path, PathOptions } from 'leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { provinceStyle } from './map-style';
import { restylePath, setAttributeIfChanged } from './restyle';

const RING: [number, number][] = [
  [30, 65],
  [31, 66],
  [30, 67],
];

let map: L.Map | null = null;
afterEach(() => {
  map?.remove();
  map = null;
  document.body.replaceChildren();
});

/** Two identical polygons drawn by Leaflet's own SVG renderer. */
function drawTwins(style: PathOptions): [L.Polygon, L.Polygon] {
  const div = document.createElement('div');
  document.body.append(div);
  map = L.map(div, { renderer: L.svg() }).setView([30, 66], 5);
  return [L.polygon(RING, style).addTo(map), L.polygon(RING, style).addTo(map)];
}

const attributes = (layer: Path) =>
  Object.fromEntries([...layer.getElement()!.attributes].map((a) => [a.name, a.value]));

function recordWrites(el: Element) {
  const observer = new MutationObserver(() => {});
  observer.observe(el, { attributes: true });
  return () => {
    const names = observer.takeRecords().map((r) => r.attributeName);
    observer.disconnect();
    return names;
  };
}

const figure = { status: 'value', classIndex: 2 } as const;
const base = provinceStyle(figure, { projected: false, basemap: false });

describe('restylePath', () => {
  const unfilled = { ...base, fillColor: undefined };
  it.each<[string, PathOptions, PathOptions]>([
    [
      'a new fill (projected hatching)',
      base,
      provinceStyle(figure, { projected: true, basemap: false }),
    ],
    [
      'a new fill opacity (basemap on)',
      base,
      provinceStyle(figure, { projected: false, basemap: true }),
    ],
    ['no data', base, provinceStyle(undefined, { projected: false, basemap: false })],
    ['a dashed stroke in another colour', base, { ...base, color: '#000000', dashArray: '4 2' }],
    ['a new weight', base, { ...base, weight: 3 }],
    ['no fill at all', base, { ...base, fill: false }],
    ['no fill colour (Leaflet fills with the stroke colour)', base, unfilled],
    ['a new stroke colour, which is also the fill', unfilled, { ...unfilled, color: '#000000' }],
  ])('leaves the path as setStyle would: %s', (_, from, next) => {
    const [fast, reference] = drawTwins(from);
    restylePath(fast, next);
    reference.setStyle(next);
    expect(attributes(fast)).toEqual(attributes(reference));
    expect(fast.options).toMatchObject(reference.options);
  });

  it('writes only the attribute whose option changed', () => {
    const [layer] = drawTwins(base);
    const writes = recordWrites(layer.getElement()!);
    const setStyle = vi.spyOn(layer, 'setStyle');
    restylePath(layer, { ...base, fillColor: '#123456' });
    expect(writes()).toEqual(['fill']);
    expect(setStyle).not.toHaveBeenCalled();
    expect(layer.getElement()!.getAttribute('fill')).toBe('#123456');
  });

  it('writes nothing when the style is the same', () => {
    const [layer] = drawTwins(base);
    const writes = recordWrites(layer.getElement()!);
    restylePath(layer, { ...base });
    expect(writes()).toEqual([]);
  });

  it('leaves a path that is not drawn yet to setStyle', () => {
    const layer = L.polygon(RING, base);
    const setStyle = vi.spyOn(layer, 'setStyle');
    restylePath(layer, { ...base, fillColor: '#123456' });
    expect(setStyle).toHaveBeenCalledOnce();
    expect(layer.options.fillColor).toBe('#123456');
  });
});

describe('setAttributeIfChanged', () => {
  it('writes a new value and skips the same one', () => {
    const el = document.createElement('div');
    el.setAttribute('aria-label', 'Punjab');
    const writes = recordWrites(el);
    setAttributeIfChanged(el, 'aria-label', 'Punjab');
    expect(writes()).toEqual([]);
    const again = recordWrites(el);
    setAttributeIfChanged(el, 'aria-label', 'Sindh');
    expect(again()).toEqual(['aria-label']);
    expect(el.getAttribute('aria-label')).toBe('Sindh');
  });
});
