import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFilterStore } from './filter-store';
import { PLAY_STEP_MS, useYearPlayer } from './use-year-player';
import { useUrlSync } from './url-sync';

const year = () => useFilterStore.getState().year;

describe('useYearPlayer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useFilterStore.getState().reset();
    useFilterStore.getState().setRange([2019, 2024]);
    useFilterStore.getState().setYear(2020);
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('steps one year per interval and stops at the end of the range', () => {
    const { result } = renderHook(() => useYearPlayer());
    act(() => result.current.toggle());
    expect(result.current.playing).toBe(true);
    expect(year()).toBe(2020);
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
    expect(year()).toBe(2021);
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS * 3));
    expect(year()).toBe(2024);
    expect(result.current.playing).toBe(false);
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS * 3));
    expect(year()).toBe(2024);
  });

  it('starts again from the first year when played from the last', () => {
    useFilterStore.getState().setYear(2024);
    const { result } = renderHook(() => useYearPlayer());
    act(() => result.current.toggle());
    expect(year()).toBe(2019);
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
    expect(year()).toBe(2020);
  });

  it('never plays through the years before any figure exists', () => {
    useFilterStore.getState().setRange([1893, 2025]);
    useFilterStore.getState().setYear(2025);
    const { result } = renderHook(() => useYearPlayer());
    act(() => result.current.toggle());
    expect(year()).toBe(1979);
  });

  it('starts again from the first year when only one step is left (the default 2024 of 1893–2025)', () => {
    useFilterStore.getState().setRange([1893, 2025]);
    useFilterStore.getState().setYear(2024);
    const { result } = renderHook(() => useYearPlayer());
    act(() => result.current.toggle());
    expect(year()).toBe(1979);
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
    expect(year()).toBe(1980);
    expect(result.current.playing).toBe(true);
  });

  it('plays the one step of a two-year range rather than jumping back', () => {
    useFilterStore.getState().setRange([2023, 2024]);
    useFilterStore.getState().setYear(2023);
    const { result } = renderHook(() => useYearPlayer());
    act(() => result.current.toggle());
    expect(year()).toBe(2023);
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
    expect(year()).toBe(2024);
    expect(result.current.playing).toBe(false);
  });

  it('pauses when pressed again', () => {
    const { result } = renderHook(() => useYearPlayer());
    act(() => result.current.toggle());
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
    act(() => result.current.toggle());
    expect(result.current.playing).toBe(false);
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS * 3));
    expect(year()).toBe(2021);
  });

  it('pauses when the year is changed by hand', () => {
    const { result } = renderHook(() => useYearPlayer());
    act(() => result.current.toggle());
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
    act(() => useFilterStore.getState().setYear(2019));
    expect(result.current.playing).toBe(false);
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS * 3));
    expect(year()).toBe(2019);
  });

  it('adds one history entry for a whole run and replaces it at every further step', () => {
    window.history.replaceState(null, '', '/?year=2020&range=2019-2024');
    renderHook(() => useUrlSync());
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    const { result } = renderHook(() => useYearPlayer());
    act(() => result.current.toggle());
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS * 4));
    expect(year()).toBe(2024);
    // The address bar follows after the frame that shows the last step.
    act(() => vi.advanceTimersByTime(100));
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(3);
    // 2024 is the default year, so the URL leaves it out.
    expect(window.location.search).toBe('?range=2019-2024');
  });
});
