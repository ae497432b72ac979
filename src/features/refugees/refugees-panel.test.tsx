import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PanelDataContext, type PanelData } from '@/components/panel-data';
import { discrepanciesQuery, refugeesQuery, sourcesQuery } from '@/data/queries';
import { loadShipped } from '@/data/test-fixtures';
import type { ViewMode } from '@/features/filters/filter-config';
import { useFilterStore } from '@/features/filters/filter-store';
import { createQueryClient } from '@/lib/query-client';
import { RefugeesPanel } from './refugees-panel';

// The shipped files in public/data, parsed with their schemas (see test-fixtures: read at test
// time, as raw text, without giving browser code Node's types).
const shipped = loadShipped();

function renderPanel(mode: ViewMode, { broken = [] as ('sources' | 'discrepancies')[] } = {}) {
  const client = createQueryClient();
  client.setQueryData(refugeesQuery.queryKey, shipped.refugees);
  for (const [name, query] of [
    ['sources', sourcesQuery],
    ['discrepancies', discrepanciesQuery],
  ] as const) {
    // A broken file is fetched, and the server answers 404.
    if (!broken.includes(name)) client.setQueryData(query.queryKey, shipped[name]);
  }
  if (broken.length > 0) {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('', { status: 404 }));
  }
  const registered: (PanelData | null)[] = [];
  render(
    <QueryClientProvider client={client}>
      <PanelDataContext value={(d) => registered.push(d)}>
        <Suspense fallback="loading">
          <RefugeesPanel mode={mode} />
        </Suspense>
      </PanelDataContext>
    </QueryClientProvider>,
  );
  return { registered, latest: () => registered.filter(Boolean).at(-1) };
}

beforeEach(() => useFilterStore.getState().reset());
afterEach(() => useFilterStore.getState().reset());

describe('RefugeesPanel, table view', () => {
  it('shows each province’s computation, the remainder as "other", and nothing spread', () => {
    renderPanel('table');
    const table = screen.getByRole('table', { name: /host province, 2024 projection/ });
    expect(within(table).getByText('1,400,000 × 60% = 840,000')).toBeInTheDocument();
    expect(within(table).getByText('1,400,000 × 5% = 70,000')).toBeInTheDocument();
    expect(within(table).getByText(/not a province/)).toBeInTheDocument();
    // "other" has no button: it cannot be selected.
    expect(within(table).queryByRole('button', { name: /Other/ })).toBeNull();
    expect(within(table).queryByText('Sindh')).toBeNull();
  });

  it('clicking a province selects it for the whole dashboard, and again clears it', async () => {
    const user = userEvent.setup();
    renderPanel('table');
    const kp = screen.getByRole('button', { name: 'Khyber Pakhtunkhwa' });
    expect(kp).toHaveAttribute('aria-pressed', 'false');
    await user.click(kp);
    expect(useFilterStore.getState().province).toBe('PK-KP');
    expect(kp).toHaveAttribute('aria-pressed', 'true');
    expect(kp.closest('tr')).toHaveAttribute('data-selected', 'true');
    await user.click(kp);
    expect(useFilterStore.getState().province).toBeNull();
  });

  it('switching the tier changes the store and the rows', async () => {
    const user = userEvent.setup();
    const { latest } = renderPanel('table');
    const before = latest()
      ?.visible()
      .rows.filter((r) => r.section === 'Refugees by province');
    expect(before?.map((r) => r.item)).toEqual([
      'Khyber Pakhtunkhwa',
      'Punjab',
      'Balochistan',
      'Other / not specified',
    ]);

    await user.click(screen.getByRole('radio', { name: 'UNHCR (Feb 2021 shares)' }));
    expect(useFilterStore.getState().tier).toBe('public-series');
    const table = screen.getByRole('table', { name: /28 February 2021/ });
    expect(within(table).getByText('1,438,432 × 58.1% ≈ 835,729')).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Sindh' })).toBeInTheDocument();
    expect(screen.queryByText('1,400,000 × 60% = 840,000')).toBeNull();
    expect(screen.getAllByText(/UNHCR end-2020 refugee total/).length).toBeGreaterThan(0);

    const after = latest()
      ?.visible()
      .rows.filter((r) => r.section === 'Refugees by province');
    expect(after?.map((r) => r.item)).toContain('Sindh');
    expect(after?.every((r) => r.tier === 'public-series')).toBe(true);
  });

  it('says so when the province selected elsewhere has no row in this source', async () => {
    const user = userEvent.setup();
    useFilterStore.getState().selectProvince('PK-SD');
    renderPanel('table');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Sindh is selected: this source gives no separate figure for it; it may be part of “Other / not specified”',
    );
    await user.click(screen.getByRole('radio', { name: 'UNHCR (Feb 2021 shares)' }));
    // Sindh has its row there; the note now says whose year the shares are.
    expect(screen.getByRole('status')).toHaveTextContent(
      'No province figures for 2024: those shown are the 2021 figures, the only ones this source gives.',
    );
    expect(screen.getByRole('button', { name: 'Sindh' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('flags the 2.6 million figure beside the totals, linked to its note', () => {
    renderPanel('table');
    const totals = screen.getByRole('table', { name: /Totals/ });
    expect(within(totals).getByText('2,600,000')).toBeInTheDocument();
    expect(within(totals).getByRole('link', { name: /see the note/ })).toHaveAttribute(
      'href',
      '#discrepancy-refugee-total-documents',
    );
  });

  it('keeps its figures when sources.json and discrepancies.json are broken, and says what is missing', async () => {
    renderPanel('table', { broken: ['sources', 'discrepancies'] });
    // Each file fails on its own answer: wait for both notes.
    await waitFor(() => expect(screen.getAllByRole('note')).toHaveLength(2));
    const notes = screen.getAllByRole('note');
    expect(notes.map((n) => n.textContent)).toEqual([
      'Sources are named by their ids: sources.json: HTTP 404 Retry',
      'Where sources disagree is not flagged: discrepancies.json: HTTP 404 Retry',
    ]);
    const table = screen.getByRole('table', { name: /host province, 2024 projection/ });
    expect(within(table).getByText('1,400,000 × 60% = 840,000')).toBeInTheDocument();
    // The other document's 2.6 million lives in discrepancies.json: without it, the note says so.
    const totals = screen.getByRole('table', { name: /Totals/ });
    expect(within(totals).getAllByText(/1,400,000/).length).toBeGreaterThan(0);
    expect(within(totals).queryByText('2,600,000')).toBeNull();
  });

  it('limits the UNHCR table to the chosen years and marks the year in focus', () => {
    useFilterStore.getState().setRange([2020, 2023]);
    useFilterStore.getState().setYear(2021);
    renderPanel('table');
    const series = screen.getByRole('table', { name: /UNHCR: Afghans in Pakistan, 2020–2023/ });
    const rows = within(series).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.firstElementChild?.textContent)).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
    ]);
    expect(rows[1]).toHaveAttribute('data-selected', 'true');
  });
});

