import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFilterStore } from '@/features/filters/filter-store';
import { isPanelShown } from './panel-shown';
import { PanelSlot, type PanelDef } from './panel-slot';

function YearFigure() {
  const year = useFilterStore((s) => s.year);
  return (
    <p>
      Figures for {year} <button type="button">Details</button>
    </p>
  );
}

const DEF: PanelDef = {
  id: 'trade',
  title: 'Trade balance',
  subtitle: 'Pakistan–Afghanistan trade',
  themes: ['trade'],
  bodyHeight: 100,
  Component: YearFigure,
  queries: [],
  preload: () => Promise.resolve(),
};

/** The panel in a dashboard-like parent that hides it when the chosen themes leave it out. */
function Slot() {
  const themes = useFilterStore((s) => s.themes);
  return <PanelSlot def={DEF} hidden={!isPanelShown(DEF.themes, themes)} />;
}

const setThemes = (
  themes: Parameters<ReturnType<typeof useFilterStore.getState>['setThemes']>[0],
) => act(() => useFilterStore.getState().setThemes(themes));

describe('PanelSlot', () => {
  afterEach(() => act(() => useFilterStore.getState().reset()));

  it('does not render a panel the themes hide before it was ever shown', () => {
    act(() => useFilterStore.getState().setThemes(['security']));
    const { container } = render(<Slot />);
    expect(container.querySelector('section[data-panel]')).toBeNull();
    expect(screen.queryByText(/Figures for/)).toBeNull();
    setThemes([]);
    expect(screen.getByRole('region', { name: 'Trade balance' })).toBeVisible();
    expect(screen.getByText(/Figures for 2024/)).toBeInTheDocument();
  });

  it('keeps a hidden panel mounted, out of sight, reach and the accessibility tree', () => {
    const { container } = render(<Slot />);
    const section = container.querySelector('section[data-panel="trade"]');
    setThemes(['security']);
    expect(container.querySelector('section[data-panel="trade"]')).toBe(section);
    expect(section).toHaveAttribute('hidden');
    expect(section).toHaveAttribute('inert');
    expect(section).not.toBeVisible();
    expect(screen.queryByRole('region', { name: 'Trade balance' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Details' })).toBeNull();

    setThemes([]);
    expect(container.querySelector('section[data-panel="trade"]')).toBe(section);
    expect(section).not.toHaveAttribute('hidden');
    expect(section).not.toHaveAttribute('inert');
    expect(screen.getByRole('region', { name: 'Trade balance' })).toBeVisible();
  });
});
