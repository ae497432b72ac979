import { useEffect, useRef, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type FilterNames, THEME_LABELS, THEMES, YEAR_MAX, YEAR_MIN } from './filter-config';
import { useFilterStore } from './filter-store';
import { FilterChips } from './filter-chips';
import { YearPlayer } from './year-player';

const YEARS = Array.from({ length: YEAR_MAX - YEAR_MIN + 1 }, (_, i) => YEAR_MIN + i);

interface FilterBarProps {
  /** Names for ids in chips (provinces, events); the id is shown when a name is unknown. */
  names?: FilterNames;
}

/**
 * The filters for the whole dashboard. Each control subscribes to the filters it shows, so a step
 * of the year re-renders the year control and the chips, not the two lists of 47 years or the
 * theme toggles.
 */
export function FilterBar({ names }: FilterBarProps) {
  const ref = useRef<HTMLDivElement>(null);
  useStickyHeight(ref);
  return (
    <div ref={ref} className="filter-bar" role="search" aria-label="Filters">
      <div className="filter-group filter-group--year">
        <YearControl />
        <YearPlayer />
        <RangeControl />
      </div>
      <ThemeToggles />
      <div className="filter-group filter-group--chips">
        <FilterChips names={names} />
      </div>
    </div>
  );
}

/**
 * Keeps `--filter-bar-height` on the root at the bar's height, so a link to a citation or a
 * section scrolls its target below the sticky bar rather than under it (see `scroll-padding-top`).
 * The bar's height depends on the width and the chips, from about 165 to 425 px.
 */
function useStickyHeight(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--filter-bar-height', `${el.offsetHeight}px`);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--filter-bar-height');
    };
  }, [ref]);
}

function YearControl() {
  const { year, range } = useFilterStore(useShallow((s) => ({ year: s.year, range: s.range })));
  const setYear = useFilterStore((s) => s.setYear);
  return (
    <div className="year-control">
      <span className="filter-label" id="year-focus-label">
        Year in focus
      </span>
      <span className="year-control__row">
        <button
          type="button"
          className="icon-button"
          aria-label="Previous year"
          disabled={year <= range[0]}
          onClick={() => setYear(year - 1)}
        >
          ‹
        </button>
        <input
          type="range"
          aria-labelledby="year-focus-label"
          min={range[0]}
          max={range[1]}
          value={year}
          aria-valuetext={String(year)}
          onChange={(e) => setYear(Number(e.target.value))}
        />
        <button
          type="button"
          className="icon-button"
          aria-label="Next year"
          disabled={year >= range[1]}
          onClick={() => setYear(year + 1)}
        >
          ›
        </button>
        <output className="year-control__value" aria-live="polite">
          {year}
        </output>
      </span>
    </div>
  );
}

function RangeControl() {
  const range = useFilterStore((s) => s.range);
  const setRange = useFilterStore((s) => s.setRange);
  return (
    <fieldset className="range-control">
      <legend className="filter-label">Years shown</legend>
      <YearSelect
        label="From year"
        value={range[0]}
        onChange={(from) => setRange([from, range[1]])}
      />
      <span aria-hidden="true">–</span>
      <YearSelect label="To year" value={range[1]} onChange={(to) => setRange([range[0], to])} />
    </fieldset>
  );
}

function YearSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (year: number) => void;
}) {
  return (
    <label>
      <span className="visually-hidden">{label}</span>
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {YEARS.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

function ThemeToggles() {
  const themes = useFilterStore((s) => s.themes);
  const toggleTheme = useFilterStore((s) => s.toggleTheme);
  return (
    <div className="filter-group filter-group--themes" role="group" aria-labelledby="themes-label">
      <span id="themes-label" className="filter-label">
        Themes
      </span>
      <div className="theme-toggles">
        {THEMES.map((t) => (
          <button
            key={t}
            type="button"
            className={`theme-toggle theme-toggle--${t}`}
            aria-pressed={themes.includes(t)}
            onClick={() => toggleTheme(t)}
          >
            <span className="theme-toggle__tick" aria-hidden="true" />
            {THEME_LABELS[t]}
          </button>
        ))}
      </div>
    </div>
  );
}
