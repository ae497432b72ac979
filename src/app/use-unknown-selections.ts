import { useQuery } from '@tanstack/react-query';
import { geoMetaQuery } from '@/data/geo';
import { eventsQuery } from '@/data/queries';
import { useFilterStore } from '@/features/filters/filter-store';

export interface UnknownSelection {
  param: 'province' | 'event';
  value: string;
}

/**
 * A link can name a province or an event the data does not have (a typo, an old link). Once the
 * lists have loaded, such a selection is reported, so the page can say that it matches nothing;
 * its chip still clears it.
 */
export function useUnknownSelections(): UnknownSelection[] {
  const provinces = useQuery(geoMetaQuery).data?.provinces;
  const events = useQuery(eventsQuery).data?.events;
  const province = useFilterStore((s) => s.province);
  const event = useFilterStore((s) => s.event);
  const unknown: UnknownSelection[] = [];
  if (province && provinces && !provinces.some((p) => p.id === province)) {
    unknown.push({ param: 'province', value: province });
  }
  if (event && events && !events.some((e) => e.id === event)) {
    unknown.push({ param: 'event', value: event });
  }
  return unknown;
}
