import { queryOptions } from '@tanstack/react-query';
import { DatasetError, fetchDataset } from '@/data/load';
import type { DatasetData, DatasetName } from '@/data/schemas';

/**
 * Retry once, and only when a retry can help: a dropped connection or a server error. A 404, bad
 * JSON or a schema violation will fail the same way again, so it surfaces at once (the panel's
 * error boundary offers "Retry").
 */
export function shouldRetryDataset(failureCount: number, error: Error): boolean {
  if (failureCount >= 1) return false;
  if (!(error instanceof DatasetError)) return false;
  return error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500);
}

export function datasetQuery<N extends DatasetName>(name: N) {
  return queryOptions({
    queryKey: ['dataset', name] as const,
    queryFn: ({ signal }) => fetchDataset(name, { signal }),
    // The files are static: fetched once per page load.
    staleTime: Infinity,
    retry: shouldRetryDataset,
  });
}

export const sourcesQuery = datasetQuery('sources');
export const discrepanciesQuery = datasetQuery('discrepancies');
export const securityIncidentsQuery = datasetQuery('securityIncidents');
export const tradeQuery = datasetQuery('trade');
export const connectivityQuery = datasetQuery('connectivity');
export const refugeesQuery = datasetQuery('refugees');
export const opinionQuery = datasetQuery('opinion');
export const eventsQuery = datasetQuery('events');
export const placesQuery = datasetQuery('places');
export const borderQuery = datasetQuery('border');
export const keyFiguresQuery = datasetQuery('keyFigures');

/** Stand-ins while sources.json or discrepancies.json is loading or broken (see SupportNotice). */
export const NO_SOURCES: DatasetData<'sources'> = {
  schemaVersion: 1,
  dataset: 'sources',
  sources: [],
};
export const NO_DISCREPANCIES: DatasetData<'discrepancies'> = {
  schemaVersion: 1,
  dataset: 'discrepancies',
  discrepancies: [],
};
