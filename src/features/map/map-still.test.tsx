import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type PanelData, PanelDataContext } from '@/components/panel-data';
import { StillContext, type StillSpec } from '@/components/still/still';
import { geoBoundariesQuery, geoMetaQuery, parseBoundaries, parseGeoMeta } from '@/data/geo';
import { datasetQuery } from '@/data/queries';
import type { DatasetName } from '@/data/schemas';
import { loadShipped } from '@/data/test-fixtures';
import { useFilterStore } from '@/features/filters/filter-store';
import { createQueryClient } from '@/lib/query-client';
import MapPanel from './map-panel';
import { CHOROPLETH_COLOURS, classShortLabel, NO_DATA_FILL, NOT_APPLICABLE_FILL } from './select';

const data = loadShipped();
const raw = import.meta.glob<string>('../../../public/data/geo/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const geoFile = (name: string): unknown => {
  const entry = Object.entries(raw).find(([path]) => path.endsWith(`/${name}`));
  if (!entry) throw new Error(`public/data/geo/${name} is missing`);
  return JSON.parse(entry[1]);
};
const geo = parseBoundaries(geoFile('boundaries.topo.json'));
const meta = parseGeoMeta(geoFile('meta.json'));

/** The map panel (table mode: no Leaflet), its datasets and boundaries seeded; its still. */
async function registeredStill(): Promise<StillSpec> {
  const client = createQueryClient();
  const names: DatasetName[] = [
    'refugees',
    'places',
    'border',
    'events',
    'sources',
    'discrepancies',
  ];
  for (const name of names) client.setQueryData(datasetQuery(name).queryKey, data[name]);
  client.setQueryData(geoBoundariesQuery.queryKey, geo);
  client.setQueryData(geoMetaQuery.queryKey, meta);
  const register = vi.fn<(d: PanelData | null) => void>();
  const { unmount } = render(
    <QueryClientProvider client={client}>
      <PanelDataContext value={register}>
        <Suspense fallback={<p>Loading…</p>}>
          <MapPanel mode="table" />
        </Suspense>
      </PanelDataContext>
    </QueryClientProvider>,
  );
  await screen.findAllByRole('table');
  const still = (register.mock.calls.at(-1)?.[0] as PanelData | null)?.still;
  expect(still).toBeDefined();
  const spec = still!();
  unmount();
  return spec;
}

function drawStill(spec: StillSpec) {
  return render(<StillContext value={{ width: 600 }}>{spec.body}</StillContext>).container;
}

describe('the map still', () => {
  beforeEach(() => {
    useFilterStore.getState().reset();
  });

  it('draws every province shaded as the map shades the 2024 projection, the Durand Line and the key', async () => {
    useFilterStore.getState().setYear(2024);
    const spec = await registeredStill();
    expect(spec.subtitle).toContain('from the documents, 2024');
    expect(spec.notes).toContain('⚑ Sources disagree: Length of the Pakistan–Afghanistan border');
    expect(spec.sources.join(' ')).toMatch(/^Sources: JSSA 2025, Table 2; .*Natural Earth$/);
    const container = drawStill(spec);

    const map = container.querySelector('svg[data-still="map"]')!;
    expect(map.getAttribute('width')).toBe('600');
    expect(map.getAttribute('height')).toBe('520');
    const provinces = map.querySelectorAll('path[data-province]');
    expect(provinces).toHaveLength(geo.provinces.features.length);
    for (const p of provinces) expect(p.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    const fill = (id: string) =>
      map.querySelector(`path[data-province="${id}"]`)?.getAttribute('fill');
    // KP 60%: the top class, hatched (projected), with the still's own pattern.
    const kp = fill('PK-KP')!;
    const patternId = /^url\(#(.+)\)$/.exec(kp)?.[1];
    expect(patternId).toMatch(/-projected-4$/);
    expect(map.querySelector(`pattern[id="${patternId}"] rect`)?.getAttribute('fill')).toBe(
      CHOROPLETH_COLOURS[4],
    );
    expect(fill('PK-SD')).toBe(NO_DATA_FILL);
    expect(fill('AF-KAB')).toBe(NOT_APPLICABLE_FILL);
    const durand = map.querySelector('path[data-durand]');
    expect(durand?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(durand?.getAttribute('stroke-dasharray')).toBe('12 6');
    // Every coordinate of the geometry is inside the frame (clipped).
    for (const p of map.querySelectorAll('path')) {
      for (const [, x, y] of (p.getAttribute('d') ?? '').matchAll(/(-?[\d.]+),(-?[\d.]+)/g)) {
        expect(Number(x)).toBeGreaterThanOrEqual(0);
        expect(Number(x)).toBeLessThanOrEqual(600);
        expect(Number(y)).toBeGreaterThanOrEqual(0);
        expect(Number(y)).toBeLessThanOrEqual(520);
      }
    }
    expect(map.querySelector('[data-selected-province]')).toBeNull();
    expect(map.querySelectorAll('text[data-label]').length).toBeGreaterThan(0);
    for (const label of map.querySelectorAll('text[data-label]')) {
      expect(Number(label.getAttribute('x'))).toBeGreaterThanOrEqual(0);
      expect(Number(label.getAttribute('y'))).toBeLessThanOrEqual(520);
    }

    const key = container.querySelector('svg[data-still="legend"]')!;
    expect(Number(key.getAttribute('height'))).toBeGreaterThan(100);
    const keyText = key.textContent ?? '';
    for (let i = 0; i < CHOROPLETH_COLOURS.length; i++)
      expect(keyText).toContain(classShortLabel(i));
    expect(keyText).toContain('No data (the source gives no figure)');
    expect(keyText).toContain('Border crossing');
    expect(keyText).toContain('Other / not specified: 5%');
    expect(keyText).toContain('2,670 km');

    expect(container.querySelectorAll('[role], [tabindex], [aria-pressed]')).toHaveLength(0);
    expect(container.querySelectorAll('button, a, input')).toHaveLength(0);
  });

  it('outlines the selected province and gives its figure as a note', async () => {
    useFilterStore.getState().setYear(2024);
    useFilterStore.getState().toggleProvince('PK-KP');
    const spec = await registeredStill();
    expect(spec.notes).toContain(
      'Selected province (dashed outline): Khyber Pakhtunkhwa, Pakistan: share of registered refugees 60% (projected); people: 1,400,000 × 60% = 840,000.',
    );
    const container = drawStill(spec);
    await waitFor(() =>
      expect(container.querySelector('path[data-selected-province="PK-KP"]')).not.toBeNull(),
    );
    const outline = container.querySelector('path[data-selected-province="PK-KP"]')!;
    expect(outline.getAttribute('stroke-dasharray')).toBe('7 4');
    expect(outline.getAttribute('fill')).toBe('none');
  });

  it('says when the year has no figures of its own and draws the provinces as "no data"', async () => {
    useFilterStore.getState().setYear(2019);
    const spec = await registeredStill();
    expect(spec.notes[0]).toMatch(/^No province figures from the documents for 2019 or earlier/);
    const container = drawStill(spec);
    expect(container.querySelector('path[data-province="PK-KP"]')?.getAttribute('fill')).toBe(
      NO_DATA_FILL,
    );
  });
});
