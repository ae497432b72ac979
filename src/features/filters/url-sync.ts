import { useEffect, useState } from 'react';
import { pickFilters, useFilterStore } from './filter-store';
import { decodeFilters, encodeFilters, sameFilters, type DecodeResult } from './url-codec';

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

/** Loads the view in the address bar into the store before the first render, so nothing flashes. */
export function initFiltersFromUrl(): void {
  useFilterStore.getState().applyView(decodeFilters(window.location.search).state);
}

/**
 * Keeps the store and the address bar in step: reads the URL once on start, pushes a history entry
 * for every change of view, and follows back/forward. Returns the parameters it could not read.
 */
export function useUrlSync(): DecodeResult['rejected'] {
  const [rejected, setRejected] = useState<DecodeResult['rejected']>(
    () => decodeFilters(window.location.search).rejected,
  );

  useEffect(() => {
    const apply = () => {
      const result = decodeFilters(window.location.search);
      setRejected((current) =>
        current.length === 0 && result.rejected.length === 0 ? current : result.rejected,
      );
      if (!sameFilters(result.state, pickFilters(useFilterStore.getState()))) {
        useFilterStore.getState().applyView(result.state);
      }
    };
    apply();
    // Rewrite a URL that had unreadable parameters into its clean form, without a new entry.
    const clean = encodeFilters(pickFilters(useFilterStore.getState()));
    if (clean !== window.location.search) {
      window.history.replaceState(window.history.state, '', clean || window.location.pathname);
    }

    const unsubscribe = useFilterStore.subscribe((state) => {
      const search = encodeFilters(pickFilters(state));
      if (search === window.location.search) return;
      // The store notifies synchronously, so a change made inside replacingHistory() lands here
      // while the flag is still up.
      const url = search || window.location.pathname;
      if (replaceDepth > 0) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      // The same empty list when there was nothing to clear: a new one would re-render the whole
      // dashboard on every filter change.
      setRejected((current) => (current.length === 0 ? current : []));
    });
    window.addEventListener('popstate', apply);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', apply);
    };
  }, []);

  return rejected;
}
