import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetQuery } from '@/data/queries';
import type { DatasetName } from '@/data/schemas';
import { loadShipped } from '@/data/test-fixtures';
import { createQueryClient } from '@/lib/query-client';
import { printedSources } from '@/test/deck-sources';
import { PANEL_QUERIES } from './panels';

afterEach(() => vi.unstubAllGlobals());

// The panels' dataset lists as the shell gives them to the printed deck.
describe('PANEL_QUERIES', () => {
  it('cites under a security slide the documents of the fatality figures the panel shows beside the incidents', async () => {
    const client = createQueryClient();
    const data = loadShipped();
    for (const name of ['sources', 'events', 'securityIncidents', 'keyFigures'] as DatasetName[]) {
      client.setQueryData(datasetQuery(name).queryKey, data[name]);
    }
    const list = await printedSources(client, PANEL_QUERIES, 'security');
    expect(list.some((t) => t.startsWith('JSSA 2025'))).toBe(true);
    expect(list.some((t) => t.startsWith('Punjab Today 2025'))).toBe(true);
  });
});
