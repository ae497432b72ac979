import { sourceRefItems, type SourceRef } from './source-lines';
import { useShortName } from './use-short-name';

/**
 * Short citations, each a link to its full entry in the sources view: one click from figure to
 * source.
 */
export function SourceRefs({
  refs,
  label = 'Sources',
}: {
  refs: readonly SourceRef[];
  label?: string;
}) {
  const items = sourceRefItems(refs, useShortName());
  if (items.length === 0) return null;
  return (
    <p className="panel-sources">
      <span>{label}: </span>
      {items.map((item, i) => (
        <span key={item.key}>
          <a href={`#source-${item.id}`}>{item.text}</a>
          {i < items.length - 1 ? '; ' : ''}
        </span>
      ))}
    </p>
  );
}
