import { describe, expect, it } from 'vitest';
import { DEFAULT_DECK } from './default-deck';
import { embedDeck, readEmbeddedDeck } from './briefing-file';
import type { Deck } from './deck-schema';

const PAGE =
  '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Briefing</title>' +
  '<script type="module">console.log("app")</script></head><body><div id="root"></div></body></html>';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const hostile: Deck = {
  ...DEFAULT_DECK,
  title: 'A </script><script>alert(1)</script> deck',
  slides: [{ ...DEFAULT_DECK.slides[0]!, notes: '<!-- not a comment --> & <b>bold</b>' }],
};

describe('a deck embedded in the briefing file', () => {
  it('reads back as the same deck, the page around it unchanged', () => {
    const html = embedDeck(PAGE, DEFAULT_DECK);
    expect(readEmbeddedDeck(parse(html))).toEqual({ ok: true, deck: DEFAULT_DECK });
    const doc = parse(html);
    expect(doc.querySelector('script[type=module]')?.textContent).toBe('console.log("app")');
    expect(doc.title).toBe('Briefing');
  });

  it('keeps text that looks like markup as text: it cannot close the script or add one', () => {
    const html = embedDeck(PAGE, hostile);
    expect(html).not.toContain('</script><script>alert');
    const doc = parse(html);
    expect(doc.querySelectorAll('script')).toHaveLength(2);
    expect(readEmbeddedDeck(doc)).toEqual({ ok: true, deck: hostile });
  });

  it('gives none for a page without one, and the field path for an invalid one', () => {
    expect(readEmbeddedDeck(parse(PAGE))).toBeNull();
    const bad = embedDeck(PAGE, DEFAULT_DECK).replace('"schemaVersion":1', '"schemaVersion":2');
    expect(readEmbeddedDeck(parse(bad))).toEqual({
      ok: false,
      errors: ['schemaVersion: expected 1 (the deck file version this app reads)'],
    });
  });
});
