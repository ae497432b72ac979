import { afterEach, describe, expect, it, vi } from 'vitest';
import { geoMetaQuery } from '@/data/geo';
import { datasetQuery } from '@/data/queries';
import type { DatasetName } from '@/data/schemas';
import { loadShipped } from '@/data/test-fixtures';
import { createQueryClient } from '@/lib/query-client';
import { printedSources } from '@/test/deck-sources';

afterEach(() => vi.unstubAllGlobals());

describe('DeckPrint', () => {
  it('lists under a slide the sources of every dataset its panel declares', async () => {
    const client = createQueryClient();
    const data = loadShipped();
    for (const name of ['sources', 'events', 'refugees'] as DatasetName[]) {
      client.setQueryData(datasetQuery(name).queryKey, data[name]);
    }
    client.setQueryData(geoMetaQuery.queryKey, {
      sources: [{ id: 'natural-earth', name: 'Natural Earth', licence: 'Public domain' }],
    } as never);
    const list = await printedSources(
      client,
      { map: [datasetQuery('refugees'), geoMetaQuery] },
      'map',
    );
    expect(list.some((t) => t.startsWith('Natural Earth'))).toBe(true);
    expect(list.some((t) => /UNHCR/.test(t))).toBe(true);
  });
});
