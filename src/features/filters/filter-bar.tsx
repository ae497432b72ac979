import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type FilterNames, THEME_LABELS, THEMES, YEAR_MAX, YEAR_MIN } from './filter-config';
import { useFilterStore } from './filter-store';
import { useMediaQuery } from '@/lib/use-media-query';
import { usePressOutside } from '@/lib/use-press-outside';
import { FilterChips } from './filter-chips';
import { useActiveChips } from './use-active-chips';
import { YearPlayer } from './year-player';

const YEARS = Array.from({ length: YEAR_MAX - YEAR_MIN + 1 }, (_, i) => YEAR_MIN + i);

interface FilterBarProps {
  /** Names for ids in chips (provinces, events); the id is shown when a name is unknown. */
  names?: FilterNames;
}

/** From this width the bar has room for every control in one row; below it, they fold. */
export const WIDE_BAR_QUERY = '(min-width: 1280px)';

/**
 * The filters for the whole dashboard, in one sticky row whatever is selected. On a wide screen
 * the row holds the year, Play and the themes, and "Filters (n)" opens the years shown and the
 * chips; on a narrower one the row holds the year alone and "Filters (n)" opens the rest.
 * Each control subscribes to the filters it shows, so a step of the year re-renders the year
 * control and the chips, not the two lists of 47 years or the theme toggles.
 */
export function FilterBar({ names }: FilterBarProps) {
  const ref = useRef<HTMLDivElement>(null);
  useStickyHeight(ref);
  const wide = useMediaQuery(WIDE_BAR_QUERY);
  const inRow = (
    <>
      <YearPlayer />
      <ThemeToggles />
    </>
  );
  return (
    <div ref={ref} className="filter-bar" role="search" aria-label="Filters">
      <YearControl />
      {wide ? inRow : null}
      <FiltersDisclosure names={names}>
        {wide ? null : inRow}
        <RangeControl />
      </FiltersDisclosure>
    </div>
  );
}

/**
 * "Filters (n)", n the chips: opens what the row has no room for (the years shown and the chips,
 * with "Reset all"; on a narrow screen Play and the themes too) below the bar, over the page, so the bar keeps its height.
 * Esc or a press outside closes it; Esc puts the focus back on the button.
 */
function FiltersDisclosure({ names, children }: { names?: FilterNames; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const count = useActiveChips(names).length;
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const sheetId = useId();
  usePressOutside(wrapper, open, () => setOpen(false));
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <div ref={wrapper} className="filter-more">
      <button
        ref={button}
        type="button"
        className="button filter-more__toggle"
        aria-expanded={open}
        aria-controls={sheetId}
        onClick={() => setOpen(!open)}
      >
        Filters ({count})
        <span aria-hidden="true" className="filter-more__caret">
          ▾
        </span>
      </button>
      <div id={sheetId} className="filter-more__sheet" hidden={!open}>
        {children}
        <div className="filter-group filter-group--chips">
          <FilterChips names={names} />
        </div>
      </div>
    </div>
  );
}

/**
 * Keeps `--filter-bar-height` on the root at the bar's height, so a link to a citation or a
 * section scrolls its target below the sticky bar rather than under it (see `scroll-padding-top`).
 * The bar is one row high: about 56 px folded, 80 px wide.
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
      <span className="range-control__row">
        <YearSelect
          label="From year"
          value={range[0]}
          onChange={(from) => setRange([from, range[1]])}
        />
        <span aria-hidden="true">–</span>
        <YearSelect label="To year" value={range[1]} onChange={(to) => setRange([range[0], to])} />
      </span>
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
