import { COUNTRIES, COUNTRY_NAMES, type Country } from './filter-config';
import { useFilterStore } from './filter-store';

/** Both countries, or one of them: the map and the panels emphasise the country chosen. */
export function CountrySelect() {
  const country = useFilterStore((s) => s.country);
  const selectCountry = useFilterStore((s) => s.selectCountry);
  return (
    <label className="filter-group country-select">
      <span className="filter-label">Country</span>
      <select
        value={country ?? ''}
        onChange={(e) =>
          selectCountry(
            (COUNTRIES as readonly string[]).includes(e.target.value)
              ? (e.target.value as Country)
              : null,
          )
        }
      >
        <option value="">Both</option>
        {COUNTRIES.map((c) => (
          <option key={c} value={c}>
            {COUNTRY_NAMES[c]}
          </option>
        ))}
      </select>
    </label>
  );
}
