import { startTransition, useEffect, useEffectEvent, useState } from 'react';
import { create } from 'zustand';
import { shallow } from 'zustand/shallow';
import {
  clampYear,
  DEFAULT_FILTERS,
  FILTER_KEYS,
  type FilterKey,
  normaliseView,
  PANELS,
  THEMES,
  type FilterState,
  type PanelId,
  type Theme,
  type Tier,
  type TradeView,
  type ViewMode,
} from './filter-config';

export interface FilterActions {
  setYear: (year: number) => void;
  setRange: (range: readonly [number, number]) => void;
  toggleTheme: (theme: Theme) => void;
  setThemes: (themes: readonly Theme[]) => void;
  selectProvince: (province: string | null) => void;
  selectEvent: (event: string | null) => void;
  /** Selects the province, or clears it when it is the one selected (a second click). */
  toggleProvince: (province: string) => void;
  toggleEvent: (event: string) => void;
  setTier: (tier: Tier) => void;
  setSurvey: (survey: number | null) => void;
  setTradeView: (view: TradeView | null) => void;
  setAllSeries: (all: boolean) => void;
  setView: (panel: PanelId, mode: ViewMode) => void;
  setFocus: (panel: PanelId | null) => void;
  /**
   * Sets one filter to the value its chip clears it to (the year kept inside the range; a year
   * the range had moved goes back with it).
   */
  clearFilter: <K extends FilterKey>(key: K, cleared: FilterState[K]) => void;
  /** Replaces the whole view (from the URL, a slide, back/forward). */
  applyView: (view: FilterState) => void;
  reset: () => void;
}

export type FilterStore = FilterState & FilterActions;

const canonicalThemes = (themes: readonly Theme[]) => THEMES.filter((t) => themes.includes(t));

export const useFilterStore = create<FilterStore>()((set) => {
  return {
    ...DEFAULT_FILTERS,
    setYear: (year) =>
      set((s) => {
        const y = clampYear(year);
        // Choosing a year outside the range widens the range rather than refusing the choice; a
        // year inside it leaves the range as it is, so what depends on the range alone stays.
        if (y >= s.range[0] && y <= s.range[1]) return { year: y };
        return { year: y, range: [Math.min(s.range[0], y), Math.max(s.range[1], y)] as const };
      }),
    setRange: ([a, b]) =>
      set((s) => {
        const range: readonly [number, number] = [
          clampYear(Math.min(a, b)),
          clampYear(Math.max(a, b)),
        ];
        return { range, year: clampYear(s.year, range) };
      }),
    toggleTheme: (theme) =>
      set((s) => ({
        themes: s.themes.includes(theme)
          ? s.themes.filter((t) => t !== theme)
          : canonicalThemes([...s.themes, theme]),
      })),
    setThemes: (themes) => set({ themes: canonicalThemes(themes) }),
    selectProvince: (province) => set({ province }),
    selectEvent: (event) => set({ event }),
    toggleProvince: (province) =>
      set((s) => ({ province: s.province === province ? null : province })),
    toggleEvent: (event) => set((s) => ({ event: s.event === event ? null : event })),
    setTier: (tier) => set({ tier }),
    setSurvey: (survey) => set({ survey }),
    setTradeView: (tradeView) => set({ tradeView }),
    setAllSeries: (allSeries) => set({ allSeries }),
    setView: (panel, mode) =>
      set((s) => ({
        tables: PANELS.filter((p) => (p === panel ? mode === 'table' : s.tables.includes(p))),
      })),
    setFocus: (focus) => set({ focus }),
    clearFilter: (key, cleared) =>
      set((s) => {
        const view = { ...pickFilters(s), [key]: cleared };
        // A year the range alone had moved (no chip of its own) goes back with the range.
        if (key === 'range' && s.year === clampYear(DEFAULT_FILTERS.year, s.range)) {
          view.year = clampYear(DEFAULT_FILTERS.year, view.range);
        }
        return normaliseView(view);
      }),
    applyView: (view) => set(normaliseView(view)),
    reset: () => set({ ...DEFAULT_FILTERS }),
  };
});

/** The view state alone, without the actions: what the URL and slides store. */
export function pickFilters(s: FilterStore): FilterState {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, s[key]])) as unknown as FilterState;
}

/**
 * What a panel reads of the filters. It follows the store in a transition: the control that
 * changed a filter (the slider, a chip) paints at once, and the panels redraw after, together
 * (one transition) and interruptibly. A panel subscribed to the store directly (useFilterStore,
 * even through useDeferredValue) re-renders in the urgent pass too, and rebuilt its chart there.
 * Measured (a year step's interaction to next paint, as `npm run bench` measures it): see
 * BENCHMARKS.md.
 */
export function usePanelFilters<T>(select: (s: FilterState) => T): T {
  const [value, setValue] = useState(() => select(useFilterStore.getState()));
  const follow = useEffectEvent((state: FilterState) => {
    const next = select(state);
    startTransition(() => setValue((shown) => (shallow(shown, next) ? shown : next)));
  });
  useEffect(() => {
    follow(useFilterStore.getState()); // a change between this render and the subscription
    return useFilterStore.subscribe(follow);
  }, []);
  return value;
}
