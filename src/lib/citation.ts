import type { SourcesFile } from '@/data/schemas';

/** What a record says about where its figure comes from (every dataset record has these). */
export interface Cited {
  sources: readonly string[];
  locator: string;
  originalSource?: string | null;
}

/** Maps a source id to its short name ("JSSA 2025"); falls back to the id while sources.json loads. */
export function shortNamer(sources: SourcesFile | undefined): (id: string) => string {
  const names = new Map(sources?.sources.map((s) => [s.id, s.short]));
  return (id) => names.get(id) ?? id;
}

/**
 * A one-line citation for tooltips and CSV: "JSSA 2025, Table 3; original source: SATP 2023".
 * The document the figure was read from first, then what that document itself cites.
 */
export function citationText(ref: Cited, shortName: (id: string) => string): string {
  const read = `${ref.sources.map(shortName).join('; ')}, ${ref.locator}`;
  return ref.originalSource ? `${read}; original source: ${ref.originalSource}` : read;
}
