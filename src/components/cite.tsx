import type { ReactNode } from 'react';
import { citationParts, citationText, type Cited } from '@/lib/citation';
import { useShortName } from './use-short-name';
import './cite.css';

/** A citation longer than this, in a table cell, folds all but the documents' names. */
const FOLD_CHARS = 60;

/** ": “…”", the document's own words after its name or its locator. */
function Words({ quote }: { quote: string | null }) {
  return quote ? (
    <>
      : <span className="cite__quote">“{quote}”</span>
    </>
  ) : null;
}

/** Folded: the part in place behind a “…” that opens it (the same words, in the same order). */
function Fold({ folded, children }: { folded: boolean; children: ReactNode }) {
  if (!folded) return children;
  return (
    <details className="cite__fold">
      <summary>
        <span className="visually-hidden">The citation in full</span>
      </summary>
      {children}
    </details>
  );
}

/**
 * A compact citation: each document as a link to its entry in the sources view, where in it the
 * figure is (when `refs` gives the locator), the document's own words, and what the document
 * itself cites. "JSSA 2025, Table 2: “…”". With `fold` (a table's cell), a long one shows the
 * documents' names and folds the rest, so the column stays narrow enough for its panel.
 */
export function Cite({ refs, fold = false }: { refs: Cited; fold?: boolean }) {
  const shortName = useShortName();
  const parts = citationParts(refs);
  const folded = fold && citationText(refs, shortName).length > FOLD_CHARS;
  const tail = parts.locator || parts.quote || parts.originalSource;
  return (
    <span className="cite">
      {parts.sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? '; ' : null}
          <a href={`#source-${s.id}`}>{shortName(s.id)}</a>
          {s.quote ? (
            <Fold folded={folded}>
              <Words quote={s.quote} />
            </Fold>
          ) : null}
        </span>
      ))}
      {tail ? (
        <Fold folded={folded}>
          {parts.locator}
          <Words quote={parts.quote} />
          {parts.originalSource ? (
            <span className="cite__original"> (original source: {parts.originalSource})</span>
          ) : null}
        </Fold>
      ) : null}
    </span>
  );
}
