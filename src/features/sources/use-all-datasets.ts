import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { datasetQuery } from '@/data/queries';
import { DATASET_NAMES, type AllDatasets, type DatasetName } from '@/data/schemas';

export interface AllDatasetsResult {
  /** The datasets that have loaded so far. */
  data: Partial<AllDatasets>;
  /** True once every dataset has either loaded or failed. */
  settled: boolean;
  failed: DatasetName[];
  /** Fetches again every dataset that failed. */
  retry: () => void;
}

/** Every dataset, for the views that read across all of them (the data checks, the passages). */
export function useAllDatasets(): AllDatasetsResult {
  const results = useQueries({ queries: DATASET_NAMES.map((name) => datasetQuery(name)) });
  const dataKey = results.map((r) => r.dataUpdatedAt).join(',');
  const errorKey = results.map((r) => (r.isError ? 1 : 0)).join('');
  return useMemo(() => {
    const data: Partial<AllDatasets> = {};
    const failed: DatasetName[] = [];
    DATASET_NAMES.forEach((name, i) => {
      const r = results[i];
      if (r?.data) (data as Record<string, unknown>)[name] = r.data;
      if (r?.isError) failed.push(name);
    });
    return {
      data,
      settled: results.every((r) => !r.isPending),
      failed,
      retry: () => results.forEach((r) => r.isError && void r.refetch()),
    };
    // The results array is new every render; its data and errors are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataKey, errorKey]);
}
