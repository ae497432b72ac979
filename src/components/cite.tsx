import { useQuery } from '@tanstack/react-query';
import { sourcesQuery } from '@/data/queries';
import { shortNamer, type Cited } from '@/lib/citation';

/**
 * A compact citation for a table cell: the document as a link to its entry in the sources view,
 * where in it the figure is, and what the document itself cites.
 */
export function Cite({ refs }: { refs: Cited }) {
  const { data } = useQuery(sourcesQuery);
  const shortName = shortNamer(data);
  return (
    <span className="cite">
      {refs.sources.map((id, i) => (
        <span key={id}>
          {i > 0 ? '; ' : null}
          <a href={`#source-${id}`}>{shortName(id)}</a>
        </span>
      ))}
      , {refs.locator}
      {refs.originalSource ? (
        <span className="cite__original"> (original source: {refs.originalSource})</span>
      ) : null}
    </span>
  );
}
