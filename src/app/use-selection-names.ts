import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { eventsQuery, refugeesQuery } from '@/data/queries';

type Names = Record<string, string>;

/** Readable names for the ids the chips show (events, provinces), from whatever data has loaded. */
export function useSelectionNames(): { event: Names; province: Names } {
  const events = useQuery(eventsQuery).data;
  const refugees = useQuery(refugeesQuery).data;
  return useMemo(() => {
    const event: Names = {};
    events?.events.forEach((e) => (event[e.id] = `${e.when}: ${e.label}`));
    const province: Names = {};
    refugees?.provinceShares.forEach((set) =>
      set.shares.forEach((s) => {
        if (s.provinceId !== 'other') province[s.provinceId] = s.name;
      }),
    );
    return { event, province };
  }, [events, refugees]);
}
