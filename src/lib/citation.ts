import type { SourcesFile } from '@/data/schemas';

/** What a record says about where its figure comes from (every dataset record has these). */
export interface Cited {
  sources: readonly string[];
  /** Where in the document; left out where the citation names the documents alone. */
  locator?: string | null;
  originalSource?: string | null;
}

/** A source's short name ("JSSA 2025") by its id. */
export type ShortName = (id: string) => string;

/**
 * The one way to name a source: its short name in sources.json, or the id while that file loads
 * or when it cannot be read.
 */
export function shortNamer(sources: SourcesFile | undefined): ShortName {
  const names = new Map(sources?.sources.map((s) => [s.id, s.short]));
  return (id) => names.get(id) ?? id;
}

/**
 * A one-line citation for tooltips and CSV: "JSSA 2025, Table 3; original source: SATP 2023".
 * The document the figure was read from first, then what that document itself cites.
 */
export function citationText(ref: Cited, shortName: ShortName): string {
  const who = ref.sources.map(shortName).join('; ');
  const read = ref.locator ? `${who}, ${ref.locator}` : who;
  return ref.originalSource ? `${read}; original source: ${ref.originalSource}` : read;
}
