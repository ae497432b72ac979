import { render, screen } from '@testing-library/react';
import { memo, useState } from 'react';
import { describe, expect, it } from 'vitest';
import userEvent from '@testing-library/user-event';
import { KeptViews } from './kept-views';

const renders: number[] = [];
const View = memo(function View({ year }: { year: number }) {
  renders.push(year);
  return <p>Survey {year}</p>;
});

function Switcher() {
  const [year, setYear] = useState(2024);
  return (
    <>
      <button type="button" onClick={() => setYear(year === 2024 ? 2023 : 2024)}>
        Switch
      </button>
      <KeptViews active={year}>{(y) => <View year={y} />}</KeptViews>
    </>
  );
}

describe('KeptViews', () => {
  it('shows the active view and keeps the ones shown before, hidden and inert, without re-rendering them', async () => {
    renders.length = 0;
    render(<Switcher />);
    const user = userEvent.setup();
    expect(screen.getByText('Survey 2024')).toBeVisible();
    expect(screen.queryByText('Survey 2023')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Switch' }));
    const v2023 = screen.getByText('Survey 2023').closest('.kept-view');
    const v2024 = screen.getByText('Survey 2024').closest('.kept-view');
    expect(v2023).not.toHaveAttribute('hidden');
    expect(v2024).toHaveAttribute('hidden');
    expect(v2024).toHaveAttribute('inert');

    await user.click(screen.getByRole('button', { name: 'Switch' }));
    expect(v2024).not.toHaveAttribute('hidden');
    expect(v2023).toHaveAttribute('hidden');
    // The same elements, each view rendered once: switching back drew nothing again.
    expect(screen.getByText('Survey 2024').closest('.kept-view')).toBe(v2024);
    expect(renders).toEqual([2024, 2023]);
  });
});
