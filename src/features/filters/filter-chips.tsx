import { useShallow } from 'zustand/react/shallow';
import { COUNTRY_NAMES, DEFAULT_FILTERS, THEME_LABELS, type Theme } from './filter-config';
import { useFilterStore } from './filter-store';

interface Chip {
  key: string;
  label: string;
  clear: () => void;
}

const TIER_NAMES = { document: 'the documents', 'public-series': 'UNHCR series' } as const;

/** Every active filter as a chip; pressing a chip clears that filter. */
export function FilterChips({
  names,
}: {
  names?: Partial<Record<'province' | 'event', Record<string, string>>>;
}) {
  const s = useFilterStore(
    useShallow((st) => ({
      year: st.year,
      range: st.range,
      themes: st.themes,
      province: st.province,
      country: st.country,
      event: st.event,
      tier: st.tier,
    })),
  );
  const actions = useFilterStore.getState();
  const chips: Chip[] = [];

  if (s.year !== DEFAULT_FILTERS.year) {
    chips.push({
      key: 'year',
      label: `Year ${s.year}`,
      clear: () => actions.setYear(DEFAULT_FILTERS.year),
    });
  }
  if (s.range[0] !== DEFAULT_FILTERS.range[0] || s.range[1] !== DEFAULT_FILTERS.range[1]) {
    chips.push({
      key: 'range',
      label: `Years ${s.range[0]}–${s.range[1]}`,
      clear: () => actions.setRange(DEFAULT_FILTERS.range),
    });
  }
  s.themes.forEach((t: Theme) =>
    chips.push({
      key: `theme-${t}`,
      label: `Theme: ${THEME_LABELS[t]}`,
      clear: () => actions.toggleTheme(t),
    }),
  );
  if (s.country) {
    chips.push({
      key: 'country',
      label: `Country: ${COUNTRY_NAMES[s.country]}`,
      clear: () => actions.selectCountry(null),
    });
  }
  if (s.province) {
    const province = s.province;
    chips.push({
      key: 'province',
      label: `Province: ${names?.province?.[province] ?? province}`,
      clear: () => actions.selectProvince(null),
    });
  }
  if (s.event) {
    const event = s.event;
    chips.push({
      key: 'event',
      label: `Event: ${names?.event?.[event] ?? event}`,
      clear: () => actions.selectEvent(null),
    });
  }
  if (s.tier !== DEFAULT_FILTERS.tier) {
    chips.push({
      key: 'tier',
      label: `Refugee figures: ${TIER_NAMES[s.tier]}`,
      clear: () => actions.setTier(DEFAULT_FILTERS.tier),
    });
  }

  if (chips.length === 0) {
    return <p className="chips chips--empty">No filters: showing everything.</p>;
  }
  return (
    <ul className="chips" aria-label="Active filters">
      {chips.map((c) => (
        <li key={c.key}>
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
