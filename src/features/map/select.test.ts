import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadShipped } from '@/data/test-fixtures';
import type { TimelineEvent } from '@/data/schemas';
import { NO_DATA } from '@/lib/format';
import { projectedPatternId, provinceFill, provinceStyle } from './map-style';
import {
  buildChoropleth,
  CHOROPLETH_BREAKS,
  CHOROPLETH_COLOURS,
  classify,
  classLabel,
  classShortLabel,
  eventMatches,
  fullTable,
  labelRect,
  NO_DATA_FILL,
  NOT_APPLICABLE_FILL,
  pickShareSet,
  placeEvents,
  placeLabels,
  type ProvinceInfo,
  provinceRows,
  visibleEventIds,
  visibleTable,
} from './select';

const data = loadShipped();
const sets = data.refugees.provinceShares;

const PK = ['PK-KP', 'PK-PB', 'PK-BA', 'PK-SD', 'PK-IS', 'PK-JK', 'PK-GB'];
const provinces: ProvinceInfo[] = [
  ...PK.map((id) => ({ id, name: id, label: id, country: 'PK' as const })),
  { id: 'AF-PKA', name: 'Paktika', label: 'Paktika', country: 'AF' },
  { id: 'AF-KAB', name: 'Kabul', label: 'Kabul', country: 'AF' },
];

/** id → [class, fill] for the choropleth as the map draws it. */
function classesAndFills(tier: 'document' | 'public-series', year: number) {
  const c = buildChoropleth(provinces, sets, tier, year);
  return Object.fromEntries(
    c.figures.map((f) => [f.id, [f.status, f.classIndex, provinceFill(f, c.projected)]]),
  );
}

describe('classify', () => {
  it('puts each bound in the class it opens (lower bound included)', () => {
    expect(classify(0)).toBe(0);
    expect(classify(0.4)).toBe(0);
    expect(classify(1)).toBe(1);
    expect(classify(4.99)).toBe(1);
    expect(classify(5)).toBe(2);
    expect(classify(15)).toBe(3);
    expect(classify(29.9)).toBe(3);
    expect(classify(30)).toBe(4);
    expect(classify(100)).toBe(4);
  });

  it('gives no class to a missing or impossible share', () => {
    expect(classify(null)).toBeNull();
    expect(classify(undefined)).toBeNull();
    expect(classify(Number.NaN)).toBeNull();
    expect(classify(-1)).toBeNull();
    expect(classify(100.1)).toBeNull();
  });

  it('places every share in [0, 100] between its class bounds', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (p) => {
        const i = classify(p);
        expect(i).not.toBeNull();
        expect(p).toBeGreaterThanOrEqual(CHOROPLETH_BREAKS[i!]!);
        if (i! < CHOROPLETH_COLOURS.length - 1) expect(p).toBeLessThan(CHOROPLETH_BREAKS[i! + 1]!);
      }),
    );
  });

  it('labels the classes with their bounds', () => {
    expect(CHOROPLETH_COLOURS.map((_, i) => classLabel(i))).toEqual([
      'under 1%',
      '1% to under 5%',
      '5% to under 15%',
      '15% to under 30%',
      '30% or more',
    ]);
    expect(CHOROPLETH_COLOURS.map((_, i) => classShortLabel(i))).toEqual([
      '<1%',
      '1–5%',
      '5–15%',
      '15–30%',
      '≥30%',
    ]);
  });
});

describe('pickShareSet', () => {
  it("takes the year's own set, else the latest before it, never a later one", () => {
    expect(pickShareSet(sets, 'document', 2024)).toMatchObject({
      set: { id: 'jssa-2024-projection' },
      exactYear: true,
    });
    expect(pickShareSet(sets, 'public-series', 2024)).toMatchObject({
      set: { id: 'unhcr-2021-02' },
      exactYear: false,
    });
    expect(pickShareSet(sets, 'public-series', 2021).exactYear).toBe(true);
    expect(pickShareSet(sets, 'document', 2023)).toEqual({
      set: null,
      exactYear: false,
      earliestYear: 2024,
    });
    expect(pickShareSet(sets, 'public-series', 2020).set).toBeNull();
  });
});

