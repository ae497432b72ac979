import { useQuery } from '@tanstack/react-query';
import { sourcesQuery } from '@/data/queries';
import { shortNamer, type ShortName } from '@/lib/citation';

/** Names sources by their short names, from sources.json (the ids until it has loaded). */
export function useShortName(): ShortName {
  const { data } = useQuery(sourcesQuery);
  return shortNamer(data);
}
