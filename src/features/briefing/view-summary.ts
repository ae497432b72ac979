import {
  DEFAULT_FILTERS,
  FILTER_KEYS,
  FILTERS,
  type FilterKey,
  type FilterNames,
  sameValue,
  THEME_LABELS,
  type FilterState,
  type PanelId,
  type Theme,
} from '@/features/filters/filter-config';

/** What briefing mode is told about each panel by the shell. */
export interface PanelInfo {
  id: PanelId;
  title: string;
  themes: readonly Theme[];
}

export interface ViewNames extends FilterNames {
  panels: Partial<Record<PanelId, string>>;
  /** Each panel's themes, to tell when a slide's themes hide the panel it focuses. */
  panelThemes?: Partial<Record<PanelId, readonly Theme[]>>;
}

/** The panel a view focuses, when the view's own theme filter hides it; else null. */
export function hiddenFocus(view: FilterState, names: ViewNames): PanelId | null {
  const { focus, themes } = view;
  const own = focus ? names.panelThemes?.[focus] : undefined;
  if (!focus || !own || themes.length === 0) return null;
  return own.some((t) => themes.includes(t)) ? null : focus;
}

/**
 * A view in words, for the slide list and the printed deck: the year, then every filter that
 * differs from its default, each in its descriptor's words ("Year 2024 · Years 2019–2025 · …").
 */
export function describeView(view: FilterState, names: ViewNames): string[] {
  return FILTER_KEYS.filter(
    (key) => key === 'year' || !sameValue(view[key], DEFAULT_FILTERS[key]),
  ).map(<K extends FilterKey>(key: K) => FILTERS[key].words(view[key], view, names));
}

/** A slide title for a view, offered when the current view is added. */
export function suggestTitle(view: FilterState, names: ViewNames): string {
  const what = view.focus
    ? (names.panels[view.focus] ?? view.focus)
    : view.themes.length > 0
      ? view.themes.map((t) => THEME_LABELS[t]).join(', ')
      : 'Dashboard';
  return `${what}, ${view.year}`;
}
