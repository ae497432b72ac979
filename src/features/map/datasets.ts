import { geoBoundariesQuery, geoMetaQuery } from '@/data/geo';
import { borderQuery, eventsQuery, placesQuery, refugeesQuery } from '@/data/queries';

/** The datasets the map draws from, declared once: the panel, its preload and the deck read it. */
export const MAP_QUERIES = [
  geoBoundariesQuery,
  geoMetaQuery,
  refugeesQuery,
  placesQuery,
  borderQuery,
  eventsQuery,
] as const;
