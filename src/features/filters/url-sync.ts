import { useEffect, useState } from 'react';
import { pickFilters, useFilterStore } from './filter-store';
import { decodeFilters, encodeFilters, sameFilters, type DecodeResult } from './url-codec';

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
      setRejected(result.rejected);
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
      window.history.pushState(null, '', search || window.location.pathname);
      setRejected([]);
    });
    window.addEventListener('popstate', apply);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', apply);
    };
  }, []);

  return rejected;
}
