import type { Cited } from '@/lib/citation';
import { useShortName } from './use-short-name';

/**
 * A compact citation: each document as a link to its entry in the sources view, where in it the
 * figure is (when `refs` gives the locator), and what the document itself cites.
 */
export function Cite({ refs }: { refs: Cited }) {
  const shortName = useShortName();
  return (
    <span className="cite">
      {refs.sources.map((id, i) => (
        <span key={id}>
          {i > 0 ? '; ' : null}
          <a href={`#source-${id}`}>{shortName(id)}</a>
        </span>
      ))}
      {refs.locator ? `, ${refs.locator}` : null}
      {refs.originalSource ? (
        <span className="cite__original"> (original source: {refs.originalSource})</span>
      ) : null}
    </span>
  );
}
