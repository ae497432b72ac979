import { useQuery } from '@tanstack/react-query';
import { geoMetaQuery } from '@/data/geo';
import { eventsQuery } from '@/data/queries';
import type { FilterNames } from './filter-config';

/**
 * People's names for the ids a view holds: events from events.json, provinces of both countries
 * from the small geo/meta.json (not the map's chunk), so a chip reads "Province: Balochistan".
 */
export function useFilterNames(): Pick<FilterNames, 'provinces' | 'events'> {
  const events = useQuery(eventsQuery).data;
  const geo = useQuery(geoMetaQuery).data;
  return {
    events: Object.fromEntries((events?.events ?? []).map((e) => [e.id, `${e.when}: ${e.label}`])),
    provinces: Object.fromEntries((geo?.provinces ?? []).map((p) => [p.id, p.name])),
  };
}
