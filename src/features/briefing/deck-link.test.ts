import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '@/features/filters/filter-config';
import { validView as view } from '@/test/filter-arbitrary';
import { DEFAULT_DECK } from './default-deck';
import { decodeDeckHash, deckLink, encodeDeckHash, MAX_LINK_LENGTH } from './deck-link';
import type { Deck } from './deck-schema';

const text = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: max })
    .filter((s) => s.trim() === s && s !== '');
const deck: fc.Arbitrary<Deck> = fc.record({
  schemaVersion: fc.constant(1 as const),
  title: text(40),
  slides: fc
    .array(fc.record({ title: text(40), notes: fc.string({ maxLength: 80 }), view }), {
      maxLength: 6,
    })
    .map((slides) => slides.map((s, i) => ({ id: `s${i + 1}`, ...s }))),
});

describe('deck links', () => {
  it('round-trips any valid deck (slide ids are given afresh as s1, s2, …)', async () => {
    await fc.assert(
      fc.asyncProperty(deck, async (d) => {
        const hash = await encodeDeckHash(d);
        expect(hash).toMatch(/^#deck=[A-Za-z0-9_-]+$/);
        expect(await decodeDeckHash(hash)).toEqual({ ok: true, deck: d });
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on arbitrary text: it returns a deck or errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.base64String()), async (s) => {
        const result = await decodeDeckHash(`#deck=${s}`);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a damaged link and a view the URL codec cannot read', async () => {
    const hash = await encodeDeckHash({ ...DEFAULT_DECK, slides: DEFAULT_DECK.slides.slice(0, 1) });
    // Cut by a multiple of 4 characters, so what is left is still base64url, but not the deck.
    const cut = await decodeDeckHash(hash.slice(0, -8));
    expect(cut).toEqual({ ok: false, errors: [expect.stringMatching(/damaged/)] });
    expect(await decodeDeckHash('#deck=***')).toEqual({
      ok: false,
      errors: ['the link’s deck is not valid base64url text'],
    });

    const bytes = new TextEncoder().encode(
      JSON.stringify({ v: 1, t: 'T', s: [['A', '', '?year=1700']] }),
    );
    const body = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
    const deflated = new Uint8Array(await new Response(body).arrayBuffer());
    const payload = btoa(String.fromCharCode(...deflated))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    expect(await decodeDeckHash(payload)).toEqual({
      ok: false,
      errors: ['slide 1, view: could not read year=1700'],
    });
  });

  it('keeps the shipped deck under the link budget and says when a deck is too large', async () => {
    const ok = await deckLink(DEFAULT_DECK, 'https://example.org/dashboard/');
    expect(ok.ok && ok.url.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(ok.ok && (await decodeDeckHash(new URL(ok.url).hash))).toMatchObject({ ok: true });
    const big = {
      ...DEFAULT_DECK,
      slides: Array.from({ length: 60 }, (_, i) => ({
        id: `s${i}`,
        title: `Slide ${i} ${Math.random()}`,
        notes: Array.from({ length: 20 }, () => Math.random().toString(36)).join(' '),
        view: { ...DEFAULT_FILTERS, year: 1900 + i },
      })),
    };
    const tooBig = await deckLink(big, 'https://example.org/');
    expect(tooBig).toEqual({ ok: false, length: expect.any(Number) });
    expect(!tooBig.ok && tooBig.length).toBeGreaterThan(MAX_LINK_LENGTH);
  });
});
