import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import type { FilterState, PanelId } from '@/features/filters/filter-config';
import { DEFAULT_DECK } from './default-deck';
import { MAX_NOTES, MAX_SLIDES, MAX_TITLE, parseDeck, type Deck, type Slide } from './deck-schema';

/** The localStorage key; the version in it changes when the stored shape does. */
export const DECK_STORAGE_KEY = 'pak-afghan-dashboard:briefing-deck:v1';
/** Where an unreadable saved deck is moved, so that falling back to the default loses nothing. */
export const UNREADABLE_DECK_KEY = `${DECK_STORAGE_KEY}:unreadable`;

export interface DeckNotice {
  kind: 'info' | 'error';
  text: string;
  /** Further lines: the problems found, each with its field path. */
  details?: readonly string[];
  /** The notice reports a change that "Undo" takes back. */
  undo?: boolean;
}

interface DeckState {
  deck: Deck;
  /** The deck before the last replacement (import, shared link, reset), for "Undo". */
  previous: Deck | null;
  notice: DeckNotice | null;
  /** Why the last change could not be saved in this browser, until a later change is saved. */
  unsaved: string | null;
}

interface DeckActions {
  /** Adds a slide at the end; null when the deck is full. */
  addSlide: (view: FilterState, title?: string) => Slide | null;
  renameSlide: (id: string, title: string) => void;
  setNotes: (id: string, notes: string) => void;
  setSlideFocus: (id: string, focus: PanelId | null) => void;
  /** Replaces a slide's view with another (the dashboard's current one). */
  setSlideView: (id: string, view: FilterState) => void;
  moveSlide: (id: string, by: -1 | 1) => void;
  deleteSlide: (id: string) => void;
  renameDeck: (title: string) => void;
  /**
   * Checks a deck (from a file or a link) and, only if it is valid, makes it the deck; the old one
   * can be brought back with `undoReplace`. An invalid deck changes nothing and sets a notice that
   * lists what is wrong. Returns whether the deck was taken.
   */
  replaceDeck: (input: unknown, from: string) => boolean;
  undoReplace: () => void;
  resetToDefault: () => void;
  setNotice: (notice: DeckNotice | null) => void;
}

export type DeckStore = DeckState & DeckActions;

function newSlideId(slides: readonly Slide[]): string {
  const taken = new Set(slides.map((s) => s.id));
  for (;;) {
    const id = `slide-${Math.random().toString(36).slice(2, 10)}`;
    if (!taken.has(id)) return id;
  }
}

const clampTitle = (title: string, fallback: string) =>
  (title.trim() || fallback).slice(0, MAX_TITLE);

const mapSlide = (deck: Deck, id: string, change: (s: Slide) => Slide): Deck => ({
  ...deck,
  slides: deck.slides.map((s) => (s.id === id ? change(s) : s)),
});

/** An ordinary edit: the deck changes, and what "Undo" would have taken back is forgotten. */
const edit =
  (change: (deck: Deck) => Deck) =>
  (s: DeckState): Partial<DeckState> => ({
    deck: change(s.deck),
    previous: null,
    notice: s.notice?.undo ? null : s.notice,
  });

let storageProblem: DeckNotice | null = null;

/**
 * localStorage, read through the deck schema. A value that is not JSON or not a valid deck is
 * copied to UNREADABLE_DECK_KEY and reported, and the store starts from the default deck: a
 * corrupt entry never crashes the page and is never silently thrown away.
 */
const deckStorage: PersistStorage<Pick<DeckState, 'deck'>> = {
  getItem(name) {
    let raw: string | null;
    try {
      raw = window.localStorage.getItem(name);
    } catch {
      // Storage refused: start from the default deck; the first save that fails says so.
      return null;
    }
    if (raw === null) return null;
    let stored: unknown;
    let errors: string[] = [];
    try {
      stored = JSON.parse(raw);
    } catch {
      errors = ['the saved value is not valid JSON'];
    }
    if (errors.length === 0) {
      const deck =
        typeof stored === 'object' && stored !== null && 'state' in stored
          ? (stored.state as { deck?: unknown } | null)?.deck
          : undefined;
      const result = parseDeck(deck);
      if (result.ok) return { state: { deck: result.deck }, version: 1 };
      errors = result.errors.map((e) =>
        e.startsWith('the file: ') ? `deck: ${e.slice(10)}` : `deck.${e}`,
      );
    }
    try {
      window.localStorage.setItem(UNREADABLE_DECK_KEY, raw);
    } catch {
      // Nothing more can be kept; the notice still says what happened.
    }
    storageProblem = {
      kind: 'error',
      text: `Your saved deck could not be read, so the default deck was loaded. The unreadable copy is kept in this browser under “${UNREADABLE_DECK_KEY}”.`,
      details: errors,
    };
    return null;
  },
  // A failed save is said where the person works (the deck stays in memory, and the next change
  // tries again); it changes `unsaved` only when it differs, so saving that state is no new save.
  setItem(name, value: StorageValue<Pick<DeckState, 'deck'>>) {
    let unsaved: string | null = null;
    try {
      window.localStorage.setItem(name, JSON.stringify(value));
    } catch (error) {
      unsaved =
        error instanceof DOMException && error.name === 'QuotaExceededError'
          ? 'This browser’s storage is full'
          : 'This browser does not let the page keep data';
    }
    queueMicrotask(() => {
      if (useDeckStore.getState().unsaved !== unsaved) useDeckStore.setState({ unsaved });
    });
  },
  removeItem(name) {
    try {
      window.localStorage.removeItem(name);
    } catch {
      // Storage that is disabled holds nothing to remove; the failed saves have said so.
    }
  },
};

