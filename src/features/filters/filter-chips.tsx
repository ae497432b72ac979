import { useEffect, useRef } from 'react';
import type { FilterNames } from './filter-config';
import { useFilterStore } from './filter-store';
import { useActiveChips } from './use-active-chips';

/**
 * Every active filter as a chip (from each filter's descriptor); pressing a chip clears that
 * filter, "Reset all" clears them all. "Reset all" is enabled exactly when there is a chip. The
 * focus never falls to the page: after a chip goes it moves to the chip now in its place (or the
 * last one), and after the last chip or "Reset all" to the line that says nothing is filtered.
 */
export function FilterChips({ names = {} }: { names?: FilterNames }) {
  const chips = useActiveChips(names);
  const reset = useFilterStore((s) => s.reset);
  const list = useRef<HTMLUListElement>(null);
  const empty = useRef<HTMLParagraphElement>(null);
  // Where the focus goes once the store's change has re-rendered the chips: a chip's index, or
  // the empty line.
  const focusAfter = useRef<number | 'empty' | null>(null);
  useEffect(() => {
    const place = focusAfter.current;
    if (place === null) return;
    focusAfter.current = null;
    const buttons = list.current?.querySelectorAll('button');
    const target =
      place === 'empty' || !buttons?.length
        ? empty.current
        : buttons[Math.min(place, buttons.length - 1)];
    target?.focus();
  });

  return (
    <>
      {chips.length === 0 ? (
        <p ref={empty} className="chips chips--empty" tabIndex={-1}>
          No filters: showing everything.
        </p>
      ) : (
        <ul ref={list} className="chips" aria-label="Active filters">
          {chips.map((c, i) => (
            <li key={c.id}>
              <button
                type="button"
                className="chip"
                onClick={() => {
                  focusAfter.current = i;
                  c.clear();
                }}
                aria-label={`Clear ${c.label}`}
              >
                <span>{c.label}</span>
                <span aria-hidden="true" className="chip__x">
                  ×
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button button--quiet"
        disabled={chips.length === 0}
        onClick={() => {
          focusAfter.current = 'empty';
          reset();
        }}
      >
        Reset all
      </button>
    </>
  );
}
