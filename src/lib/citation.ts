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

/** The words quoted for each source the record cites, in the order it cites them. */
export function quotesOf(ref: Cited): { id: string | null; quote: string }[] {
  if (ref.quotes)
    return ref.sources.flatMap((id) => {
      const quote = ref.quotes?.[id];
      return quote ? [{ id, quote }] : [];
    });
  return ref.quote ? [{ id: null, quote: ref.quote }] : [];
}

/**
 * A one-line citation for tooltips and CSV, with the document's words:
 * "JSSA 2025, Table 3: “…”; original source: SATP 2023". The document the figure was read from
 * first, then what that document itself cites.
 */
export function citationText(ref: Cited, shortName: ShortName): string {
  const quoted = quotesOf(ref);
  let read: string;
  if (quoted.some((q) => q.id !== null)) {
    // Several documents, each with its words: the words follow each one's name.
    const each = ref.sources.map((id) => {
      const quote = quoted.find((q) => q.id === id)?.quote;
      return quote ? `${shortName(id)}: “${quote}”` : shortName(id);
    });
    read = ref.locator ? `${each.join('; ')} (${ref.locator})` : each.join('; ');
  } else {
    const who = ref.sources.map(shortName).join('; ');
    read = ref.locator ? `${who}, ${ref.locator}` : who;
    if (quoted[0]) read += `: “${quoted[0].quote}”`;
  }
  return ref.originalSource ? `${read}; original source: ${ref.originalSource}` : read;
}
