import { useShortName } from './use-short-name';

export interface SourceRef {
  sources: readonly string[];
  locator?: string;
}

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
  const shortName = useShortName();
  const seen = new Set<string>();
  const items: { key: string; id: string; text: string }[] = [];
  for (const ref of refs) {
    for (const id of ref.sources) {
      const text = ref.locator ? `${shortName(id)}, ${ref.locator}` : shortName(id);
      const key = `${id}|${ref.locator ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({ key, id, text });
    }
  }
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
