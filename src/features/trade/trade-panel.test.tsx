import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PanelData } from '@/components/panel-data';
import { loadShipped } from '@/data/test-fixtures';
import type { ViewMode } from '@/features/filters/filter-config';
import { useFilterStore } from '@/features/filters/filter-store';
import { findBar, renderWithData, stubChartLayout } from '@/test/render-panel';
import { TradePanel } from './trade-panel';

const data = loadShipped();

function renderPanel(mode: ViewMode, register?: (d: PanelData | null) => void) {
  const { trade, connectivity, discrepancies, sources } = data;
  return renderWithData(
    <TradePanel mode={mode} />,
    { trade, connectivity, discrepancies, sources },
    register,
  );
}

const year = () => useFilterStore.getState().year;

describe('TradePanel', () => {
  beforeEach(() => {
    useFilterStore.getState().reset();
    stubChartLayout();
  });

  it('selects a year everywhere when its bar is clicked, and outlines it', async () => {
    const { container } = renderPanel('chart');
    await userEvent.click(await findBar(container, 2021, 'totalOnly'));
    expect(year()).toBe(2021);
    expect(await screen.findByRole('button', { name: /^2021: total trade/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('says the 2024 balance with its sign and in words, with the sum shown', async () => {
    renderPanel('chart');
    const note = (await screen.findByText('+1,050')).closest('p') as HTMLElement;
    expect(note).toHaveTextContent('Pakistan surplus');
    expect(note).toHaveTextContent('exports 1,400 − imports 350');
    expect(note).toHaveTextContent('projected');
  });

  it('marks 2020 and 2023 "no data" in the chart', async () => {
    const { container } = renderPanel('chart');
    await screen.findByRole('button', { name: /^2020: no data/ });
    expect(container.querySelector('.year-gap[data-year="2020"]')).toHaveTextContent('no data');
    expect(container.querySelector('.year-gap[data-year="2023"]')).toHaveTextContent('no data');
    expect(container.querySelector('rect[data-year="2020"][data-series]')).toBeNull();
  });

  it('gives exact figures in the table, gaps as "no data", and selects a year from it', async () => {
    renderPanel('table');
    const table = await screen.findByRole('table');
    const row = (y: string) =>
      within(table)
        .getByRole('button', { name: `Select ${y}` })
        .closest('tr') as HTMLElement;
    const cells = [...row('2024').querySelectorAll('td')].map((td) => td.textContent);
    expect(cells.slice(1, 5)).toEqual(['1,400', '350', '1,750', '+1,050 (Pakistan surplus)']);
    expect(row('2024')).toHaveTextContent('projected');
    expect(row('2020')).toHaveTextContent('no data');
    expect(row('2019')).toHaveTextContent('1,700');
    await userEvent.click(within(table).getByRole('button', { name: 'Select 2022' }));
    expect(year()).toBe(2022);
  });

  it('switches to the connectivity projects, with n/a for APTTA and the disagreements flagged', async () => {
    renderPanel('table');
    await userEvent.click(await screen.findByRole('button', { name: 'Connectivity projects' }));
    const table = await screen.findByRole('table');
    const row = (name: RegExp) =>
      within(table)
        .getAllByRole('row')
        .find((tr) => name.test(tr.querySelector('td')?.textContent ?? '')) as HTMLElement;
    expect(row(/APTTA/)).toHaveTextContent('n/a');
    expect(row(/APTTA/)).toHaveTextContent('Trust deficit');
    expect(
      within(row(/CPEC/))
        .getAllByRole('link', { name: /sources disagree/i })
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#discrepancy-cpec-investment', '#discrepancy-cpec-trade-gain']);
    expect(within(row(/APTTA/)).getByRole('link', { name: /sources disagree/i })).toHaveAttribute(
      'href',
      '#discrepancy-aptta-trade-gain',
    );
    expect(screen.getByText(/1,000 miles/)).toBeInTheDocument();
    expect(screen.getByText(/33 billion cubic metres per year/)).toBeInTheDocument();
  });

  it('opens on the connectivity view when that theme is chosen without trade', async () => {
    useFilterStore.getState().setThemes(['connectivity']);
    renderPanel('chart');
    expect(await screen.findByRole('button', { name: 'Connectivity projects' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('registers what the table shows for export, following the range', async () => {
    const register = vi.fn();
    useFilterStore.getState().setRange([2020, 2022]);
    renderPanel('table', register);
    await screen.findByRole('table');
    const data = register.mock.calls.at(-1)?.[0] as PanelData;
    expect(data.visible().rows.map((r) => r.year)).toEqual([2020, 2021, 2022]);
    expect(data.full().rows.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it('registers the view shown for export', async () => {
    const register = vi.fn();
    renderPanel('table', register);
    await screen.findByRole('table');
    const last = () => (register.mock.calls.at(-1)?.[0] as PanelData | null)?.visible().name;
    expect(last()).toBe('trade-visible');
    await userEvent.click(screen.getByRole('button', { name: 'Connectivity projects' }));
    await waitFor(() => expect(last()).toBe('connectivity-visible'));
    // Back to trade: the connectivity view stays mounted (hidden) and does not register.
    await userEvent.click(screen.getByRole('button', { name: 'Trade' }));
    await waitFor(() => expect(last()).toBe('trade-visible'));
    expect(screen.getAllByRole('table')).toHaveLength(1);
  });
});
