import { describe, expect, it } from 'vitest';
import { auditDatasets, formatAuditIssue } from '@/data/audit';
import { parseDatasetText } from '@/data/load';
import { DATASETS, DATASET_NAMES } from '@/data/schemas';
import { loadShipped, shippedFiles, shippedText } from '@/data/test-fixtures';

describe('shipped datasets', () => {
  it('public/data holds exactly the registered files', () => {
    const registered = Object.values(DATASETS)
      .map((d) => d.file)
      .sort();
    expect(Object.keys(shippedFiles).sort()).toEqual(registered);
  });

  it.each(DATASET_NAMES)('%s validates against its schema', (name) => {
    expect(() => parseDatasetText(name, shippedText(name))).not.toThrow();
  });

  it('passes the consistency audit with zero issues', () => {
    const issues = auditDatasets(loadShipped()).map(formatAuditIssue);
    expect(issues).toEqual([]);
  });

  it('has no zero standing in for a missing figure', () => {
    // The only zeros are the ones UNHCR publishes in its series; anywhere else a 0 would be a gap
    // filled in by mistake.
    const zeros: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (value === 0) zeros.push(path);
      else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value !== null && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    for (const [file, text] of Object.entries(shippedFiles)) walk(JSON.parse(text), file);
    expect(zeros.filter((p) => !p.startsWith('refugees.json.unhcrSeries.records['))).toEqual([]);
  });
});

