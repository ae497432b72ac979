import { Fragment } from 'react';
import type { SourceNames } from './select';

/** An inline citation: each source's short name links to its entry in the sources view. */
export function Cite({
  ids,
  locator,
  names,
}: {
  ids: readonly string[];
  locator?: string | null;
  names: SourceNames;
}) {
  return (
    <span className="cite">
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 ? '; ' : ''}
          <a href={`#source-${id}`}>{names[id] ?? id}</a>
        </Fragment>
      ))}
      {locator ? `, ${locator}` : null}
    </span>
  );
}
