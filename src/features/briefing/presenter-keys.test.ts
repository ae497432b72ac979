import { describe, expect, it } from 'vitest';
import { nextIndex, presenterAction } from './presenter-keys';

const go = (key: string, index: number, count = 6, mods = {}) => {
  const action = presenterAction({ key, ...mods });
  return action ? nextIndex(action, index, count) : null;
};

describe('presenter keys', () => {
  it('moves forward and back, and stops at either end', () => {
    for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown']) expect(go(key, 1)).toBe(2);
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(go(key, 1)).toBe(0);
    expect(go('ArrowRight', 5)).toBe(5);
    expect(go('PageUp', 0)).toBe(0);
  });

  it('jumps with Home, End and the digits 1–9, ignoring slides that do not exist', () => {
    expect(go('Home', 4)).toBe(0);
    expect(go('End', 0)).toBe(5);
    expect(go('3', 0)).toBe(2);
    expect(go('9', 2)).toBe(2);
    expect(go('0', 2)).toBeNull();
  });

  it('ends on Esc, and leaves other keys and shortcuts alone', () => {
    expect(presenterAction({ key: 'Escape' })).toEqual({ type: 'exit' });
    expect(presenterAction({ key: 'a' })).toBeNull();
    expect(presenterAction({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(presenterAction({ key: '1', ctrlKey: true })).toBeNull();
  });
});
