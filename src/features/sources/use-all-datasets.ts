import { useQueries, type UseQueryResult } from '@tanstack/react-query';
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

/**
 * The per-dataset results as one value. TanStack Query runs it only when a result changes and
 * keeps `data` the same object while the datasets are the same (structural sharing).
 */
function combine(results: UseQueryResult<unknown>[]): AllDatasetsResult {
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
}

/** Every dataset, for the views that read across all of them (the data checks, the passages). */
export function useAllDatasets(): AllDatasetsResult {
  return useQueries({ queries: DATASET_NAMES.map((name) => datasetQuery(name)), combine });
}
