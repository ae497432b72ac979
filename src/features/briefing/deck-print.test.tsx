import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { geoMetaQuery } from '@/data/geo';
import { PanelQueriesContext } from '@/data/panel-queries';
import { datasetQuery } from '@/data/queries';
import type { DatasetName } from '@/data/schemas';
import { loadShipped } from '@/data/test-fixtures';
import { DEFAULT_FILTERS } from '@/features/filters/filter-config';
import { createQueryClient } from '@/lib/query-client';
import { DeckPrint } from './deck-print';

afterEach(() => vi.unstubAllGlobals());

describe('DeckPrint', () => {
  it('lists under a slide the sources of every dataset its panel declares', async () => {
    vi.stubGlobal('print', vi.fn());
    const client = createQueryClient();
    const data = loadShipped();
    for (const name of ['sources', 'events', 'refugees'] as DatasetName[]) {
      client.setQueryData(datasetQuery(name).queryKey, data[name]);
    }
    client.setQueryData(geoMetaQuery.queryKey, {
      sources: [{ id: 'natural-earth', name: 'Natural Earth', licence: 'Public domain' }],
    } as never);
    const deck = {
      schemaVersion: 1 as const,
      title: 'Deck',
      slides: [
        { id: 's', title: 'Map', notes: '', view: { ...DEFAULT_FILTERS, focus: 'map' as const } },
      ],
    };
    render(
      <QueryClientProvider client={client}>
        <PanelQueriesContext value={{ map: [datasetQuery('refugees'), geoMetaQuery] }}>
          <DeckPrint deck={deck} names={{ panels: {} }} onDone={() => {}} />
        </PanelQueriesContext>
      </QueryClientProvider>,
    );
    const slide = await screen.findByRole('region', { name: 'Slide 1' });
    const list = within(slide)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(list.some((t) => t?.startsWith('Natural Earth'))).toBe(true);
    expect(list.some((t) => /UNHCR/.test(t ?? ''))).toBe(true);
  });
});
