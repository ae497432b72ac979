import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PanelData } from '@/components/panel-data';
import { loadShipped } from '@/data/test-fixtures';
import type { ViewMode } from '@/features/filters/filter-config';
import { useFilterStore } from '@/features/filters/filter-store';
import { findBar, renderWithData, stubChartLayout } from '@/test/render-panel';
import { SecurityPanel } from './security-panel';

const data = loadShipped();

function renderPanel(mode: ViewMode, register?: (d: PanelData | null) => void) {
  const { securityIncidents, sources, keyFigures } = data;
  return renderWithData(
    <SecurityPanel mode={mode} />,
    { securityIncidents, sources, keyFigures },
    register,
  );
}

const year = () => useFilterStore.getState().year;

describe('SecurityPanel', () => {
  beforeEach(() => {
    useFilterStore.getState().reset();
    stubChartLayout();
  });

  it('selects a year for the whole dashboard when its bar is clicked', async () => {
    const { container } = renderPanel('chart');
    await userEvent.click(await findBar(container, 2021, 'totalOnly'));
    expect(year()).toBe(2021);
  });

  it('draws the 2024 projection as a hatched stack and 2022 as "no data", never a bar', async () => {
    const { container } = renderPanel('chart');
    await screen.findByRole('button', { name: /^2024 projected: 290 incidents$/ });
    const stack = await waitFor(() => {
      const rects = container.querySelectorAll('rect[data-year="2024"][data-series]');
      expect(rects).toHaveLength(3);
      return rects;
    });
    expect([...stack].map((r) => r.getAttribute('data-series')).sort()).toEqual([
      'counterTerrorismOperations',
      'crossBorderAttacks',
      'militantActivities',
    ]);
    for (const r of stack) expect(r.getAttribute('fill')).toMatch(/^url\(#[\w-]+-projected-/);
    expect(container.querySelector('rect[data-year="2022"][data-series]')).toBeNull();
    expect(container.querySelector('.year-gap[data-year="2022"]')?.textContent).toBe('no data');
    expect(screen.getByRole('button', { name: /^2022: no data/ })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: /legend/i })).toHaveTextContent('projected');
  });

  it('selects a year from the keyboard on its axis button, and marks it pressed', async () => {
    renderPanel('chart');
    const tick = await screen.findByRole('button', { name: /^2023:/ });
    expect(tick).toHaveAttribute('aria-pressed', 'false');
    tick.focus();
    await userEvent.keyboard('{Enter}');
    expect(year()).toBe(2023);
    expect(await screen.findByRole('button', { name: /^2023:/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('shows the 2023 fatality figures with a link to their source', async () => {
    renderPanel('chart');
    const note = (
      await screen.findByText(/^\+56% terror-attack fatalities in Pakistan in 2023/)
    ).closest('.security-facts') as HTMLElement;
    expect(note).toHaveTextContent('over 1,500 killed, 500 of them security personnel');
    expect(within(note).getByRole('link', { name: 'Punjab Today 2025' })).toHaveAttribute(
      'href',
      '#source-punjab-today-2025',
    );
  });

  it('lists exact figures in the table, 2022 as "no data", and selects a year from it', async () => {
    renderPanel('table');
    const table = await screen.findByRole('table');
    const row = (y: string) =>
      within(table)
        .getByRole('button', { name: `Select ${y}` })
        .closest('tr') as HTMLElement;
    expect(row('2022')).toHaveTextContent('no data');
    expect(row('2022')).not.toHaveTextContent(/\b0\b/);
    expect(row('2024')).toHaveTextContent('290');
    expect(row('2024')).toHaveTextContent('140');
    expect(row('2024')).toHaveTextContent('projected');
    expect(within(row('2021')).getByRole('link', { name: 'JSSA 2025' })).toBeInTheDocument();
    await userEvent.click(within(table).getByRole('button', { name: 'Select 2020' }));
    expect(year()).toBe(2020);
    expect(row('2020')).toHaveAttribute('data-selected', 'true');
  });

  it('registers the visible rows and the whole dataset for export', async () => {
    const register = vi.fn();
    useFilterStore.getState().setRange([2022, 2025]);
    renderPanel('table', register);
    await screen.findByRole('table');
    const data = register.mock.calls.at(-1)?.[0] as PanelData;
    expect(data.visible().rows.map((r) => r.year)).toEqual([2022, 2023, 2024]);
    expect(data.full().rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(data.visible().columns.map((c) => c.key)).toEqual(
      expect.arrayContaining(['unit', 'status', 'source']),
    );
  });
});
