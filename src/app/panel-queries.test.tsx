import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelQueriesContext } from '@/data/panel-queries';
import { datasetQuery } from '@/data/queries';
import type { DatasetName } from '@/data/schemas';
import { loadShipped } from '@/data/test-fixtures';
import { DeckPrint } from '@/features/briefing/deck-print';
import { DEFAULT_FILTERS } from '@/features/filters/filter-config';
import { createQueryClient } from '@/lib/query-client';
import { PANEL_QUERIES } from './panels';

afterEach(() => vi.unstubAllGlobals());

// The panels' dataset lists as the shell gives them to the printed deck.
describe('PANEL_QUERIES', () => {
  it('cites under a security slide the documents of the fatality figures the panel shows beside the incidents', async () => {
    vi.stubGlobal('print', vi.fn());
    const client = createQueryClient();
    const data = loadShipped();
    for (const name of ['sources', 'events', 'securityIncidents', 'keyFigures'] as DatasetName[]) {
      client.setQueryData(datasetQuery(name).queryKey, data[name]);
    }
    const deck = {
      schemaVersion: 1 as const,
      title: 'Deck',
      slides: [
        {
          id: 's',
          title: 'Security',
          notes: '',
          view: { ...DEFAULT_FILTERS, focus: 'security' as const },
        },
      ],
    };
    render(
      <QueryClientProvider client={client}>
        <PanelQueriesContext value={PANEL_QUERIES}>
          <DeckPrint deck={deck} names={{ panels: {} }} onDone={() => {}} />
        </PanelQueriesContext>
      </QueryClientProvider>,
    );
    const slide = await screen.findByRole('region', { name: 'Slide 1' });
    const list = within(slide)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(list.some((t) => t?.startsWith('JSSA 2025'))).toBe(true);
    expect(list.some((t) => t?.startsWith('Punjab Today 2025'))).toBe(true);
  });
});
