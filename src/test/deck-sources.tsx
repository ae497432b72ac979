import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { PanelQueriesContext, type PanelQuery } from '@/data/panel-queries';
import { DeckPrint } from '@/features/briefing/deck-print';
import { DEFAULT_FILTERS, type PanelId } from '@/features/filters/filter-config';

/**
 * The sources the printed deck lists under a one-slide deck focused on `focus`, given the panels'
 * dataset lists (the data is what `client` holds).
 */
export async function printedSources(
  client: QueryClient,
  panelQueries: Readonly<Record<string, readonly PanelQuery[]>>,
  focus: PanelId,
): Promise<string[]> {
  vi.stubGlobal('print', vi.fn());
  const deck = {
    schemaVersion: 1 as const,
    title: 'Deck',
    slides: [{ id: 's', title: 'Slide', notes: '', view: { ...DEFAULT_FILTERS, focus } }],
  };
  render(
    <QueryClientProvider client={client}>
      <PanelQueriesContext value={panelQueries}>
        <DeckPrint deck={deck} names={{ panels: {} }} onDone={() => {}} />
      </PanelQueriesContext>
    </QueryClientProvider>,
  );
  const slide = await screen.findByRole('region', { name: 'Slide 1' });
  return within(slide)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}
