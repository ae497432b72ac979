import {
  DEFAULT_FILTERS,
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

export interface ViewNames {
  panels: Partial<Record<PanelId, string>>;
  events?: Readonly<Record<string, string>>;
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

const COUNTRY_NAMES = { PK: 'Pakistan', AF: 'Afghanistan' } as const;

/** A view in words, for the slide list and the printed deck: "Year 2024 · Years 2019–2025 · …". */
export function describeView(view: FilterState, names: ViewNames): string[] {
  const parts = [`Year ${view.year}`];
  const [from, to] = view.range;
  if (from !== DEFAULT_FILTERS.range[0] || to !== DEFAULT_FILTERS.range[1]) {
    parts.push(`Years ${from}–${to}`);
  }
  parts.push(
    view.themes.length > 0
      ? `Themes: ${view.themes.map((t) => THEME_LABELS[t]).join(', ')}`
      : 'All themes',
  );
  if (view.country) parts.push(`Country: ${COUNTRY_NAMES[view.country]}`);
  if (view.province) parts.push(`Province: ${view.province}`);
  if (view.event) parts.push(`Event: ${names.events?.[view.event] ?? view.event}`);
  if (view.tier === 'public-series') parts.push('Refugee figures: UNHCR series');
  const title = (id: PanelId) => names.panels[id] ?? id;
  parts.push(
    view.focus
      ? `In focus: ${title(view.focus)} (${view.tables.includes(view.focus) ? 'table' : 'chart'})`
      : 'No panel in focus',
  );
  const otherTables = view.tables.filter((p) => p !== view.focus);
  if (otherTables.length > 0) parts.push(`As tables: ${otherTables.map(title).join(', ')}`);
  return parts;
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