export const useDeckStore = create<DeckStore>()(
  persist(
    (set, get) => ({
      deck: DEFAULT_DECK,
      previous: null,
      notice: null,
      unsaved: null,
      addSlide: (view, title) => {
        const { deck } = get();
        const slide: Slide = {
          id: newSlideId(deck.slides),
          title: clampTitle(title ?? '', `Slide ${deck.slides.length + 1}`),
          notes: '',
          view,
        };
        if (deck.slides.length >= MAX_SLIDES) {
          set({
            notice: { kind: 'error', text: `A deck holds at most ${MAX_SLIDES} slides.` },
          });
          return null;
        }
        set(edit((d) => ({ ...d, slides: [...d.slides, slide] })));
        return slide;
      },
      // Titles and notes are kept as typed (a title may be empty while it is retyped);
      // cleanDeck gives every slide a title before the deck is saved or exported.
      renameSlide: (id, title) =>
        set(edit((d) => mapSlide(d, id, (sl) => ({ ...sl, title: title.slice(0, MAX_TITLE) })))),
      setNotes: (id, notes) =>
        set(edit((d) => mapSlide(d, id, (sl) => ({ ...sl, notes: notes.slice(0, MAX_NOTES) })))),
      setSlideFocus: (id, focus) =>
        set(edit((d) => mapSlide(d, id, (sl) => ({ ...sl, view: { ...sl.view, focus } })))),
      setSlideView: (id, view) => set(edit((d) => mapSlide(d, id, (sl) => ({ ...sl, view })))),
      moveSlide: (id, by) =>
        set(
          edit((d) => {
            const slides = [...d.slides];
            const from = slides.findIndex((sl) => sl.id === id);
            const to = from + by;
            if (from < 0 || to < 0 || to >= slides.length) return d;
            const [moved] = slides.splice(from, 1);
            if (moved) slides.splice(to, 0, moved);
            return { ...d, slides };
          }),
        ),
      deleteSlide: (id) =>
        set((s) => {
          const gone = s.deck.slides.find((sl) => sl.id === id);
          if (!gone) return {};
          return {
            previous: s.deck,
            deck: { ...s.deck, slides: s.deck.slides.filter((sl) => sl.id !== id) },
            notice: {
              kind: 'info',
              text: `Deleted “${gone.title.trim() || 'untitled slide'}”.`,
              undo: true,
            },
          };
        }),
      renameDeck: (title) => set(edit((d) => ({ ...d, title: title.slice(0, MAX_TITLE) }))),
      replaceDeck: (input, from) => {
        const result = parseDeck(input);
        if (!result.ok) {
          set({
            notice: {
              kind: 'error',
              text: `${from} was not loaded: it is not a valid deck. Your deck is unchanged.`,
              details: result.errors,
            },
          });
          return false;
        }
        const n = result.deck.slides.length;
        set((s) => ({
          previous: s.deck,
          deck: result.deck,
          notice: {
            kind: 'info',
            text: `Loaded “${result.deck.title}” (${n} slide${n === 1 ? '' : 's'}) from ${from}.`,
            undo: true,
          },
        }));
        return true;
      },
      undoReplace: () =>
        set((s) =>
          s.previous
            ? {
                deck: s.previous,
                previous: null,
                notice: { kind: 'info', text: `Restored “${s.previous.title}”.` },
              }
            : {},
        ),
      resetToDefault: () =>
        set((s) => ({
          previous: s.deck,
          deck: DEFAULT_DECK,
          notice: { kind: 'info', text: 'The default deck was restored.', undo: true },
        })),
      setNotice: (notice) => set({ notice }),
    }),
    {
      name: DECK_STORAGE_KEY,
      version: 1,
      storage: deckStorage,
      partialize: (s) => ({ deck: cleanDeck(s.deck) }),
      onRehydrateStorage: () => () => {
        if (storageProblem) {
          const notice = storageProblem;
          storageProblem = null;
          // After hydration, so the store exists; this also saves the default deck in its place.
          queueMicrotask(() =>
            useDeckStore.setState({ deck: DEFAULT_DECK, previous: null, notice }),
          );
        }
      },
    },
  ),
);

/** The deck as it is saved, exported and shared: every title filled in and trimmed. */
export function cleanDeck(deck: Deck): Deck {
  return {
    ...deck,
    title: clampTitle(deck.title, 'Untitled deck'),
    slides: deck.slides.map((s, i) => ({ ...s, title: clampTitle(s.title, `Slide ${i + 1}`) })),
  };
}
