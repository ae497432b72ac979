import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { auditDatasets, type AuditIssue } from '@/data/audit';
import { datasetQuery } from '@/data/queries';
import { DATASET_NAMES, type AllDatasets, type DatasetName } from '@/data/schemas';

export interface DataAudit {
  /** True once every dataset has either loaded or failed. */
  settled: boolean;
  loaded: number;
  failed: DatasetName[];
  /** Fetches again every dataset that failed. */
  retry: () => void;
  issues: AuditIssue[];
}

/** Runs the consistency audit over whichever datasets have loaded; it re-runs as more arrive. */
export function useDataAudit(): DataAudit {
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
      settled: results.every((r) => !r.isPending),
      loaded: Object.keys(data).length,
      failed,
      issues: auditDatasets(data),
      retry: () => results.forEach((r) => r.isError && void r.refetch()),
    };
    // The results array is new every render; its data and errors are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataKey, errorKey]);
}
