import { auditDatasets, type AuditIssue } from '@/data/audit';
import { useAllDatasets, type AllDatasetsResult } from './use-all-datasets';

export interface DataAudit extends Omit<AllDatasetsResult, 'data'> {
  loaded: number;
  issues: AuditIssue[];
}

/** Runs the consistency audit over whichever datasets have loaded; it re-runs as more arrive. */
export function useDataAudit(): DataAudit {
  const all = useAllDatasets();
  return { ...all, loaded: Object.keys(all.data).length, issues: auditDatasets(all.data) };
}
