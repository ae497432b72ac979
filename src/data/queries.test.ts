import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { DatasetError } from '@/data/load';
import {
  datasetQuery,
  refugeesQuery,
  securityIncidentsQuery,
  shouldRetryDataset,
  tradeQuery,
} from '@/data/queries';
import { shippedText } from '@/data/test-fixtures';

describe('dataset queries', () => {
  it('key each dataset by name and never go stale', () => {
    expect(tradeQuery.queryKey).toEqual(['dataset', 'trade']);
    expect(securityIncidentsQuery.queryKey).toEqual(['dataset', 'securityIncidents']);
    expect(datasetQuery('refugees').queryKey).toEqual(refugeesQuery.queryKey);
    expect(tradeQuery.staleTime).toBe(Infinity);
  });

  it('load the validated dataset through a QueryClient', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(shippedText('trade'), { status: 200 })),
    );
    const client = new QueryClient();
    const trade = await client.fetchQuery(tradeQuery);
    expect(trade.records.map((r) => r.year)).toEqual([2019, 2021, 2022, 2024]);
    expect(client.getQueryData(tradeQuery.queryKey)).toBe(trade);
  });

  it('surface a bad file as a query error without retrying', async () => {
    const fetchMock = vi.fn(async () => new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const client = new QueryClient();
    await expect(client.fetchQuery(tradeQuery)).rejects.toBeInstanceOf(DatasetError);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('retry a dropped connection once before failing', async () => {
    const fetchMock = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', fetchMock);
    const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
    await expect(client.fetchQuery(tradeQuery)).rejects.toMatchObject({ kind: 'network' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('retry once, and only when a retry can help', () => {
    const network = new DatasetError('trade.json', 'network', ['trade.json: could not be fetched']);
    const server = new DatasetError('trade.json', 'http', ['trade.json: HTTP 503'], {
      status: 503,
    });
    const missing = new DatasetError('trade.json', 'http', ['trade.json: HTTP 404'], {
      status: 404,
    });
    const invalid = new DatasetError('trade.json', 'schema', ['trade.json › records: …']);
    expect(shouldRetryDataset(0, network)).toBe(true);
    expect(shouldRetryDataset(0, server)).toBe(true);
    expect(shouldRetryDataset(1, network)).toBe(false);
    expect(shouldRetryDataset(0, missing)).toBe(false);
    expect(shouldRetryDataset(0, invalid)).toBe(false);
    expect(shouldRetryDataset(0, new Error('other'))).toBe(false);
  });
});
