import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Choice } from './choice';

const OPTIONS = [
  { value: 2023, label: '2023 survey (observed)' },
  { value: 2024, label: '2024 projection' },
];

describe('Choice', () => {
  it('is a group of radio buttons named by its legend, the value checked, a pick reported by value', async () => {
    const onChange = vi.fn();
    render(<Choice legend="Survey" options={OPTIONS} value={2024} onChange={onChange} />);
    const group = screen.getByRole('group', { name: 'Survey' });
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(2);
    expect(group).toContainElement(radios[0]!);
    expect(screen.getByRole('radio', { name: '2024 projection' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '2023 survey (observed)' })).not.toBeChecked();
    // One group: the radios share a name of their own.
    expect(radios[0]!.getAttribute('name')).toBe(radios[1]!.getAttribute('name'));

    await userEvent.click(screen.getByText('2023 survey (observed)'));
    expect(onChange).toHaveBeenCalledWith(2023);
  });
});
