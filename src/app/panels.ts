import { MAP_QUERIES } from '@/features/map/datasets';
import { OPINION_QUERIES } from '@/features/opinion/datasets';
import { REFUGEES_QUERIES } from '@/features/refugees/datasets';
import { SECURITY_CITED_QUERIES } from '@/features/security/datasets';
import { TRADE_QUERIES } from '@/features/trade/datasets';
import { MapPanel } from '@/features/map/lazy';
import { preloadMapPanel } from '@/features/map/preload';
import { OpinionPanel } from '@/features/opinion/opinion-panel';
import { preloadOpinionPanel } from '@/features/opinion/preload';
import { preloadRefugeesPanel } from '@/features/refugees/preload';
import { RefugeesPanel } from '@/features/refugees/refugees-panel';
import { preloadSecurityPanel } from '@/features/security/preload';
import { SecurityPanel } from '@/features/security/security-panel';
import { preloadTradePanel } from '@/features/trade/preload';
import { TradePanel } from '@/features/trade/trade-panel';
import type { PanelDef } from './panel-slot';

/** The five panels, in reading order. A panel shows when no theme is chosen or it shares one. */
export const PANEL_DEFS: readonly PanelDef[] = [
  {
    id: 'map',
    title: 'Border map',
    subtitle: 'Provinces, the Durand Line, crossings and events; refugees by province',
    themes: ['border', 'security', 'refugees', 'diplomacy'],
    // Measured: the map (controls, map, legend) and its sources line at desktop widths.
    bodyHeight: 578,
    wide: true,
    Component: MapPanel,
    queries: MAP_QUERIES,
    preload: preloadMapPanel,
  },
  {
    id: 'security',
    title: 'Security incidents',
    subtitle: 'Incidents along the border per year, by category where known',
    themes: ['security'],
    bodyHeight: 430,
    Component: SecurityPanel,
    queries: SECURITY_CITED_QUERIES,
    preload: preloadSecurityPanel,
  },
  {
    id: 'trade',
    title: 'Trade balance',
    subtitle: 'Pakistan–Afghanistan trade, USD million; regional connectivity projects',
    themes: ['trade', 'connectivity'],
    bodyHeight: 430,
    Component: TradePanel,
    queries: TRADE_QUERIES,
    preload: preloadTradePanel,
  },
  {
    id: 'refugees',
    title: 'Refugees by province',
    subtitle: 'Afghan refugees in Pakistan by host province, and UNHCR’s yearly series',
    themes: ['refugees'],
    bodyHeight: 980,
    Component: RefugeesPanel,
    queries: REFUGEES_QUERIES,
    preload: preloadRefugeesPanel,
  },
  {
    id: 'opinion',
    title: 'Public opinion',
    subtitle: 'Pakistan and Afghanistan respondents on bilateral relations',
    themes: ['opinion'],
    bodyHeight: 702,
    Component: OpinionPanel,
    queries: OPINION_QUERIES,
    preload: preloadOpinionPanel,
  },
];

/** Each panel's datasets by id, for briefing mode's printed deck (see PanelQueriesContext). */
export const PANEL_QUERIES = Object.fromEntries(PANEL_DEFS.map((p) => [p.id, p.queries]));