describe('buildChoropleth', () => {
  it('shades the years one set covers alike, and years before any set as "no data"', () => {
    const at = (year: number) => buildChoropleth(provinces, sets, 'document', year);
    expect(at(2025).set).toEqual(at(2024).set);
    expect(at(2025).byId).toEqual(at(2024).byId);
    expect(at(2025).year).toBe(2025);
    expect(at(2023).set).toBeNull();
    expect(at(2023).byId.get('PK-KP')?.status).toBe('no-data');
    expect(at(2010).byId).toEqual(at(2023).byId);
  });

  it('documents tier, 2024: projected shares, hatched; unlisted provinces "no data"; Afghanistan n/a', () => {
    const c = buildChoropleth(provinces, sets, 'document', 2024);
    expect(c.projected).toBe(true);
    expect(classesAndFills('document', 2024)).toEqual({
      'PK-KP': ['value', 4, `url(#${projectedPatternId(4)})`],
      'PK-PB': ['value', 3, `url(#${projectedPatternId(3)})`],
      'PK-BA': ['value', 3, `url(#${projectedPatternId(3)})`],
      'PK-SD': ['no-data', null, NO_DATA_FILL],
      'PK-IS': ['no-data', null, NO_DATA_FILL],
      'PK-JK': ['no-data', null, NO_DATA_FILL],
      'PK-GB': ['no-data', null, NO_DATA_FILL],
      'AF-PKA': ['not-applicable', null, NOT_APPLICABLE_FILL],
      'AF-KAB': ['not-applicable', null, NOT_APPLICABLE_FILL],
    });
    expect(c.byId.get('PK-BA')).toMatchObject({
      percent: 15,
      people: 210_000,
      computation: '1,400,000 × 15% = 210,000',
    });
    expect(c.byId.get('PK-SD')).toMatchObject({ percent: null, people: null, computation: null });
  });

  it('states the unassigned share and never spreads it over provinces', () => {
    const c = buildChoropleth(provinces, sets, 'document', 2024);
    expect(c.other).toEqual({
      name: 'Other / not specified',
      percent: 5,
      people: 70_000,
      computation: '1,400,000 × 5% = 70,000',
    });
    expect(c.byId.has('other')).toBe(false);
    expect(c.figures.filter((f) => f.status === 'value').map((f) => f.percent)).toEqual([
      60, 20, 15,
    ]);
  });

  it('UNHCR series: observed shares in solid class colours; Gilgit-Baltistan "no data"; no people without a total', () => {
    const c = buildChoropleth(provinces, sets, 'public-series', 2024);
    expect(c.projected).toBe(false);
    expect(c.other).toBeNull();
    expect(classesAndFills('public-series', 2024)).toEqual({
      'PK-KP': ['value', 4, CHOROPLETH_COLOURS[4]],
      'PK-BA': ['value', 3, CHOROPLETH_COLOURS[3]],
      'PK-PB': ['value', 2, CHOROPLETH_COLOURS[2]],
      'PK-SD': ['value', 1, CHOROPLETH_COLOURS[1]],
      'PK-IS': ['value', 1, CHOROPLETH_COLOURS[1]],
      'PK-JK': ['value', 0, CHOROPLETH_COLOURS[0]],
      'PK-GB': ['no-data', null, NO_DATA_FILL],
      'AF-PKA': ['not-applicable', null, NOT_APPLICABLE_FILL],
      'AF-KAB': ['not-applicable', null, NOT_APPLICABLE_FILL],
    });
    expect(c.byId.get('PK-KP')).toMatchObject({ percent: 58.1, people: null, computation: null });
  });

  it('a year before any set: every Pakistani province "no data", none shaded', () => {
    const c = buildChoropleth(provinces, sets, 'document', 2010);
    expect(c.set).toBeNull();
    expect(c.figures.filter((f) => f.country === 'PK').every((f) => f.status === 'no-data')).toBe(
      true,
    );
    expect(new Set(c.figures.map((f) => provinceFill(f, c.projected)))).toEqual(
      new Set([NO_DATA_FILL, NOT_APPLICABLE_FILL]),
    );
  });

  it('draws "no data" and "not applicable" unlike any class colour', () => {
    for (const fill of [NO_DATA_FILL, NOT_APPLICABLE_FILL]) {
      expect(CHOROPLETH_COLOURS).not.toContain(fill);
    }
    const style = provinceStyle(
      { status: 'no-data', classIndex: null },
      { projected: false, basemap: false },
    );
    expect(style.fillColor).toBe(NO_DATA_FILL);
    expect(provinceStyle(undefined, { projected: true, basemap: true }).fillColor).toBe(
      NO_DATA_FILL,
    );
  });
});

