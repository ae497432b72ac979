import { downloadBlob } from '@/lib/download';
import { parseDeckText, type Deck } from './deck-schema';
import { cleanDeck, useDeckStore } from './deck-store';

/** Deck files are small; anything much larger is not one. */
export const MAX_DECK_FILE_BYTES = 1_000_000;

export const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60);

export function deckFileName(deck: Deck): string {
  return `${slug(deck.title) || 'briefing'}.deck.json`;
}

/** Saves the deck as a JSON file that `importDeckFile` (here or in another browser) reads back. */
export function exportDeckFile(deck: Deck): string {
  const clean = cleanDeck(deck);
  const name = deckFileName(clean);
  const text = `${JSON.stringify(clean, null, 2)}\n`;
  downloadBlob(new Blob([text], { type: 'application/json' }), name);
  return name;
}

/**
 * Reads a chosen file into the deck store. A file that is too large, not JSON or not a valid deck
 * is refused with a notice naming each problem's field path; the deck already kept is untouched.
 */
export async function importDeckFile(file: File): Promise<boolean> {
  const { replaceDeck, setNotice } = useDeckStore.getState();
  const refuse = (details: string[]) => {
    setNotice({
      kind: 'error',
      text: `${file.name} was not loaded: it is not a valid deck. Your deck is unchanged.`,
      details,
    });
    return false;
  };
  if (file.size > MAX_DECK_FILE_BYTES) {
    return refuse([
      `the file is ${(file.size / 1_000_000).toFixed(1)} MB; a deck file is at most 1 MB`,
    ]);
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse(['the file could not be read']);
  }
  const result = parseDeckText(text);
  if (!result.ok) return refuse(result.errors);
  return replaceDeck(result.deck, file.name);
}
