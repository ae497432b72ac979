import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { geoBoundariesQuery, geoMetaQuery, parseBoundaries, parseGeoMeta } from '@/data/geo';
import { DatasetError } from '@/data/load';
import { loadShipped } from '@/data/test-fixtures';

const raw = import.meta.glob<string>('../../public/data/geo/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const file = (name: string) => {
  const entry = Object.entries(raw).find(([path]) => path.endsWith(`/${name}`));
  if (!entry) throw new Error(`public/data/geo/${name} is missing`);
  return JSON.parse(entry[1]) as Record<string, unknown>;
};

function issuesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).issues;
  }
  throw new Error('expected a DatasetError');
}

describe('parseBoundaries', () => {
  it('converts the shipped TopoJSON into the three layers with ISO 3166-2 ids', () => {
    const geo = parseBoundaries(file('boundaries.topo.json'));
    expect(geo.provinces.features).toHaveLength(41);
    const ids = geo.provinces.features.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['PK-KP', 'PK-BA', 'PK-PB', 'AF-PKA', 'AF-KAB']));
    expect(ids.every((id) => /^(PK|AF)-[A-Z]{2,3}$/.test(id))).toBe(true);
    expect(geo.provinces.features.every((f) => f.geometry.type.endsWith('Polygon'))).toBe(true);
    expect(geo.neighbours.features.map((f) => f.id).sort()).toEqual(
      ['CN', 'IN', 'IR', 'SIACHEN', 'TJ', 'TM', 'UZ'].sort(),
    );
    expect(geo.durand.features).toHaveLength(1);
    expect(geo.durand.features[0]?.geometry.type).toBe('MultiLineString');
  });

  it('keeps the notes the map must show: FATA on KP, Pakistan-administered Kashmir', () => {
    const geo = parseBoundaries(file('boundaries.topo.json'));
    const props = (id: string) => geo.provinces.features.find((f) => f.id === id)?.properties;
    expect(props('PK-KP')?.note).toMatch(/FATA.*2018/);
    expect(props('PK-JK')?.label).toBe('Azad Jammu and Kashmir (Pakistan-administered)');
    expect(props('PK-GB')?.label).toBe('Gilgit-Baltistan (Pakistan-administered)');
  });

  it("uses the refugee datasets' province ids (ISO 3166-2), so every share lands on a province", () => {
    const ids = new Set(
      parseBoundaries(file('boundaries.topo.json')).provinces.features.map((f) => f.id),
    );
    const shared = loadShipped()
      .refugees.provinceShares.flatMap((set) => set.shares.map((s) => s.provinceId))
      .filter((id) => id !== 'other');
    expect(shared.length).toBeGreaterThan(0);
    for (const id of shared) expect(ids, id).toContain(id);
  });

  it('gives each province one name: the map’s label, in meta.json and in the refugee figures', () => {
    const labels = new Map(
      parseBoundaries(file('boundaries.topo.json')).provinces.features.map((f) => [
        f.id,
        f.properties.label,
      ]),
    );
    for (const p of parseGeoMeta(file('meta.json')).provinces) {
      expect(p.name, p.id).toBe(labels.get(p.id));
    }
    for (const set of loadShipped().refugees.provinceShares)
      for (const s of set.shares.filter((x) => x.provinceId !== 'other'))
        expect(s.name, `${set.id} ${s.provinceId}`).toBe(labels.get(s.provinceId));
  });

  it('names the file and the field when an object is missing or malformed', () => {
    const topo = file('boundaries.topo.json');
    const objects = { ...(topo.objects as Record<string, unknown>) };
    delete objects.durand;
    expect(issuesOf(() => parseBoundaries({ ...topo, objects }))).toEqual([
      expect.stringMatching(/^geo\/boundaries\.topo\.json › objects\.durand: /),
    ]);

    const provinces = objects.provinces as { geometries: { id: string }[] };
    const badId = {
      ...provinces,
      geometries: [{ ...provinces.geometries[0], id: 'Balkh' }, ...provinces.geometries.slice(1)],
    };
    expect(
      issuesOf(() =>
        parseBoundaries({ ...topo, objects: { ...objects, provinces: badId, durand: {} } }),
      ),
    ).toEqual(
      expect.arrayContaining([
        'geo/boundaries.topo.json › objects.provinces.geometries[0].id: expected an ISO 3166-2 code',
      ]),
    );
    expect(issuesOf(() => parseBoundaries({ type: 'FeatureCollection' }))[0]).toMatch(
      /^geo\/boundaries\.topo\.json › type: /,
    );
  });
});

describe('parseGeoMeta', () => {
  it('reads the measured border length and the notes', () => {
    const meta = parseGeoMeta(file('meta.json'));
    expect(meta.durandLineKm).toBeCloseTo(2243.6, 1);
    expect(meta.fataMerged).toMatch(/2018/);
    expect(meta.provinces.find((p) => p.id === 'PK-BA')?.name).toBe('Balochistan');
    expect(meta.sources.map((s) => s.id)).toContain('natural-earth');
  });

  it('rejects a meta file without the measured length, naming the field', () => {
    const meta = file('meta.json');
    delete meta.durandLineKm;
    expect(issuesOf(() => parseGeoMeta(meta))).toEqual([
      expect.stringMatching(/^geo\/meta\.json › durandLineKm: /),
    ]);
  });
});

describe('geo queries', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetch, check the HTTP status and name the file on failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Not found', { status: 404, statusText: 'Not Found' })),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await expect(client.fetchQuery(geoBoundariesQuery)).rejects.toMatchObject({
      name: 'DatasetError',
      file: 'geo/boundaries.topo.json',
      kind: 'http',
      issues: ['geo/boundaries.topo.json: HTTP 404 Not Found'],
    });
    await expect(client.fetchQuery(geoMetaQuery)).rejects.toMatchObject({
      file: 'geo/meta.json',
      kind: 'http',
    });
  });

  it('turn invalid JSON into a DatasetError, and load the shipped meta file', async () => {
    const fetchMock = vi.fn(async (url: string) =>
      String(url).endsWith('meta.json')
        ? new Response(JSON.stringify(file('meta.json')))
        : new Response('{ not json'),
    );
    vi.stubGlobal('fetch', fetchMock);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await expect(client.fetchQuery(geoBoundariesQuery)).rejects.toMatchObject({
      file: 'geo/boundaries.topo.json',
      kind: 'json',
    });
    const meta = await client.fetchQuery(geoMetaQuery);
    expect(meta.durandLineKm).toBeGreaterThan(2000);
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual([
      expect.stringMatching(/data\/geo\/boundaries\.topo\.json$/),
      expect.stringMatching(/data\/geo\/meta\.json$/),
    ]);
  });
});
