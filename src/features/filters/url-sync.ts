import { useEffect, useState } from 'react';
import { sameFilters } from './filter-config';
import { pickFilters, useFilterStore } from './filter-store';
import { decodeFilters, encodeFilters, type UrlIssue } from './url-codec';

let replaceDepth = 0;

/**
 * Runs `change` so that the address-bar update it causes replaces the current history entry
 * instead of pushing a new one. For changes that come in a stream (playing through the years),
 * so that Back returns to where the reader was rather than stepping back one year at a time.
 */
export function replacingHistory(change: () => void): void {
  replaceDepth++;
  try {
    change();
  } finally {
    replaceDepth--;
  }
}

/** What the page was opened with: its view, and what of the link could not be used. */
let opened: UrlIssue[] = [];

/**
 * Reads the address the page was opened with into the store, once, before the first render, so
 * nothing flashes and every panel starts on the linked view.
 */
export function initFiltersFromUrl(): void {
  const { state, issues } = decodeFilters(window.location.search);
  opened = issues;
  useFilterStore.getState().applyView(state);
}

/** The address for a view: its query, the parameters it does not own kept, the fragment kept. */
function addressFor(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}

/**
 * Keeps the store and the address bar in step: writes the opened link in its clean form, pushes a
 * history entry for every change of view, and follows Back and Forward. Parameters that are not
 * the dashboard's and the fragment (a citation target, a deck) stay in the address. Returns what
 * of the last address read could not be used, for the notice.
 */
export function useUrlSync(): UrlIssue[] {
  const [issues, setIssues] = useState<UrlIssue[]>(opened);

  useEffect(() => {
    const write = (replace: boolean) => {
      const search = encodeFilters(pickFilters(useFilterStore.getState()), window.location.search);
      if (search === window.location.search) return;
      if (replace) window.history.replaceState(window.history.state, '', addressFor(search));
      else window.history.pushState(null, '', addressFor(search));
    };
    // The opened link in its clean form (unreadable values dropped), without a new entry.
    write(true);

    const unsubscribe = useFilterStore.subscribe(() => {
      // The store notifies synchronously, so a change made inside replacingHistory() lands here
      // while the flag is still up.
      const replace = replaceDepth > 0;
      write(replace);
      // A person's change makes the link's notice moot; a change in place (tidying the link,
      // playing) leaves it.
      if (!replace) setIssues((current) => (current.length === 0 ? current : []));
    });
    const followHistory = () => {
      const result = decodeFilters(window.location.search);
      // The store follows the address bar; an address in a non-canonical form is tidied in place.
      if (!sameFilters(result.state, pickFilters(useFilterStore.getState()))) {
        replacingHistory(() => useFilterStore.getState().applyView(result.state));
      }
      setIssues(result.issues);
    };
    window.addEventListener('popstate', followHistory);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', followHistory);
    };
  }, []);

  return issues;
}
