import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFilterStore } from './filter-store';
import { currentViewUrl, replacingHistory, useUrlSync } from './url-sync';

// The address bar is written after the frame that shows a change: a frame callback, then a task.
const nextPaint = () => act(() => vi.advanceTimersByTime(100));

describe('URL sync: push or replace', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useFilterStore.getState().reset();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('pushes one history entry per change of view, after the next paint', () => {
    renderHook(() => useUrlSync());
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    act(() => useFilterStore.getState().setYear(2021));
    expect(push).not.toHaveBeenCalled();
    expect(window.location.search).toBe('');
    nextPaint();
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?year=2021');
    act(() => useFilterStore.getState().setYear(2022));
    nextPaint();
    expect(push).toHaveBeenCalledTimes(2);
    expect(window.location.search).toBe('?year=2022');
  });

  it('makes one entry of the changes made before a paint', () => {
    renderHook(() => useUrlSync());
    const push = vi.spyOn(window.history, 'pushState');
    act(() => useFilterStore.getState().setYear(2021));
    act(() => useFilterStore.getState().setYear(2020));
    act(() => useFilterStore.getState().setYear(2019));
    nextPaint();
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?year=2019');
  });

  it('writes nothing when the view is back where it was before the paint', () => {
    renderHook(() => useUrlSync());
    const push = vi.spyOn(window.history, 'pushState');
    act(() => useFilterStore.getState().setYear(2021));
    act(() => useFilterStore.getState().reset());
    nextPaint();
    expect(push).not.toHaveBeenCalled();
    expect(window.location.search).toBe('');
  });

  it('replaces the current entry for a change made inside replacingHistory', () => {
    renderHook(() => useUrlSync());
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    act(() => replacingHistory(() => useFilterStore.getState().setYear(2022)));
    nextPaint();
    act(() => replacingHistory(() => useFilterStore.getState().setYear(2023)));
    nextPaint();
    expect(push).not.toHaveBeenCalled();
    expect(replace).toHaveBeenCalledTimes(2);
    expect(window.location.search).toBe('?year=2023');

    // Only the changes inside it: the next ordinary change pushes again.
    act(() => useFilterStore.getState().setYear(2020));
    nextPaint();
    expect(push).toHaveBeenCalledTimes(1);
  });

  it('does not merge a push with a replace made before the same paint', () => {
    renderHook(() => useUrlSync());
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    act(() => useFilterStore.getState().setYear(2020));
    act(() => replacingHistory(() => useFilterStore.getState().setYear(2021)));
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?year=2020');
    nextPaint();
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?year=2021');
  });

  it('lowers the flag even when the change throws', () => {
    renderHook(() => useUrlSync());
    const push = vi.spyOn(window.history, 'pushState');
    expect(() =>
      replacingHistory(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    act(() => useFilterStore.getState().setYear(2019));
    nextPaint();
    expect(push).toHaveBeenCalledTimes(1);
  });

  it('gives the address of the view on screen before the paint has written it', () => {
    renderHook(() => useUrlSync());
    act(() => useFilterStore.getState().setYear(2021));
    expect(currentViewUrl()).toMatch(/\?year=2021$/);
    const push = vi.spyOn(window.history, 'pushState');
    nextPaint();
    expect(push).not.toHaveBeenCalled();
  });

  it('lets Back win over a change not yet written', () => {
    window.history.replaceState(null, '', '/?year=2020');
    renderHook(() => useUrlSync());
    act(() => useFilterStore.getState().setYear(2021));
    const push = vi.spyOn(window.history, 'pushState');
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    nextPaint();
    expect(push).not.toHaveBeenCalled();
    expect(useFilterStore.getState().year).toBe(2020);
    expect(window.location.search).toBe('?year=2020');
  });

  it('writes a waiting change when it stops', () => {
    const { unmount } = renderHook(() => useUrlSync());
    act(() => useFilterStore.getState().setYear(2021));
    unmount();
    expect(window.location.search).toBe('?year=2021');
  });
});
