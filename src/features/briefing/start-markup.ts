/*
 * What the page was before React drew anything: taken when this module is first evaluated.
 * briefing-button.tsx imports it, so it runs ahead of main.tsx's render. Only the single file
 * keeps its markup, less the deck it carries (it writes itself out with a deck inside,
 * briefing-file.ts); every build notes whether the page carries an embedded deck, so that
 * briefing mode opens on it.
 */

export const EMBEDDED_DECK_ID = 'briefing-deck';

const embedded = document.getElementById(EMBEDDED_DECK_ID);

export const hasEmbeddedDeck = embedded !== null;

/** The single file's markup without its deck (null in the hosted build). */
export const startMarkup =
  import.meta.env.MODE === 'file'
    ? `<!doctype html>\n${document.documentElement.outerHTML.replace(embedded?.outerHTML ?? '', '')}`
    : null;
