import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FilterBar } from './filter-bar';
import { useFilterStore } from './filter-store';

describe('FilterBar', () => {
  beforeEach(() => useFilterStore.getState().reset());

  it('turns a theme on as a chip, and the chip turns it off', async () => {
    render(<FilterBar />);
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
    render(<FilterBar names={{ provinces: { 'PK-KP': 'Khyber Pakhtunkhwa' } }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Previous year' }));
    expect(screen.getByText('2023', { selector: 'output' })).toBeInTheDocument();
    expect(useFilterStore.getState().year).toBe(2023);
    useFilterStore.getState().selectProvince('PK-KP');
    expect(
      await screen.findByRole('button', { name: 'Clear Province: Khyber Pakhtunkhwa' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reset all' }));
    expect(useFilterStore.getState().year).toBe(2024);
    expect(useFilterStore.getState().province).toBeNull();
  });

  it('narrows the years shown and keeps the year in focus inside them', async () => {
    render(<FilterBar />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'To year' }), '2010');
    expect(useFilterStore.getState().range).toEqual([1893, 2010]);
    expect(useFilterStore.getState().year).toBe(2010);
    expect(screen.getByRole('slider')).toHaveAttribute('max', '2010');
  });
});