describe('figures match the data brief', () => {
  const data = loadShipped();

  it('security incidents: 2020, 2021, 2023 observed totals; 2024 projected breakdown; no 2022', () => {
    const { records, coverage } = data.securityIncidents;
    expect(coverage).toEqual({ from: 2020, to: 2024 });
    expect(records.map((r) => [r.year, r.total, r.status])).toEqual([
      [2020, 270, 'observed'],
      [2021, 370, 'observed'],
      [2023, 310, 'observed'],
      [2024, 290, 'projected'],
    ]);
    expect(records.find((r) => r.year === 2022)).toBeUndefined();
    expect(records.filter((r) => r.breakdown !== null).map((r) => r.year)).toEqual([2024]);
    expect(records.at(-1)).toMatchObject({
      breakdown: {
        crossBorderAttacks: 140,
        militantActivities: 80,
        counterTerrorismOperations: 70,
      },
      locator: 'Table 3',
    });
    // JSSA cites SATP and ACLED for 2020 and 2021; the sentences giving 2023's 310 cite nothing,
    // and neither does Table 3.
    expect(records.map((r) => r.originalSource)).toEqual([
      'SATP 2023; ACLED 2023',
      'SATP 2023; ACLED 2023',
      null,
      null,
    ]);
  });

  it('trade: totals for 2019, 2021, 2022; 2024 projection 1400 / 350 / 1750 / +1050', () => {
    const { records } = data.trade;
    expect(records.map((r) => r.year)).toEqual([2019, 2021, 2022, 2024]);
    expect(records.map((r) => r.total)).toEqual([1700, 1200, 1900, 1750]);
    for (const r of records.slice(0, 3)) {
      expect([r.exports, r.imports, r.balance, r.status]).toEqual([null, null, null, 'observed']);
    }
    expect(records[3]).toMatchObject({
      year: 2024,
      exports: 1400,
      imports: 350,
      total: 1750,
      balance: 1050,
      status: 'projected',
      locator: 'Table 1',
    });
  });

  it('refugees: document totals and province shares', () => {
    const { documentTotals, provinceShares, related } = data.refugees;
    expect(documentTotals).toMatchObject([
      // The document dates the count only by its citation (UNHCR, 2023): no year.
      {
        year: null,
        value: 1_420_000,
        change: null,
        status: 'observed',
        originalSource: 'UNHCR 2023',
      },
      {
        year: 2024,
        value: 1_400_000,
        change: -1.4,
        status: 'projected',
        locator: 'Table 2',
        originalSource: null,
      },
    ]);
    const shares = (id: string) =>
      Object.fromEntries(
        provinceShares.find((s) => s.id === id)!.shares.map((s) => [s.provinceId, s.percent]),
      );
    expect(shares('jssa-2024-projection')).toEqual({
      'PK-KP': 60,
      'PK-PB': 20,
      'PK-BA': 15,
      other: 5,
    });
    expect(shares('unhcr-2021-02')).toEqual({
      'PK-KP': 58.1,
      'PK-BA': 22.8,
      'PK-PB': 11.7,
      'PK-SD': 4.6,
      'PK-IS': 2.4,
      'PK-JK': 0.4,
    });
    expect(provinceShares.find((s) => s.id === 'unhcr-2021-02')).toMatchObject({
      asOf: '2021-02-28',
      basisTotal: null,
      tier: 'public-series',
    });
    expect(related).toMatchObject([
      {
        id: 'expelled-undocumented',
        value: 500_000,
        period: 'not dated; reported 21 Jan 2025 (article date)',
      },
      { id: 'jssa-more-than-1-4-million', value: 1_400_000 },
    ]);
  });

  it('UNHCR series: 47 rows, 1979–2025, exactly the brief’s table', () => {
    const rows = data.refugees.unhcrSeries.records;
    expect(rows).toHaveLength(47);
    expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 47 }, (_, i) => 1979 + i));
    const row = (year: number) => rows.find((r) => r.year === year);
    expect(row(1979)).toEqual({
      year: 1979,
      refugees: 400_000,
      asylumSeekers: 0,
      returned: 0,
      othersOfConcern: 0,
    });
    expect(row(1992)?.returned).toBe(1_360_000);
    expect(row(2002)?.returned).toBe(1_569_248);
    expect(row(2023)?.refugees).toBe(1_987_717);
    expect(row(2024)).toEqual({
      year: 2024,
      refugees: 1_559_964,
      asylumSeekers: 198_610,
      returned: 126_812,
      othersOfConcern: 798_348,
    });
    expect(row(2025)).toEqual({
      year: 2025,
      refugees: 1_158_538,
      asylumSeekers: 119_251,
      returned: 558_359,
      othersOfConcern: 566_430,
    });
    // Column sums of the brief's table, computed from the brief itself: any mistyped cell shows here.
    const sum = (key: 'refugees' | 'asylumSeekers' | 'returned' | 'othersOfConcern') =>
      rows.reduce((acc, r) => acc + r[key], 0);
    expect(sum('refugees')).toBe(84_667_520);
    expect(sum('asylumSeekers')).toBe(517_325);
    expect(sum('returned')).toBe(7_526_715);
    expect(sum('othersOfConcern')).toBe(1_364_880);
  });

  it('opinion: 2023 reports only negative and trade; 2024 is Table 5', () => {
    const [s2023, s2024] = data.opinion.surveys;
    expect(s2023).toMatchObject({ year: 2023, status: 'observed' });
    expect(s2023!.responses).toEqual([
      { questionId: 'negative', pakistan: 60, afghanistan: 70 },
      { questionId: 'trade', pakistan: 70, afghanistan: 65 },
    ]);
    expect(s2024).toMatchObject({ year: 2024, status: 'projected', locator: 'Table 5' });
    expect(s2024!.responses.map((r) => [r.questionId, r.pakistan, r.afghanistan])).toEqual([
      ['positive', 30, 20],
      ['negative', 55, 65],
      ['neutral', 15, 15],
      ['trade', 75, 70],
      ['counterTerrorism', 55, 45],
    ]);
    expect(s2024!.note).toContain('Belarus and Ukraine');
  });

  it('connectivity: Table 4, APTTA investment n/a, TAPI facts', () => {
    const { initiatives, facts } = data.connectivity;
    expect(initiatives.map((i) => [i.id, i.investment, i.tradeGain])).toEqual([
      ['cpec', 65, 12],
      ['aptta', null, 3],
      ['casa-1000', 1.5, 0.8],
      ['tapi', 12, 2],
    ]);
    expect(facts.map((f) => [f.id, f.value, f.unit])).toEqual([
      ['tapi-length', 1000, 'miles'],
      ['tapi-capacity', 33, 'billion cubic metres per year'],
      ['tapi-transit-fees', 1.4, 'USD billion'],
    ]);
  });

  it('border: the four documented lengths, each traceable to its own source', () => {
    expect(data.border.lengths.map((l) => [l.km, l.sources])).toEqual([
      [2430, ['cia-factbook-2014']],
      [2611, ['ispr-2018']],
      [2670, ['cia-factbook-2023']],
      [2670, ['security-dilemma']],
      [2600, ['karzai-era']],
    ]);
  });

  it('events: the 19 timeline entries, places only where the event names one', () => {
    const { events } = data.events;
    expect(events).toHaveLength(19);
    const withPlace = events.filter((e) => e.placeId !== null).map((e) => [e.when, e.placeId]);
    expect(withPlace).toEqual([
      ['July 1994', 'kabul'],
      ['15 Aug 2021', 'kabul'],
      ['May 2023', 'islamabad'],
      ['reported 21 Jan 2025 (article date)', 'paktika'],
    ]);
    // Punjab Today dates none of these: they are placed at the article's date and say so.
    for (const id of ['expulsions-reported-2025', 'paktika-airstrikes', 'ttp-checkpoint-attack'])
      expect(events.find((e) => e.id === id)).toMatchObject({
        when: 'reported 21 Jan 2025 (article date)',
        yearFrom: 2025,
        yearTo: 2025,
      });
  });

  it('places: the three crossings at the brief’s coordinates, all approximate', () => {
    const { places } = data.places;
    const crossings = places.filter((p) => p.kind === 'crossing').map((p) => [p.id, p.lat, p.lon]);
    expect(crossings).toEqual([
      ['torkham', 34.1147, 71.0847],
      ['chaman-spin-boldak', 30.9222, 66.4447],
      ['angoor-adda', 32.5156, 69.2825],
    ]);
    expect(places.every((p) => p.approximate && p.sources.includes('gazetteer'))).toBe(true);
  });

  it('key figures', () => {
    expect(data.keyFigures.figures.map((f) => [f.id, f.value, f.display])).toEqual([
      ['terror-fatalities-rise-2023', 56, '+56%'],
      ['terror-fatalities-2023', 1500, 'over 1,500'],
      ['security-personnel-killed-2023', 500, '500'],
      ['paktika-airstrikes-killed', 46, '46'],
      ['ttp-checkpoint-attack', 16, '16'],
      ['taliban-fighters-mir-ali', 15000, 'around 15,000'],
    ]);
  });

  it('discrepancies: every disagreement in the brief, the TAPI typo without a value', () => {
    const byId = new Map(data.discrepancies.discrepancies.map((d) => [d.id, d]));
    expect([...byId.keys()]).toEqual([
      'refugee-total-documents',
      'refugee-total-documents-vs-unhcr',
      'refugee-province-shares',
      'cpec-investment',
      'aptta-trade-gain',
      'border-length',
      'tapi-cost',
      'recognition-of-taliban-2021',
      'refugee-total-mumtaz-vs-unhcr',
      'refugee-host-provinces-jssa-text-vs-table',
      'trade-growth-jssa-text-vs-table',
      'security-trend-jssa-text-vs-figures',
      'fatalities-rise-vs-incidents-fall',
      'refugee-trend-stable-vs-movement',
      'cpec-trade-gain',
    ]);
    const values = (id: string) => byId.get(id)!.claims.map((c) => c.value);
    expect(values('refugee-total-documents')).toEqual([1_420_000, 1_400_000, 2_600_000]);
    expect(values('refugee-total-documents-vs-unhcr')).toEqual([
      1_420_000, 1_987_717, 1_400_000, 1_559_964,
    ]);
    expect(values('cpec-investment')).toEqual([62, 65]);
    expect(values('aptta-trade-gain')).toEqual([2, 2, 3]);
    expect(values('recognition-of-taliban-2021')).toEqual([null, null, null]);
    expect(values('refugee-total-mumtaz-vs-unhcr')).toEqual([
      2_600_000, 3_098_000, 1_627_000, 2_197_821,
    ]);
    expect(values('security-trend-jssa-text-vs-figures')).toEqual([
      null,
      null,
      null,
      370,
      310,
      290,
    ]);
    expect(values('cpec-trade-gain')).toEqual([62, 62, 12]);
    expect(values('refugee-trend-stable-vs-movement')).toEqual([null, null, null, 500_000]);
    expect(values('border-length')).toEqual([2430, 2611, 2670, 2670, 2600]);
    expect(values('tapi-cost')).toEqual([12, null]);
  });
});
