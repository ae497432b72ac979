import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFilterStore } from './filter-store';
import { initFiltersFromUrl, replacingHistory, useUrlSync } from './url-sync';

const open = (address: string) => {
  window.history.replaceState(null, '', address);
  initFiltersFromUrl();
  return renderHook(() => useUrlSync());
};
const address = () => `${window.location.search}${window.location.hash}`;

describe('URL sync', () => {
  beforeEach(() => useFilterStore.getState().reset());
  afterEach(() => vi.restoreAllMocks());

  it('opens on the linked view and pushes one history entry per change', () => {
    open('/?year=2020');
    expect(useFilterStore.getState().year).toBe(2020);
    const push = vi.spyOn(window.history, 'pushState');
    act(() => useFilterStore.getState().setYear(2021));
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?year=2021');
    act(() => useFilterStore.getState().setYear(2022));
    expect(push).toHaveBeenCalledTimes(2);
    expect(window.location.search).toBe('?year=2022');
  });

  it('replaces the current entry for a change made inside replacingHistory, and only for it', () => {
    open('/');
    const push = vi.spyOn(window.history, 'pushState');
    act(() => replacingHistory(() => useFilterStore.getState().setYear(2022)));
    act(() => replacingHistory(() => useFilterStore.getState().setYear(2023)));
    expect(push).not.toHaveBeenCalled();
    expect(window.location.search).toBe('?year=2023');
    act(() => useFilterStore.getState().setYear(2020));
    expect(push).toHaveBeenCalledTimes(1);
  });

  it('lowers the flag even when the change throws', () => {
    open('/');
    const push = vi.spyOn(window.history, 'pushState');
    expect(() =>
      replacingHistory(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    act(() => useFilterStore.getState().setYear(2019));
    expect(push).toHaveBeenCalledTimes(1);
  });

  it('keeps the fragment and the parameters it does not own, through every change', () => {
    open('/?utm_source=mail&year=2010#source-unhcr');
    expect(address()).toBe('?year=2010&utm_source=mail#source-unhcr');
    act(() => useFilterStore.getState().setYear(2012));
    expect(address()).toBe('?year=2012&utm_source=mail#source-unhcr');
    act(() => useFilterStore.getState().reset());
    expect(address()).toBe('?utm_source=mail#source-unhcr');
  });

  it('reports what of the opened link it could not use, and tidies it in place', () => {
    const { result } = open('/?year=2001&year=2010&themes=nope');
    expect(result.current).toEqual([
      { param: 'year', value: '2010', reason: 'given 2 times; the first, 2001, was used' },
      { param: 'themes', value: 'nope' },
    ]);
    expect(window.location.search).toBe('?year=2001');
    act(() => useFilterStore.getState().setYear(2002));
    expect(result.current).toEqual([]);
  });

  it('follows Back and Forward', () => {
    open('/?year=2020');
    act(() => useFilterStore.getState().setYear(2021));
    const push = vi.spyOn(window.history, 'pushState');
    window.history.replaceState(null, '', '/?year=2015&themes=trade');
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(push).not.toHaveBeenCalled();
    expect(useFilterStore.getState().year).toBe(2015);
    expect(useFilterStore.getState().themes).toEqual(['trade']);
  });
});
