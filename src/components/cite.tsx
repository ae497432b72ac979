import { citationParts, type Cited } from '@/lib/citation';
import { useShortName } from './use-short-name';
import './cite.css';

/** ": “…”", the document's own words after its name or its locator. */
function Words({ quote }: { quote: string | null }) {
  return quote ? (
    <>
      : <span className="cite__quote">“{quote}”</span>
    </>
  ) : null;
}

/**
 * A compact citation: each document as a link to its entry in the sources view, where in it the
 * figure is (when `refs` gives the locator), the document's own words, and what the document
 * itself cites. "JSSA 2025, Table 2: “…”".
 */
export function Cite({ refs }: { refs: Cited }) {
  const shortName = useShortName();
  const parts = citationParts(refs);
  return (
    <span className="cite">
      {parts.sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? '; ' : null}
          <a href={`#source-${s.id}`}>{shortName(s.id)}</a>
          <Words quote={s.quote} />
        </span>
      ))}
      {parts.locator}
      <Words quote={parts.quote} />
      {parts.originalSource ? (
        <span className="cite__original"> (original source: {parts.originalSource})</span>
      ) : null}
    </span>
  );
}
