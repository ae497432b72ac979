import { use } from 'react';
import { PanelQueriesContext } from '@/data/panel-queries';
import { BriefingButton } from '@/features/briefing/briefing-button';
import { CopyLinkButton } from '@/features/exports/copy-link-button';
import { PrintButton } from '@/features/exports/print-button';
import { FilterBar } from '@/features/filters/filter-bar';
import { THEME_LABELS } from '@/features/filters/filter-config';
import { useFilterStore, usePanelFilters } from '@/features/filters/filter-store';
import { useFilterNames } from '@/features/filters/use-filter-names';
import { useUrlSync } from '@/features/filters/url-sync';
import { KeyFigures } from '@/features/key-figures/key-figures';
import { SourcesView } from '@/features/sources/sources-view';
import { Timeline } from '@/features/timeline/timeline';
import { isPanelShown } from './panel-shown';
import { PanelSlot } from './panel-slot';
import { PANEL_DEFS, PANEL_QUERIES } from './panels';
import { UpdateNotice } from './update-notice';
import { UrlNotice } from './url-notice';
import { useUnknownSelections } from './use-unknown-selections';

const PANEL_ORDER = PANEL_DEFS.map((p) => p.id);

/**
 * The whole page. It waits for `firstView` (the opening view's code and data, or the wait in
 * first-view-preload.ts) and shows up in one piece, in place of what the page held (the baked
 * default view, or nothing): panels arriving one by one would each push the ones below them.
 */
export function Dashboard({ firstView }: { firstView: Promise<void> }) {
  use(firstView);
  const urlIssues = useUrlSync();
  const names = useFilterNames();
  const unknown = useUnknownSelections();
  // Which panels and figures show follows the theme buttons in the panels' transition.
  const themes = usePanelFilters((s) => s.themes);
  const setThemes = useFilterStore((s) => s.setThemes);
  const visible = PANEL_DEFS.filter((p) => isPanelShown(p.themes, themes));
  const hidden = PANEL_DEFS.length - visible.length;

  return (
    <>
      <a className="skip-link" href="#panels">
        Skip to the panels
      </a>
      <header className="app-header">
        <div>
          <h1>Pakistan–Afghanistan relations</h1>
          <p className="app-header__lede">
            A briefing dashboard of security, trade, refugees, public opinion and the border, every
            figure with its source.
          </p>
        </div>
        <nav className="app-header__actions" aria-label="Dashboard">
          <a className="button" href="#sources">
            Sources
          </a>
          <CopyLinkButton />
          <PrintButton order={PANEL_ORDER} />
          <PanelQueriesContext value={PANEL_QUERIES}>
            <BriefingButton panels={PANEL_DEFS} />
          </PanelQueriesContext>
        </nav>
      </header>
      <FilterBar names={names} />
      <UpdateNotice />
      <UrlNotice
        issues={[
          ...urlIssues,
          ...unknown.map((u) => ({
            ...u,
            reason: `no ${u.param} with this id in the data, so nothing is selected`,
          })),
        ]}
      />
      <main id="panels" tabIndex={-1}>
        <KeyFigures />
        <div className="panels">
          {PANEL_DEFS.map((def) => (
            <PanelSlot key={def.id} def={def} hidden={!visible.includes(def)} />
          ))}
          {hidden > 0 ? (
            <p className="hidden-panels">
              {hidden === 1 ? '1 panel is' : `${hidden} panels are`} hidden by the theme filter (
              {themes.map((t) => THEME_LABELS[t]).join(', ')}).{' '}
              <button type="button" className="button button--quiet" onClick={() => setThemes([])}>
                Show all panels
              </button>
            </p>
          ) : null}
        </div>
        <Timeline />
        <SourcesView />
      </main>
      <footer className="app-footer">
        Refugee series: UNHCR Refugee Data Finder (CC BY 4.0). Boundaries: Natural Earth (public
        domain). Figures are shown exactly as the sources give them; nothing is interpolated. Data
        built {__DATA_BUILT__}.
      </footer>
    </>
  );
}
