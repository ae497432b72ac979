import { create } from 'zustand';
import {
  COUNTRIES,
  DEFAULT_FILTERS,
  PANELS,
  THEMES,
  type Country,
  type FilterState,
  type PanelId,
  type Theme,
  type Tier,
  type ViewMode,
  YEAR_MAX,
  YEAR_MIN,
} from './filter-config';

export interface FilterActions {
  setYear: (year: number) => void;
  setRange: (range: readonly [number, number]) => void;
  toggleTheme: (theme: Theme) => void;
  setThemes: (themes: readonly Theme[]) => void;
  selectProvince: (province: string | null) => void;
  selectCountry: (country: Country | null) => void;
  selectEvent: (event: string | null) => void;
  setTier: (tier: Tier) => void;
  setView: (panel: PanelId, mode: ViewMode) => void;
  setFocus: (panel: PanelId | null) => void;
  /** Replaces the whole view (from the URL, a slide, back/forward). */
  applyView: (view: FilterState) => void;
  reset: () => void;
}

export type FilterStore = FilterState & FilterActions;

const clampYear = (year: number) => Math.min(Math.max(Math.round(year), YEAR_MIN), YEAR_MAX);
const countryOf = (province: string): Country | undefined =>
  COUNTRIES.find((c) => province.startsWith(`${c}-`));
const canonicalThemes = (themes: readonly Theme[]) => THEMES.filter((t) => themes.includes(t));

export const useFilterStore = create<FilterStore>()((set) => ({
  ...DEFAULT_FILTERS,
  setYear: (year) =>
    set((s) => {
      const y = clampYear(year);
      // Choosing a year outside the range widens the range rather than refusing the choice.
      const range: readonly [number, number] = [Math.min(s.range[0], y), Math.max(s.range[1], y)];
      return { year: y, range };
    }),
  setRange: ([a, b]) =>
    set((s) => {
      const from = clampYear(Math.min(a, b));
      const to = clampYear(Math.max(a, b));
      return { range: [from, to], year: Math.min(Math.max(s.year, from), to) };
    }),
  toggleTheme: (theme) =>
    set((s) => ({
      themes: s.themes.includes(theme)
        ? s.themes.filter((t) => t !== theme)
        : canonicalThemes([...s.themes, theme]),
    })),
  setThemes: (themes) => set({ themes: canonicalThemes(themes) }),
  selectProvince: (province) =>
    set((s) => ({
      province,
      country: province ? (countryOf(province) ?? s.country) : s.country,
    })),
  selectCountry: (country) =>
    set((s) => ({
      country,
      province: s.province && country && s.province.startsWith(country) ? s.province : null,
    })),
  selectEvent: (event) => set({ event }),
  setTier: (tier) => set({ tier }),
  setView: (panel, mode) =>
    set((s) => ({
      tables: PANELS.filter((p) => (p === panel ? mode === 'table' : s.tables.includes(p))),
    })),
  setFocus: (focus) => set({ focus }),
  applyView: (view) => set({ ...view }),
  reset: () => set({ ...DEFAULT_FILTERS }),
}));

/** The view state alone, without the actions: what the URL and slides store. */
export function pickFilters(s: FilterStore): FilterState {
  return {
    year: s.year,
    range: s.range,
    themes: s.themes,
    province: s.province,
    country: s.country,
    event: s.event,
    tier: s.tier,
    tables: s.tables,
    focus: s.focus,
  };
}
