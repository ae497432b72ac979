import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PanelDataContext, type PanelData } from '@/components/panel-data';
import { opinionQuery, sourcesQuery } from '@/data/queries';
import { loadShipped } from '@/data/test-fixtures';
import { useFilterStore } from '@/features/filters/filter-store';
import { createQueryClient } from '@/lib/query-client';
import { OpinionPanel } from './opinion-panel';

const shipped = loadShipped();

function renderTable({ sourcesBroken = false } = {}) {
  const client = createQueryClient();
  client.setQueryData(opinionQuery.queryKey, shipped.opinion);
  // A broken sources.json is fetched, and the server answers 404.
  if (sourcesBroken)
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('', { status: 404 }));
  else client.setQueryData(sourcesQuery.queryKey, shipped.sources);
  const registered: (PanelData | null)[] = [];
  render(
    <QueryClientProvider client={client}>
      <PanelDataContext value={(d) => registered.push(d)}>
        <Suspense fallback="loading">
          <OpinionPanel mode="table" />
        </Suspense>
      </PanelDataContext>
    </QueryClientProvider>,
  );
  return { latest: () => registered.filter(Boolean).at(-1) };
}

beforeEach(() => useFilterStore.getState().reset());
afterEach(() => useFilterStore.getState().reset());

describe('OpinionPanel', () => {
  it('keeps its figures when sources.json is broken, citing sources by id and saying why', async () => {
    useFilterStore.getState().setYear(2023);
    renderTable({ sourcesBroken: true });
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Sources are named by their ids: sources.json: HTTP 404',
    );
    const table = screen.getByRole('table');
    expect(within(table).getAllByText('no data')).toHaveLength(6);
    expect(
      within(table)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toContain('jssa-2025');
  });

  it('opens on the survey for the year in focus, and shows unreported questions as "no data"', () => {
    useFilterStore.getState().setYear(2023);
    const { latest } = renderTable();
    expect(screen.getByRole('radio', { name: /2023 survey/ })).toBeChecked();
    const table = screen.getByRole('table');
    const positive = within(table).getByText('Positive view of bilateral relations').closest('tr')!;
    expect(within(positive).getAllByText('no data')).toHaveLength(2);
    expect(within(positive).getByText('not reported')).toBeInTheDocument();
    expect(within(table).getAllByText('no data')).toHaveLength(6);
    expect(within(table).queryByText('0%')).toBeNull();
    const negative = within(table).getByText('Negative view of bilateral relations').closest('tr')!;
    expect(negative).toHaveTextContent('60%');
    expect(negative).toHaveTextContent('70%');
    expect(
      latest()
        ?.visible()
        .rows.map((r) => r.status),
    ).toEqual(['no data', 'observed', 'no data', 'observed', 'no data']);
  });

  it('opens on the latest survey for a year without one, and switches survey', async () => {
    const user = userEvent.setup();
    useFilterStore.getState().setYear(2010);
    const { latest } = renderTable();
    expect(screen.getByRole('radio', { name: /2024 projection/ })).toBeChecked();
    expect(screen.queryByText('no data')).toBeNull();
    expect(screen.getAllByText('projected').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('radio', { name: /2023 survey/ }));
    expect(screen.getAllByText('no data')).toHaveLength(6);
    expect(latest()?.visible().rows[0]?.survey).toBe(2023);
  });
});
