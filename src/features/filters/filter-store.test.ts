import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filter-config';
import { pickFilters, useFilterStore } from './filter-store';

const state = () => pickFilters(useFilterStore.getState());

describe('filter store', () => {
  beforeEach(() => useFilterStore.getState().reset());

  it('keeps themes in canonical order and toggles them off again', () => {
    const { toggleTheme } = useFilterStore.getState();
    toggleTheme('trade');
    toggleTheme('security');
    expect(state().themes).toEqual(['security', 'trade']);
    toggleTheme('trade');
    expect(state().themes).toEqual(['security']);
  });

  it('narrowing the range pulls the year inside it', () => {
    useFilterStore.getState().setRange([2000, 2010]);
    expect(state().range).toEqual([2000, 2010]);
    expect(state().year).toBe(2010);
  });

  it('choosing a year outside the range widens the range', () => {
    const s = useFilterStore.getState();
    s.setRange([2020, 2022]);
    s.setYear(1992);
    expect(state().range).toEqual([1992, 2022]);
    expect(state().year).toBe(1992);
  });

  it('clearing one filter sets it to the value given and keeps the year inside the range', () => {
    const s = useFilterStore.getState();
    s.setRange([2000, 2020]);
    s.toggleTheme('trade');
    s.clearFilter('themes', []);
    expect(state()).toEqual({ ...DEFAULT_FILTERS, range: [2000, 2020], year: 2020 });
    s.applyView({ ...DEFAULT_FILTERS, range: [2000, 2010], year: 2024 });
    expect(state().year).toBe(2010);
  });

  it('a year inside the range leaves the range; a view applied replaces every key', () => {
    const s = useFilterStore.getState();
    s.setRange([2000, 2020]);
    s.toggleTheme('trade');
    s.setYear(2010);
    expect(state().range).toEqual([2000, 2020]);
    expect(state().year).toBe(2010);
    s.applyView({
      ...state(),
      range: [2005, 2015],
      themes: ['security'],
      tables: ['map'],
      year: 2012,
    });
    expect(state()).toMatchObject({
      range: [2005, 2015],
      themes: ['security'],
      tables: ['map'],
      year: 2012,
    });
    s.setYear(2021);
    expect(state().range).toEqual([2005, 2021]);
  });

  it('a second click on the selected province or event clears it', () => {
    const s = useFilterStore.getState();
    s.toggleProvince('PK-KP');
    expect(state().province).toBe('PK-KP');
    s.toggleProvince('PK-KP');
    expect(state().province).toBeNull();
    s.toggleEvent('paktika-airstrikes');
    s.toggleEvent('paktika-airstrikes');
    expect(state().event).toBeNull();
  });

  it('switches one panel to its table and back', () => {
    const s = useFilterStore.getState();
    s.setView('trade', 'table');
    s.setView('map', 'table');
    expect(state().tables).toEqual(['map', 'trade']);
    s.setView('trade', 'chart');
    expect(state().tables).toEqual(['map']);
  });

  it('reset returns every key to its default', () => {
    const s = useFilterStore.getState();
    s.setYear(2020);
    s.toggleTheme('border');
    s.selectEvent('taliban-kabul-2021');
    s.reset();
    expect(state()).toEqual(DEFAULT_FILTERS);
  });
});
