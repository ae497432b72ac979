import { useQuery } from '@tanstack/react-query';
import { geoMetaQuery } from '@/data/geo';
import { eventsQuery } from '@/data/queries';

type Names = Record<string, string>;

/**
 * Readable names for the ids the chips show: events from events.json, provinces of both countries
 * from the small geo/meta.json (not the map's chunk), so a chip reads "Province: Balochistan".
 */
export function useSelectionNames(): { event: Names; province: Names } {
  const events = useQuery(eventsQuery).data;
  const geo = useQuery(geoMetaQuery).data;
  const event: Names = {};
  events?.events.forEach((e) => (event[e.id] = `${e.when}: ${e.label}`));
  const province: Names = {};
  geo?.provinces.forEach((p) => (province[p.id] = p.name));
  return { event, province };
}
