import { useEffect, useState } from 'react';
import { afterNextPaint } from '@/lib/after-paint';
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

/**
 * The address-bar write waiting for the next paint. A change of view shows in the panels first;
 * the history entry follows right after the frame, and changes made within one frame (a slider
 * dragged over several years) become one entry.
 */
let pending: { search: string; replace: boolean; cancel: () => void } | null = null;

function dropPendingUrl(): void {
  pending?.cancel();
  pending = null;
}

/** Writes a pending change of view to the address bar now, before something reads it. */
export function flushUrl(): void {
  const write = pending;
  if (!write) return;
  dropPendingUrl();
  const url = write.search || window.location.pathname;
  if (write.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}

/** The address of the view on screen, with any change still waiting for a paint written. */
export function currentViewUrl(): string {
  flushUrl();
  return window.location.href;
}

/** Loads the view in the address bar into the store before the first render, so nothing flashes. */
export function initFiltersFromUrl(): void {
  useFilterStore.getState().applyView(decodeFilters(window.location.search).state);
}

/**
 * Keeps the store and the address bar in step: reads the URL once on start, pushes a history entry
 * for every change of view (after the frame that shows it), and follows back/forward. Returns the
 * parameters it could not read.
 */
export function useUrlSync(): DecodeResult['rejected'] {
  const [rejected, setRejected] = useState<DecodeResult['rejected']>(
    () => decodeFilters(window.location.search).rejected,
  );

  useEffect(() => {
    const apply = () => {
      // Back or Forward wins over a change not yet written: the store follows the address bar.
      dropPendingUrl();
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
      // The store notifies synchronously, so a change made inside replacingHistory() lands here
      // while the flag is still up.
      const replace = replaceDepth > 0;
      // A push and a replace are not merged: each keeps its own effect on the history.
      if (pending && pending.replace !== replace) flushUrl();
      if (search === window.location.search) {
        dropPendingUrl();
        return;
      }
      if (pending) pending.search = search;
      else pending = { search, replace, cancel: afterNextPaint(flushUrl) };
      // The same empty list when there was nothing to clear: a new one would re-render the whole
      // dashboard on every filter change.
      setRejected((current) => (current.length === 0 ? current : []));
    });
    window.addEventListener('popstate', apply);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', apply);
      flushUrl();
    };
  }, []);

  return rejected;
}
