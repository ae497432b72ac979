import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { validView } from '@/test/filter-arbitrary';
import { DEFAULT_FILTERS, FILTER_KEYS, sameValue, type FilterState } from './filter-config';
import { FilterChips } from './filter-chips';
import { pickFilters, useFilterStore } from './filter-store';

const changedKeys = (a: FilterState, b: FilterState) =>
  FILTER_KEYS.filter((key) => !sameValue(a[key], b[key]));

describe('filter chips', () => {
  beforeEach(() => useFilterStore.getState().reset());

  it('shows no chip for the default view', () => {
    render(<FilterChips />);
    expect(screen.getByText('No filters: showing everything.')).toBeInTheDocument();
  });

  it('shows no year chip when a narrowed range alone moved the year', () => {
    useFilterStore.getState().applyView({ ...DEFAULT_FILTERS, range: [2000, 2022], year: 2022 });
    render(<FilterChips />);
    const chips = within(screen.getByRole('list', { name: 'Active filters' }));
    expect(chips.getAllByRole('button').map((b) => b.textContent)).toEqual(['Years 2000–2022×']);
  });

  it('clearing that range puts the year it had moved back too, and keeps a year chosen', async () => {
    const user = userEvent.setup();
    useFilterStore.getState().applyView({ ...DEFAULT_FILTERS, range: [2000, 2022], year: 2022 });
    const { unmount } = render(<FilterChips />);
    await user.click(screen.getByRole('button', { name: /Years 2000–2022/ }));
    expect(pickFilters(useFilterStore.getState())).toEqual(DEFAULT_FILTERS);
    unmount();

    useFilterStore.getState().applyView({ ...DEFAULT_FILTERS, range: [2000, 2022], year: 2010 });
    render(<FilterChips />);
    await user.click(screen.getByRole('button', { name: /Years 2000–2022/ }));
    expect(useFilterStore.getState().year).toBe(2010);
    expect(screen.getByRole('button', { name: /Year 2010/ })).toBeInTheDocument();
  });

  it('for any view: a chip per changed filter, and pressing one changes exactly that filter', async () => {
    const user = userEvent.setup();
    await fc.assert(
      fc.asyncProperty(validView, fc.nat(), async (view, pick) => {
        useFilterStore.getState().applyView(view);
        const { unmount } = render(<FilterChips />);
        try {
          const list = screen.queryByRole('list', { name: 'Active filters' });
          const buttons = list ? within(list).getAllByRole('button') : [];
          // "Reset all" is there exactly when a filter is.
          expect(screen.getByRole('button', { name: 'Reset all' })).toHaveProperty(
            'disabled',
            buttons.length === 0,
          );
          const filtered = changedKeys(view, DEFAULT_FILTERS).filter(
            (key) => !['tables', 'focus', 'tradeView', 'allSeries'].includes(key),
          );
          // A year moved only by the range is not a filter of its own.
          const own = filtered.filter(
            (key) =>
              key !== 'year' ||
              view.year !== Math.min(Math.max(DEFAULT_FILTERS.year, view.range[0]), view.range[1]),
          );
          expect(buttons.length).toBeGreaterThanOrEqual(own.length);
          if (buttons.length === 0) return;
          const labels = buttons.map((b) => b.textContent);
          const pressed = pick % buttons.length;
          const before = pickFilters(useFilterStore.getState());
          await user.click(buttons[pressed]!);
          const after = pickFilters(useFilterStore.getState());
          // One filter of its own changed (a year the range had moved may follow the range)...
          const changed = changedKeys(before, after).filter(
            (key) => !(key === 'year' && !own.includes('year')),
          );
          expect(changed).toHaveLength(1);
          expect(own).toContain(changed[0]);
          // ...and every other chip is still there, as it was.
          const left = screen.queryByRole('list', { name: 'Active filters' });
          const leftLabels = left
            ? within(left)
                .getAllByRole('button')
                .map((b) => b.textContent)
            : [];
          expect(leftLabels).toEqual(labels.filter((_, i) => i !== pressed));
        } finally {
          unmount();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('moves the focus to the chip in its place, then to the line saying nothing is filtered', async () => {
    const user = userEvent.setup();
    useFilterStore.getState().applyView({ ...DEFAULT_FILTERS, themes: ['security', 'trade'] });
    render(<FilterChips />);
    await user.click(screen.getByRole('button', { name: 'Clear Theme: Security' }));
    expect(screen.getByRole('button', { name: 'Clear Theme: Trade' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Clear Theme: Trade' }));
    expect(screen.getByText('No filters: showing everything.')).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Reset all' })).toBeDisabled();
  });

  it('Reset all clears every filter and leaves the focus on the line saying so', async () => {
    const user = userEvent.setup();
    useFilterStore.getState().applyView({ ...DEFAULT_FILTERS, year: 2010, tier: 'public-series' });
    render(<FilterChips />);
    await user.click(screen.getByRole('button', { name: 'Reset all' }));
    expect(pickFilters(useFilterStore.getState())).toEqual(DEFAULT_FILTERS);
    expect(screen.getByText('No filters: showing everything.')).toHaveFocus();
  });
});
