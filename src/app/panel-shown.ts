import type { Theme } from '@/features/filters/filter-config';

/** A panel shows when no theme is chosen or it shares one with the choice. */
export function isPanelShown(panelThemes: readonly Theme[], chosen: readonly Theme[]): boolean {
  return chosen.length === 0 || panelThemes.some((t) => chosen.includes(t));
}
