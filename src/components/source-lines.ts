import type { DiscrepanciesFile } from '@/data/schemas';

/*
 * A panel's citations and disagreement flags as plain lines, for its still (the page shows the
 * same as links: SourceRefs and DisagreementFlags).
 */

export interface SourceRef {
  sources: readonly string[];
  locator?: string;
}

/** Each document and place cited by `refs`, once, with its short citation ("JSSA 2025, Table 3"). */
export function sourceRefItems(
  refs: readonly SourceRef[],
  shortName: (id: string) => string,
): { key: string; id: string; text: string }[] {
  const seen = new Set<string>();
  const items: { key: string; id: string; text: string }[] = [];
  for (const ref of refs) {
    for (const id of ref.sources) {
      const text = ref.locator ? `${shortName(id)}, ${ref.locator}` : shortName(id);
      const key = `${id}|${ref.locator ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({ key, id, text });
    }
  }
  return items;
}

/** The sources line of a still: "Sources: JSSA 2025, Table 3; …", or nothing when none. */
export function sourcesLine(
  refs: readonly SourceRef[],
  shortName: (id: string) => string,
  label = 'Sources',
): string[] {
  const items = sourceRefItems(refs, shortName);
  return items.length === 0 ? [] : [`${label}: ${items.map((i) => i.text).join('; ')}`];
}

/** The same flags as lines of a still: "⚑ Sources disagree: topic". */
export function flagNotes(data: DiscrepanciesFile | undefined, ids: readonly string[]): string[] {
  return (data?.discrepancies ?? [])
    .filter((d) => ids.includes(d.id))
    .map((d) => `⚑ Sources disagree: ${d.topic}`);
}
