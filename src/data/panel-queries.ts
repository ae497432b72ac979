import type { QueryClient, UseQueryOptions } from '@tanstack/react-query';
import { createContext } from 'react';

/**
 * One dataset a panel draws its figures from: a `queryOptions` of queries.ts or geo.ts. Loosely
 * typed, as TanStack's own lists of queries are: each has its own data and key.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PanelQuery = UseQueryOptions<any, Error, any, any>;

/** Starts fetching a panel's datasets; settles when all have arrived or failed. */
export function prefetchQueries(client: QueryClient, queries: readonly PanelQuery[]) {
  return Promise.all(queries.map((query) => client.prefetchQuery(query)));
}

/**
 * Each panel's datasets by panel id, given by the shell to what reads them from outside the panels
 * (the printed deck, for the sources under a slide).
 */
export const PanelQueriesContext = createContext<Readonly<Record<string, readonly PanelQuery[]>>>(
  {},
);
