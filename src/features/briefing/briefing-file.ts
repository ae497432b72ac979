import { downloadBlob } from '@/lib/download';
import { parseDeckText, type Deck, type DeckResult } from './deck-schema';
import { cleanDeck } from './deck-store';
import { slug } from './deck-file';
import { EMBEDDED_DECK_ID, startMarkup } from './start-markup';

/*
 * "Download briefing file": the single-file build (`npm run build:file`) with a deck inside it, as
 * `<script type="application/json" id="briefing-deck">`, read when the file opens. The hosted
 * build fetches the single file, which the build copies beside its index.html; the single file
 * writes itself, from its own markup as it was before React drew anything.
 */

/** Where the hosted build finds the single file (beside its index.html). */
export const BRIEFING_FILE_URL = './pak-afghan-briefing.html';
/** What only the single file's markup carries (vite.file.config.ts writes it). */
export const BRIEFING_FILE_MARKER =
  '<meta name="generator" content="pak-afghan-briefing single file"';

export type BriefingSource = { ok: true; html: string } | { ok: false; reason: string };

/** The single file's markup, or why this copy of the dashboard cannot write one. */
export async function loadBriefingFile(): Promise<BriefingSource> {
  if (startMarkup !== null) return { ok: true, html: startMarkup };
  let html: string;
  try {
    const response = await fetch(BRIEFING_FILE_URL);
    if (!response.ok) {
      return {
        ok: false,
        reason: `This copy of the dashboard has no briefing file to copy (HTTP ${response.status}): it is built with “npm run build:file” after “npm run build”.`,
      };
    }
    html = await response.text();
  } catch {
    return {
      ok: false,
      reason: 'The briefing file could not be fetched from the server.',
    };
  }
  if (!html.includes(BRIEFING_FILE_MARKER)) {
    return {
      ok: false,
      reason:
        'This copy of the dashboard (the development server, or a build without “npm run build:file”) has no briefing file to copy.',
    };
  }
  return { ok: true, html };
}

/** The deck as the text of a JSON script element: `<` escaped, so no text can close the script. */
export function deckScriptText(deck: Deck): string {
  return JSON.stringify(cleanDeck(deck)).replace(/</g, '\\u003c');
}

/**
 * The single file's markup (which holds no deck: see start-markup.ts) with `deck` embedded at the
 * end of its body. Plain text work, not a DOMParser: parsing the page would create its <style>
 * elements under this page's Content-Security-Policy, which refuses them.
 */
export function embedDeck(html: string, deck: Deck): string {
  // The last one: the inlined script, in the head, may hold the same letters.
  const end = html.lastIndexOf('</body>');
  if (end < 0) throw new Error('the briefing file has no </body>');
  const script = `<script type="application/json" id="${EMBEDDED_DECK_ID}">${deckScriptText(deck)}</script>\n`;
  return html.slice(0, end) + script + html.slice(end);
}

export function briefingFileName(deck: Deck): string {
  return `${slug(cleanDeck(deck).title) || 'briefing'}.html`;
}

/** Saves the single file with `deck` inside it; returns the file's name. */
export function downloadBriefingFile(html: string, deck: Deck): string {
  const name = briefingFileName(deck);
  downloadBlob(new Blob([embedDeck(html, deck)], { type: 'text/html' }), name);
  return name;
}

/** The deck this page carries in its markup: null if none, else the deck or what is wrong. */
export function readEmbeddedDeck(doc: Document = document): DeckResult | null {
  const element = doc.getElementById(EMBEDDED_DECK_ID);
  if (!element) return null;
  return parseDeckText(element.textContent ?? '');
}
