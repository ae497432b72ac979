import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { geoMetaQuery } from '@/data/geo';
import { eventsQuery } from '@/data/queries';
import { useFilterStore } from '@/features/filters/filter-store';
import { replacingHistory } from '@/features/filters/url-sync';

export interface UnknownSelection {
  param: 'province' | 'event';
  value: string;
}

/**
 * A link can name a province or an event the data does not have (a typo, an old link). Once the
 * lists have loaded, such a selection is cleared (so no chip or panel claims it) and returned, so
 * the page can say what was dropped and why.
 */
export function useUnknownSelections(): UnknownSelection[] {
  const provinces = useQuery(geoMetaQuery).data?.provinces;
  const events = useQuery(eventsQuery).data?.events;
  const province = useFilterStore((s) => s.province);
  const event = useFilterStore((s) => s.event);
  const [dropped, setDropped] = useState<UnknownSelection[]>([]);

  const unknown: UnknownSelection[] = [];
  if (province && provinces && !provinces.some((p) => p.id === province)) {
    unknown.push({ param: 'province', value: province });
  }
  if (event && events && !events.some((e) => e.id === event)) {
    unknown.push({ param: 'event', value: event });
  }
  // Recorded while rendering (React's "storing information from previous renders"), cleared
  // from the store after the render, in place in the history.
  if (unknown.length > 0 && !unknown.every((u) => dropped.some((d) => same(d, u)))) {
    setDropped([...dropped.filter((d) => !unknown.some((u) => u.param === d.param)), ...unknown]);
  }
  const clearProvince = unknown.some((u) => u.param === 'province');
  const clearEvent = unknown.some((u) => u.param === 'event');
  useEffect(() => {
    if (!clearProvince && !clearEvent) return;
    replacingHistory(() => {
      const store = useFilterStore.getState();
      if (clearProvince) store.selectProvince(null);
      if (clearEvent) store.selectEvent(null);
    });
  }, [clearProvince, clearEvent]);
  return dropped;
}

const same = (a: UnknownSelection, b: UnknownSelection) =>
  a.param === b.param && a.value === b.value;
