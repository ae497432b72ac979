import { quotesOf, type Cited } from '@/lib/citation';
import { useShortName } from './use-short-name';
import './cite.css';

/**
 * A compact citation: each document as a link to its entry in the sources view, where in it the
 * figure is (when `refs` gives the locator), the document's own words, and what the document
 * itself cites. "JSSA 2025, Table 2: “…”".
 */
export function Cite({ refs }: { refs: Cited }) {
  const shortName = useShortName();
  const quoted = quotesOf(refs);
  const link = (id: string) => <a href={`#source-${id}`}>{shortName(id)}</a>;
  const words = (quote: string | undefined) =>
    quote ? (
      <>
        : <span className="cite__quote">“{quote}”</span>
      </>
    ) : null;
  // Several documents, each with its words: the words follow each one's name.
  const perSource = quoted.some((q) => q.id !== null);
  const wordsOf = (id: string) => (perSource ? quoted.find((q) => q.id === id)?.quote : undefined);
  return (
    <span className="cite">
      {refs.sources.map((id, i) => (
        <span key={id}>
          {i > 0 ? '; ' : null}
          {link(id)}
          {words(wordsOf(id))}
        </span>
      ))}
      {refs.locator ? (perSource ? ` (${refs.locator})` : `, ${refs.locator}`) : null}
      {perSource ? null : words(quoted[0]?.quote)}
      {refs.originalSource ? (
        <span className="cite__original"> (original source: {refs.originalSource})</span>
      ) : null}
    </span>
  );
}
