import type { Theme, TimelineEvent } from '@/data/schemas';

/** Events that overlap the year range and share a theme with the filter (no themes: all). */
export function selectEvents(
  events: readonly TimelineEvent[],
  range: readonly [number, number],
  themes: readonly Theme[],
): TimelineEvent[] {
  return events
    .filter((e) => e.yearTo >= range[0] && e.yearFrom <= range[1])
    .filter((e) => themes.length === 0 || e.themes.some((t) => themes.includes(t)))
    .sort((a, b) => a.yearFrom - b.yearFrom || a.yearTo - b.yearTo);
}