describe('tables', () => {
  it('lists every province, "no data" where none, and the unassigned share after Pakistan', () => {
    const rows = provinceRows(buildChoropleth(provinces, sets, 'document', 2024));
    expect(rows.map((r) => r.id)).toEqual([
      'PK-KP',
      'PK-PB',
      'PK-BA',
      'PK-GB',
      'PK-IS',
      'PK-JK',
      'PK-SD',
      'other',
      'AF-KAB',
      'AF-PKA',
    ]);
    expect(rows.find((r) => r.id === 'PK-SD')).toMatchObject({ share: NO_DATA, people: NO_DATA });
    expect(rows.find((r) => r.id === 'AF-KAB')).toMatchObject({ share: 'not applicable' });
    expect(rows.find((r) => r.id === 'other')).toMatchObject({
      name: 'Other / not specified (not assigned to any province)',
      share: '5%',
      people: '1,400,000 × 5% = 70,000',
    });
    expect(rows.some((r) => r.share === '0%' || r.people === '0')).toBe(false);
  });

  it('exports null, never 0, for missing figures; the full table has both tiers', () => {
    const visible = visibleTable(buildChoropleth(provinces, sets, 'public-series', 2024));
    const gb = visible.rows.find((r) => r.province_id === 'PK-GB');
    expect(gb).toMatchObject({ share_percent: null, people: null, figure: 'no-data' });
    expect(visible.rows.find((r) => r.province_id === 'PK-KP')).toMatchObject({
      share_percent: 58.1,
      people: null,
      status: 'observed',
      as_of: '2021-02-28',
    });

    const full = fullTable(provinces, sets);
    expect(new Set(full.rows.map((r) => r.tier))).toEqual(new Set(['document', 'public-series']));
    expect(full.rows.filter((r) => r.province_id === 'PK-BA').map((r) => r.share_percent)).toEqual([
      15, 22.8,
    ]);
    expect(full.rows.filter((r) => r.province_id === 'other')).toHaveLength(1);
    expect(full.rows.every((r) => r.share_percent !== 0)).toBe(true);
  });
});

describe('events on the map', () => {
  const ev = (over: Partial<TimelineEvent>): TimelineEvent => ({
    id: 'x',
    when: '2000',
    yearFrom: 2000,
    yearTo: 2000,
    label: 'x',
    themes: ['security'],
    sources: ['jssa-2025'],
    placeId: 'kabul',
    ...over,
  });

  it('match the year range by overlap, inclusive at both ends', () => {
    const decade = ev({ yearFrom: 1970, yearTo: 1979 });
    expect(eventMatches(decade, [1975, 1976], [])).toBe(true);
    expect(eventMatches(decade, [1979, 2025], [])).toBe(true);
    expect(eventMatches(decade, [1893, 1970], [])).toBe(true);
    expect(eventMatches(decade, [1980, 2025], [])).toBe(false);
    expect(eventMatches(decade, [1893, 1969], [])).toBe(false);
  });

  it('match the themes: none chosen means all; otherwise one shared theme', () => {
    const e = ev({ themes: ['security', 'border'] });
    expect(eventMatches(e, [1893, 2025], [])).toBe(true);
    expect(eventMatches(e, [1893, 2025], ['border'])).toBe(true);
    expect(eventMatches(e, [1893, 2025], ['trade', 'refugees'])).toBe(false);
  });

  it('keep only events with a known place, fanned out per place in time order', () => {
    const placed = placeEvents(data.events.events, data.places.places);
    expect(placed.map((p) => p.event.id)).toEqual([
      'embassy-closed-1994',
      'taliban-take-kabul-2021',
      'foreign-ministers-meet',
      'paktika-airstrikes',
    ]);
    expect(placed.filter((p) => p.place.id === 'kabul').map((p) => [p.index, p.count])).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const unknown = placeEvents(
      [ev({ placeId: 'atlantis' }), ev({ placeId: null })],
      data.places.places,
    );
    expect(unknown).toEqual([]);
  });

  it('show the shipped events the filters select', () => {
    const placed = placeEvents(data.events.events, data.places.places);
    expect([...visibleEventIds(placed, [2020, 2025], [])]).toEqual([
      'taliban-take-kabul-2021',
      'foreign-ministers-meet',
      'paktika-airstrikes',
    ]);
    expect([...visibleEventIds(placed, [1893, 2025], ['diplomacy'])]).toEqual([
      'embassy-closed-1994',
      'foreign-ministers-meet',
    ]);
    expect(visibleEventIds(placed, [1893, 1990], ['security']).size).toBe(0);
  });
});

describe('placeLabels', () => {
  const view = { width: 400, height: 300 };
  const label = (id: string, x: number, y: number) => ({ id, x, y, width: 40, height: 12, gap: 9 });

  it('puts a label on the right when that side is free', () => {
    expect(placeLabels([label('a', 100, 100)], [], view).get('a')).toBe('right');
  });

  it('moves a label off a symbol, and off a label placed before it', () => {
    const sides = placeLabels(
      [label('a', 100, 100), label('b', 100, 130)],
      [{ x: 115, y: 95, width: 10, height: 10 }],
      view,
    );
    expect(sides.get('a')).toBe('left');
    expect(labelRect(label('a', 100, 100), 'left').x).toBe(51);
    expect(sides.get('b')).toBe('right');
  });

  it('keeps labels inside the view and hides one with no free side', () => {
    expect(placeLabels([label('edge', 390, 100)], [], view).get('edge')).toBe('left');
    const boxedIn = placeLabels(
      [label('a', 100, 100)],
      [{ x: 0, y: 0, width: 400, height: 300 }],
      view,
    );
    expect(boxedIn.get('a')).toBeNull();
  });
});