describe('RefugeesPanel, chart view', () => {
  it('shows the documents’ totals with the 2.6 million flag and UNHCR’s figure for the year', async () => {
    useFilterStore.getState().setYear(2023);
    renderPanel('chart');
    // The charts load as their own chunk: wait for the panel to leave its fallback.
    const flag = await screen.findByText(
      (_, el) =>
        el?.tagName === 'P' && /Sources disagree: Mumtaz et al\./.test(el.textContent ?? ''),
    );
    expect(flag).toHaveTextContent('2,600,000');
    expect(within(flag).getByRole('link')).toHaveAttribute(
      'href',
      '#discrepancy-refugee-total-documents',
    );
    expect(screen.getByText('1,987,717')).toBeInTheDocument();
    expect(screen.getByText('UNHCR, end of 2023')).toBeInTheDocument();
  });

  it('flags where the province and total figures’ sources disagree, each linked to its note', async () => {
    renderPanel('chart');
    const flags = await screen.findAllByRole('list', { name: 'Where the sources disagree' });
    const links = flags.flatMap((f) => within(f).getAllByRole('link'));
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '#discrepancy-refugee-province-shares',
      '#discrepancy-refugee-host-provinces-jssa-text-vs-table',
      '#discrepancy-refugee-total-mumtaz-vs-unhcr',
    ]);
    expect(links[1]).toHaveTextContent('JSSA 2025: where do the refugees mostly live?');
  });

  it('says "no data" for UNHCR in a year before its series, never 0', async () => {
    useFilterStore.getState().setYear(1950);
    renderPanel('chart');
    expect(await screen.findByText('no data for 1950')).toBeInTheDocument();
  });

  it('registers the visible and full tables for export', async () => {
    const { latest } = renderPanel('chart');
    await screen.findAllByText(/Registered refugees, in the documents/);
    const data = latest();
    expect(data?.visible().name).toBe('refugees-visible');
    expect(data?.full().rows.length).toBeGreaterThan(data?.visible().rows.length ?? 0);
  });
});
