import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FilterBar, WIDE_BAR_QUERY } from './filter-bar';
import { useFilterStore } from './filter-store';

/** The screen as wide as the bar's one-row layout needs, or narrower. */
function screenWide(wide: boolean) {
  const matchMedia = window.matchMedia.bind(window);
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => {
    const list = matchMedia(query);
    if (query === WIDE_BAR_QUERY) Object.defineProperty(list, 'matches', { value: wide });
    return list;
  });
}

const filtersButton = () => screen.getByRole('button', { name: /^Filters \(\d+\)/ });

describe('FilterBar', () => {
  beforeEach(() => useFilterStore.getState().reset());

  it('folded, shows the year and "Filters (n)", which opens the rest; Esc closes it', async () => {
    screenWide(false);
    render(<FilterBar />);
    expect(screen.getByRole('slider', { name: 'Year in focus' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Border' })).not.toBeInTheDocument();
    expect(filtersButton()).toHaveAccessibleName('Filters (0)');
    expect(filtersButton()).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(filtersButton());
    expect(filtersButton()).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Border' }));
    expect(screen.getByRole('button', { name: 'Border' })).toHaveAttribute('aria-pressed', 'true');
    expect(filtersButton()).toHaveAccessibleName('Filters (1)');

    await userEvent.keyboard('{Escape}');
    expect(filtersButton()).toHaveAttribute('aria-expanded', 'false');
    expect(filtersButton()).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Border' })).not.toBeInTheDocument();
  });

  it('wide, keeps Play and the themes in the row and folds the chips into "Filters (n)"', async () => {
    screenWide(true);
    render(<FilterBar />);
    expect(screen.getByRole('button', { name: 'Play through the years' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Security' }));
    expect(screen.queryByRole('button', { name: 'Clear Theme: Security' })).not.toBeInTheDocument();
    expect(filtersButton()).toHaveAccessibleName('Filters (1)');
    await userEvent.click(filtersButton());
    expect(screen.getByRole('button', { name: 'Clear Theme: Security' })).toBeInTheDocument();
    // A press outside closes it, and leaves the focus where it was pressed.
    await userEvent.click(screen.getByRole('button', { name: 'Trade' }));
    expect(filtersButton()).toHaveAttribute('aria-expanded', 'false');
    expect(filtersButton()).toHaveAccessibleName('Filters (2)');
  });

  it('turns a theme on as a chip, and the chip turns it off', async () => {
    screenWide(false);
    render(<FilterBar />);
    await userEvent.click(filtersButton());
    expect(screen.getByText('No filters: showing everything.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset all' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Border' }));
    expect(screen.getByRole('button', { name: 'Border' })).toHaveAttribute('aria-pressed', 'true');
    const chip = screen.getByRole('button', { name: 'Clear Theme: Border' });
    expect(useFilterStore.getState().themes).toEqual(['border']);

    await userEvent.click(chip);
    expect(useFilterStore.getState().themes).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Clear Theme: Border' })).not.toBeInTheDocument();
  });

  it('steps the year and resets everything', async () => {
    screenWide(false);
    render(<FilterBar names={{ provinces: { 'PK-KP': 'Khyber Pakhtunkhwa' } }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Previous year' }));
    expect(screen.getByText('2023', { selector: 'output' })).toBeInTheDocument();
    expect(useFilterStore.getState().year).toBe(2023);
    useFilterStore.getState().selectProvince('PK-KP');
    await userEvent.click(filtersButton());
    expect(
      await screen.findByRole('button', { name: 'Clear Province: Khyber Pakhtunkhwa' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reset all' }));
    expect(useFilterStore.getState().year).toBe(2024);
    expect(useFilterStore.getState().province).toBeNull();
  });

  it('narrows the years shown and keeps the year in focus inside them', async () => {
    screenWide(true);
    render(<FilterBar />);
    await userEvent.click(filtersButton());
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'To year' }), '2010');
    expect(useFilterStore.getState().range).toEqual([1893, 2010]);
    expect(useFilterStore.getState().year).toBe(2010);
    expect(screen.getByRole('slider')).toHaveAttribute('max', '2010');
  });
});
