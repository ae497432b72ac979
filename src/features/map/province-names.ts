import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { geoMetaQuery } from '@/data/geo';

const NONE: Readonly<Record<string, string>> = {};

/**
 * Province names by ISO 3166-2 id (from the small geo/meta.json, not the map's chunk), so a
 * province chosen anywhere reads "Province: Balochistan" rather than its code.
 */
export function useProvinceNames(): Readonly<Record<string, string>> {
  const { data } = useQuery(geoMetaQuery);
  return useMemo(
    () => (data ? Object.fromEntries(data.provinces.map((p) => [p.id, p.name])) : NONE),
    [data],
  );
}
