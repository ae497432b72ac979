import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS } from '@/features/filters/filter-config';
import { DEFAULT_DECK } from './default-deck';
import { DECK_STORAGE_KEY, UNREADABLE_DECK_KEY, useDeckStore } from './deck-store';

const store = () => useDeckStore.getState();
const titles = () => store().deck.slides.map((s) => s.title);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const emptyDeck = { ...DEFAULT_DECK, title: 'Mine', slides: [] };

beforeEach(() => {
  window.localStorage.clear();
  useDeckStore.setState({ deck: emptyDeck, previous: null, notice: null, unsaved: null });
});

describe('deck store', () => {
  it('says when storage is full, keeps the deck in memory, and saves on a later change', async () => {
    const full = vi.spyOn(window.localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store().addSlide(DEFAULT_FILTERS, 'Kept');
    store().renameDeck('Renamed');
    await flush();
    expect(store().unsaved).toBe('This browser’s storage is full');
    expect(store().deck.title).toBe('Renamed');
    expect(titles()).toEqual(['Kept']);
    full.mockRestore();
    store().renameDeck('Saved');
    await flush();
    expect(store().unsaved).toBeNull();
    expect(JSON.parse(window.localStorage.getItem(DECK_STORAGE_KEY)!).state.deck.title).toBe(
      'Saved',
    );
  });

  it('adds the current view as a slide, renames it, edits its notes', () => {
    const view = { ...DEFAULT_FILTERS, year: 2021, focus: 'security' as const };
    const added = store().addSlide(view, 'Security, 2021')!;
    expect(store().deck.slides).toEqual([
      { id: added.id, title: 'Security, 2021', notes: '', view },
    ]);
    store().renameSlide(added.id, 'Incidents in 2021');
    store().setNotes(added.id, '370 incidents (JSSA 2025).');
    expect(store().deck.slides[0]).toMatchObject({
      title: 'Incidents in 2021',
      notes: '370 incidents (JSSA 2025).',
    });
    const second = store().addSlide(DEFAULT_FILTERS);
    expect(second?.title).toBe('Slide 2');
    expect(second?.id).not.toBe(added?.id);
  });

  it('deletes a slide with undo, which later edits forget', () => {
    const a = store().addSlide(DEFAULT_FILTERS, 'A')!;
    const b = store().addSlide(DEFAULT_FILTERS, 'B')!;
    store().deleteSlide(a.id);
    expect(titles()).toEqual(['B']);
    expect(store().notice).toEqual({ kind: 'info', text: 'Deleted “A”.', undo: true });
    store().undoReplace();
    expect(titles()).toEqual(['A', 'B']);
    store().deleteSlide(b.id);
    store().renameSlide(a.id, 'A2');
    expect(store().notice).toBeNull();
    store().undoReplace();
    expect(titles()).toEqual(['A2']);
  });

  it('reorders and deletes slides, ignoring moves past either end', () => {
    const [a, b, c] = ['A', 'B', 'C'].map((t) => store().addSlide(DEFAULT_FILTERS, t));
    store().moveSlide(c!.id, -1);
    expect(titles()).toEqual(['A', 'C', 'B']);
    store().moveSlide(a!.id, -1);
    store().moveSlide(b!.id, 1);
    expect(titles()).toEqual(['A', 'C', 'B']);
    store().moveSlide(a!.id, 1);
    expect(titles()).toEqual(['C', 'A', 'B']);
    store().deleteSlide(a!.id);
    expect(titles()).toEqual(['C', 'B']);
  });

  it('changes a slide’s panel in focus and its view', () => {
    const s = store().addSlide(DEFAULT_FILTERS, 'S')!;
    store().setSlideFocus(s.id, 'trade');
    expect(store().deck.slides[0]?.view.focus).toBe('trade');
    store().setSlideView(s.id, { ...DEFAULT_FILTERS, year: 1979 });
    expect(store().deck.slides[0]?.view).toEqual({ ...DEFAULT_FILTERS, year: 1979 });
  });

  it('refuses an invalid import, says why with the field path, and keeps the old deck', () => {
    store().addSlide(DEFAULT_FILTERS, 'Keep me');
    const before = store().deck;
    const broken = {
      ...DEFAULT_DECK,
      slides: DEFAULT_DECK.slides.map((s, i) =>
        i === 2 ? { ...s, view: { ...s.view, year: 3000 } } : s,
      ),
    };
    expect(store().replaceDeck(broken, 'broken.json')).toBe(false);
    expect(store().deck).toBe(before);
    expect(store().notice).toEqual({
      kind: 'error',
      text: 'broken.json was not loaded: it is not a valid deck. Your deck is unchanged.',
      details: ['slide 3, view.year: expected a year between 1893 and 2025'],
    });
    expect(
      JSON.parse(window.localStorage.getItem(DECK_STORAGE_KEY)!).state.deck.slides[0].title,
    ).toBe('Keep me');
  });

  it('imports a valid deck, and undo brings the old one back', () => {
    store().addSlide(DEFAULT_FILTERS, 'Mine');
    const mine = store().deck;
    expect(store().replaceDeck(JSON.parse(JSON.stringify(DEFAULT_DECK)), 'deck.json')).toBe(true);
    expect(store().deck).toEqual(DEFAULT_DECK);
    expect(store().notice?.text).toMatch(
      /^Loaded “Pakistan–Afghanistan relations: key figures” \(8 slides\)/,
    );
    store().undoReplace();
    expect(store().deck).toBe(mine);
  });

  it('saves a deck whose titles are valid even while one is being retyped', () => {
    const s = store().addSlide(DEFAULT_FILTERS, 'Title')!;
    store().renameSlide(s.id, '   ');
    expect(store().deck.slides[0]?.title).toBe('   ');
    const saved = JSON.parse(window.localStorage.getItem(DECK_STORAGE_KEY)!);
    expect(saved.state.deck.slides[0].title).toBe('Slide 1');
  });
});

describe('deck storage', () => {
  it('loads a saved deck', async () => {
    const saved = { ...DEFAULT_DECK, title: 'Saved', slides: DEFAULT_DECK.slides.slice(0, 2) };
    window.localStorage.setItem(
      DECK_STORAGE_KEY,
      JSON.stringify({ state: { deck: saved }, version: 1 }),
    );
    await useDeckStore.persist.rehydrate();
    expect(store().deck).toEqual(saved);
    expect(store().notice).toBeNull();
  });

  it.each([
    ['not JSON', '{"state": {"deck":', 'the saved value is not valid JSON'],
    [
      'not a deck',
      JSON.stringify({ state: { deck: { ...DEFAULT_DECK, schemaVersion: 9 } }, version: 1 }),
      'deck.schemaVersion: expected 1 (the deck file version this app reads)',
    ],
    ['a stray value', '42', 'deck: expected object, received undefined'],
  ])(
    'falls back to the default deck when the saved value is %s, and keeps a copy',
    async (_what, raw, detail) => {
      window.localStorage.setItem(DECK_STORAGE_KEY, raw);
      await useDeckStore.persist.rehydrate();
      await flush();
      expect(store().deck).toEqual(DEFAULT_DECK);
      expect(store().notice?.kind).toBe('error');
      expect(store().notice?.text).toMatch(/^Your saved deck could not be read/);
      expect(store().notice?.details?.[0]).toBe(detail);
      expect(window.localStorage.getItem(UNREADABLE_DECK_KEY)).toBe(raw);
    },
  );
});
