import { useShallow } from 'zustand/react/shallow';
import { FILTER_KEYS, FILTERS, type FilterKey, type FilterNames } from './filter-config';
import { pickFilters, useFilterStore } from './filter-store';

interface ActiveChip {
  id: string;
  label: string;
  clear: () => void;
}

/** Every active filter as a chip (from each filter's descriptor); pressing a chip clears that filter. */
export function FilterChips({ names = {} }: { names?: FilterNames }) {
  const view = useFilterStore(useShallow(pickFilters));
  const clearFilter = useFilterStore((s) => s.clearFilter);
  const chips: ActiveChip[] = FILTER_KEYS.flatMap(<K extends FilterKey>(key: K) =>
    FILTERS[key].chips(view[key], view, names).map((chip) => ({
      id: `${key}:${chip.label}`,
      label: chip.label,
      clear: () => clearFilter(key, chip.cleared),
    })),
  );

  if (chips.length === 0) {
    return <p className="chips chips--empty">No filters: showing everything.</p>;
  }
  return (
    <ul className="chips" aria-label="Active filters">
      {chips.map((c) => (
        <li key={c.id}>
          <button type="button" className="chip" onClick={c.clear} aria-label={`Clear ${c.label}`}>
            <span>{c.label}</span>
            <span aria-hidden="true" className="chip__x">
              ×
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
