import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedFiles } from '@/data/test-fixtures';
import { DEFAULT_FILTERS, YEAR_MAX, YEAR_MIN } from '@/features/filters/filter-config';
import { DEFAULT_DECK } from './default-deck';
import { MAX_SLIDES, parseDeck, parseDeckText, type Deck } from './deck-schema';

const slide = (patch: Record<string, unknown> = {}) => ({
  id: 'a',
  title: 'A slide',
  notes: '',
  view: { ...DEFAULT_FILTERS },
  ...patch,
});
const deckWith = (slides: unknown[], patch: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  title: 'Deck',
  slides,
  ...patch,
});
const errorsOf = (input: unknown) => {
  const result = parseDeck(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
};

describe('deck schema', () => {
  it('accepts the default deck, five to eight slides, unchanged', () => {
    const result = parseDeck(JSON.parse(JSON.stringify(DEFAULT_DECK)));
    expect(result).toEqual({ ok: true, deck: DEFAULT_DECK });
    expect(DEFAULT_DECK.slides.length).toBeGreaterThanOrEqual(5);
    expect(DEFAULT_DECK.slides.length).toBeLessThanOrEqual(8);
    expect(DEFAULT_DECK.title).toBe('Pakistan–Afghanistan relations: key figures');
  });

  it('names the field path of a year out of range', () => {
    const view = { ...DEFAULT_FILTERS, year: 1800 };
    const errors = errorsOf(deckWith([slide(), slide({ id: 'b' }), slide({ id: 'c', view })]));
    expect(errors).toEqual([
      `slide 3, view.year: expected a year between ${YEAR_MIN} and ${YEAR_MAX}`,
    ]);
  });

  it('reports every problem, each with its path', () => {
    const errors = errorsOf({
      schemaVersion: 2,
      title: '',
      slides: [
        slide({ id: 'x y', view: { ...DEFAULT_FILTERS, themes: ['security', 'weather'] } }),
        slide({ notes: 4, extra: true, view: { ...DEFAULT_FILTERS, year: '2021', colour: 'red' } }),
        slide({ id: 'a', view: { ...DEFAULT_FILTERS, range: [2010, 2000] } }),
      ],
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'schemaVersion: expected 1 (the deck file version this app reads)',
        'title: expected a deck title: it is empty',
        'slide 1, id: expected an id of 1–64 letters, digits, "-" or "_"',
        expect.stringMatching(/^slide 1, view\.themes: expected a list of themes/),
        'slide 2, notes: expected speaker notes as text ("" for none)',
        'slide 2: unknown key "extra"',
        'slide 2, view.colour: unknown key "colour"',
        `slide 2, view.year: expected a year between ${YEAR_MIN} and ${YEAR_MAX}`,
        expect.stringMatching(/^slide 3, view\.range: expected \[from, to\]/),
      ]),
    );
  });

  it('gives a view field left out its default, as a link does; refuses a duplicate slide id and a year outside the range', () => {
    const noTier: Partial<typeof DEFAULT_FILTERS> = { ...DEFAULT_FILTERS, tier: undefined };
    const read = parseDeck(deckWith([slide({ view: { ...noTier, tier: undefined } })]));
    expect(read.ok && read.deck.slides[0]?.view.tier).toBe('document');
    expect(errorsOf(deckWith([slide(), slide()]))).toEqual([
      'slide 2, id: expected a unique id; "a" is used by an earlier slide',
    ]);
    const outside = { ...DEFAULT_FILTERS, year: 1999, range: [2000, 2010] };
    expect(errorsOf(deckWith([slide({ view: outside })]))).toEqual([
      "slide 1, view.year: expected a year inside the view's range 2000–2010",
    ]);
  });

  it('reads lists through the URL codec: canonical order, no repeats, right types', () => {
    const view = { ...DEFAULT_FILTERS, themes: ['trade', 'security'], tables: ['opinion', 'map'] };
    const result = parseDeck(deckWith([slide({ view })]));
    expect(result.ok && result.deck.slides[0]?.view).toMatchObject({
      themes: ['security', 'trade'],
      tables: ['map', 'opinion'],
    });
    for (const bad of [
      { themes: ['security', 'security'] },
      { themes: 'security' },
      { range: ['2000', '2010'] },
      { province: 'no spaces allowed' },
      { tier: null },
      { focus: 'sources' },
    ]) {
      expect(
        parseDeck(deckWith([slide({ view: { ...DEFAULT_FILTERS, ...bad } })])).ok,
        JSON.stringify(bad),
      ).toBe(false);
    }
  });

  it('opens a deck that sets a retired filter (country), ignoring it', () => {
    const old = parseDeck(deckWith([slide({ view: { ...DEFAULT_FILTERS, country: 'PK' } })]));
    expect(old).toEqual({ ok: true, deck: deckWith([slide()]) });
  });

  it('caps the number of slides', () => {
    const many = Array.from({ length: MAX_SLIDES + 1 }, (_, i) => slide({ id: `s${i}` }));
    expect(errorsOf(deckWith(many))).toEqual([`slides: expected at most ${MAX_SLIDES} slides`]);
  });

  it('says when a file is not JSON at all', () => {
    const result = parseDeckText('{ "schemaVersion": 1,');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^the file is not valid JSON/);
  });

  it('never throws on arbitrary JSON or text: it returns a deck or errors', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseDeck(value);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseDeckText(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('never throws on decks with arbitrary values in any slide field', () => {
    const anyValue = fc.oneof(fc.jsonValue(), fc.constant(undefined));
    const key = fc.constantFrom(...Object.keys(DEFAULT_FILTERS), 'id', 'title', 'notes');
    fc.assert(
      fc.property(key, anyValue, (k, value) => {
        const view: Record<string, unknown> = { ...DEFAULT_FILTERS };
        const s: Record<string, unknown> = slide({ view });
        if (k in view) view[k] = value;
        else s[k] = value;
        const result = parseDeck(deckWith([s]));
        if (!result.ok) for (const e of result.errors) expect(e).toMatch(/^slide 1\b/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the default deck quotes only figures from the datasets', () => {
  const known = new Set<string>();
  const add = (n: number) => {
    for (const v of [n, n / 1000, n / 1_000_000]) known.add(String(Math.round(v * 1000) / 1000));
  };
  const walk = (value: unknown): void => {
    if (typeof value === 'number') add(value);
    else if (typeof value === 'string') {
      for (const m of value.matchAll(/\d[\d,]*(?:\.\d+)?/g)) add(Number(m[0].replace(/,/g, '')));
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const text of Object.values(shippedFiles)) walk(JSON.parse(text));
  // People per province = share × 1,400,000, computed as the data brief shows.
  [840_000, 280_000, 210_000, 70_000].forEach(add);

  it.each(DEFAULT_DECK.slides.map((s) => [s.id, s] as const))(
    '%s',
    (_id, s: Deck['slides'][number]) => {
      const numbers = `${s.title} ${s.notes}`.match(/\d[\d,]*(?:\.\d+)?/g) ?? [];
      const unknown = numbers.filter((n) => !known.has(String(Number(n.replace(/,/g, '')))));
      expect(unknown).toEqual([]);
      // Projected figures are said to be projected.
      if (/2024/.test(s.title) && s.view.tier === 'document' && /Table/.test(s.notes)) {
        expect(`${s.title} ${s.notes}`).toMatch(/projected/i);
      }
    },
  );
});
