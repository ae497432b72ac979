// The default view baked into the page at build (scripts/bake.mjs) and the marks the page carries
// for it, read in one place.

/**
 * The URL carries a view of its own (a query, or a briefing file's `#deck=`): index.html's head
 * script marked the page before first paint, and the baked default view is hidden.
 */
export function isLinkedView(): boolean {
  return document.documentElement.hasAttribute('data-linked');
}

/** The baked default view is in the page and on screen (the app has not replaced it yet). */
export function isBakedViewShown(): boolean {
  return document.querySelector('#root > [data-baked]') !== null && !isLinkedView();
}
