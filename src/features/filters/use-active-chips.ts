import { useShallow } from 'zustand/react/shallow';
import { FILTER_KEYS, FILTERS, type FilterKey, type FilterNames } from './filter-config';
import { pickFilters, useFilterStore } from './filter-store';

export interface ActiveChip {
  id: string;
  label: string;
  clear: () => void;
}

/** Every active filter as a chip, from each filter's descriptor (the bar counts them too). */
export function useActiveChips(names: FilterNames = {}): ActiveChip[] {
  const view = useFilterStore(useShallow(pickFilters));
  const clearFilter = useFilterStore((s) => s.clearFilter);
  return FILTER_KEYS.flatMap(<K extends FilterKey>(key: K) =>
    FILTERS[key].chips(view[key], view, names).map((chip) => ({
      id: `${key}:${chip.label}`,
      label: chip.label,
      clear: () => clearFilter(key, chip.cleared),
    })),
  );
}
