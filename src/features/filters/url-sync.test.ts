import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFilterStore } from './filter-store';
import { replacingHistory, useUrlSync } from './url-sync';

describe('URL sync: push or replace', () => {
  beforeEach(() => {
    useFilterStore.getState().reset();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => vi.restoreAllMocks());

  it('pushes one history entry per change of view', () => {
    renderHook(() => useUrlSync());
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    act(() => useFilterStore.getState().setYear(2021));
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?year=2021');
  });

  it('replaces the current entry for a change made inside replacingHistory', () => {
    renderHook(() => useUrlSync());
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    act(() => replacingHistory(() => useFilterStore.getState().setYear(2022)));
    act(() => replacingHistory(() => useFilterStore.getState().setYear(2023)));
    expect(push).not.toHaveBeenCalled();
    expect(replace).toHaveBeenCalledTimes(2);
    expect(window.location.search).toBe('?year=2023');

    // Only the changes inside it: the next ordinary change pushes again.
    act(() => useFilterStore.getState().setYear(2020));
    expect(push).toHaveBeenCalledTimes(1);
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
    expect(push).toHaveBeenCalledTimes(1);
  });
});
