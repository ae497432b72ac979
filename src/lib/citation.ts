import type { SourcesFile } from '@/data/schemas';

/** What a record says about where its figure comes from (every dataset record has these). */
export interface Cited {
  sources: readonly string[];
  /** Where in the document; left out where the citation names the documents alone. */
  locator?: string | null;
  originalSource?: string | null;
  /** The document's own words stating the figure, when the record cites one document. */
  quote?: string | null;
  /** Source id → the words of each document cited, when the record cites several. */
  quotes?: Readonly<Record<string, string>> | null;
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
 * A citation in reading order, the one shape the page (`Cite`) and the text (`citationText`) both
 * write: each source, with its own words when the record quotes several documents; the locator
 * with its separator; the words of a single document; what the document itself cites.
 */
export interface CitationParts {
  sources: { id: string; quote: string | null }[];
  /** ", Table 2" after one document's name; " (karzai-era: …; mumtaz-2024: …)" after several. */
  locator: string | null;
  quote: string | null;
  originalSource: string | null;
}

export function citationParts(ref: Cited): CitationParts {
  const perSource = ref.quotes != null && Object.keys(ref.quotes).length > 0;
  return {
    sources: ref.sources.map((id) => ({ id, quote: (perSource && ref.quotes?.[id]) || null })),
    locator: ref.locator ? (perSource ? ` (${ref.locator})` : `, ${ref.locator}`) : null,
    quote: perSource ? null : (ref.quote ?? null),
    originalSource: ref.originalSource ?? null,
  };
}

const words = (quote: string | null) => (quote ? `: “${quote}”` : '');

/**
 * A one-line citation for tooltips and CSV, with the document's words:
 * "JSSA 2025, Table 3: “…”; original source: SATP 2023". The document the figure was read from
 * first, then what that document itself cites.
 */
export function citationText(ref: Cited, shortName: ShortName): string {
  const parts = citationParts(ref);
  const who = parts.sources.map((s) => shortName(s.id) + words(s.quote)).join('; ');
  const read = who + (parts.locator ?? '') + words(parts.quote);
  return parts.originalSource ? `${read}; original source: ${parts.originalSource}` : read;
}
