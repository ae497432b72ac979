import { useCallback, useEffect, useRef, useState } from 'react';
import { FIRST_FIGURE_YEAR } from './filter-config';
import { useFilterStore } from './filter-store';
import { replacingHistory } from './url-sync';

/** How long each year stays in focus while playing. */
export const PLAY_STEP_MS = 1200;

/**
 * Steps the year in focus through the years shown, one every `stepMs`, and stops at the last.
 * Playing from the last year, or the one before it (the default view's 2024: one step would be no
 * play at all), starts again at the first year shown that can have a figure. Any other change of
 * year (the slider, a click on a bar, Back) pauses it. The first step adds one history entry and the rest replace it,
 * so Back returns to the year before playing began.
 */
export function useYearPlayer(stepMs = PLAY_STEP_MS): { playing: boolean; toggle: () => void } {
  const [playing, setPlaying] = useState(false);
  /** The year the player itself last set: any other year means someone else moved it. */
  const ownYear = useRef<number | null>(null);
  /** Whether this run of playing has already added its one history entry. */
  const pushed = useRef(false);

  const step = useCallback((year: number) => {
    ownYear.current = year;
    const { setYear } = useFilterStore.getState();
    if (pushed.current) replacingHistory(() => setYear(year));
    else setYear(year);
    pushed.current = true;
  }, []);

  useEffect(() => {
    if (!playing) return;
    const unsubscribe = useFilterStore.subscribe((state, previous) => {
      if (state.year !== previous.year && state.year !== ownYear.current) setPlaying(false);
    });
    const timer = window.setInterval(() => {
      const { year, range } = useFilterStore.getState();
      if (year >= range[1]) {
        setPlaying(false);
        return;
      }
      step(year + 1);
      if (year + 1 >= range[1]) setPlaying(false);
    }, stepMs);
    return () => {
      unsubscribe();
      window.clearInterval(timer);
    };
  }, [playing, step, stepMs]);

  const toggle = useCallback(() => {
    if (playing) {
      setPlaying(false);
      return;
    }
    pushed.current = false;
    const { year, range } = useFilterStore.getState();
    const first = Math.max(range[0], FIRST_FIGURE_YEAR);
    if (year >= range[1] - 1 && year > first) step(first);
    else ownYear.current = year;
    setPlaying(true);
  }, [playing, step]);

  return { playing, toggle };
}
