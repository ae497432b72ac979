import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint';

/** Frame and idle callbacks that run only when the test says so. */
function manualQueue() {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    request: (cb: () => void) => {
      queue.set(next, cb);
      return next++;
    },
    cancel: (id: number) => void queue.delete(id),
    flush: () => {
      const callbacks = [...queue.values()];
      queue.clear();
      for (const cb of callbacks) cb();
    },
    get size() {
      return queue.size;
    },
  };
}

describe('afterNextPaint', () => {
  let frames: ReturnType<typeof manualQueue>;
  let idle: ReturnType<typeof manualQueue>;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    frames = manualQueue();
    idle = manualQueue();
    vi.stubGlobal('requestAnimationFrame', frames.request);
    vi.stubGlobal('cancelAnimationFrame', frames.cancel);
    vi.stubGlobal('requestIdleCallback', idle.request);
    vi.stubGlobal('cancelIdleCallback', idle.cancel);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs the task once, after the next frame, when the page is idle', () => {
    const task = vi.fn();
    afterNextPaint(task);
    expect(task).not.toHaveBeenCalled();
    frames.flush();
    expect(task).not.toHaveBeenCalled();
    idle.flush();
    expect(task).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(1000);
    expect(task).toHaveBeenCalledOnce();
  });

  it('runs the task after the backstop when no frame comes (a hidden page), and only then', () => {
    const task = vi.fn();
    afterNextPaint(task, 100);
    vi.advanceTimersByTime(99);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledOnce();
    expect(frames.size).toBe(0);
    frames.flush();
    idle.flush();
    expect(task).toHaveBeenCalledOnce();
  });

  it('runs the task after the backstop when the page never goes idle', () => {
    const task = vi.fn();
    afterNextPaint(task, 100);
    frames.flush();
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledOnce();
    expect(idle.size).toBe(0);
  });

  it('uses a task after the frame where there are no idle callbacks', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const task = vi.fn();
    afterNextPaint(task);
    frames.flush();
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledOnce();
  });

  it('runs nothing once cancelled, at any step', () => {
    const early = vi.fn();
    afterNextPaint(early)();
    const late = vi.fn();
    const cancelLate = afterNextPaint(late);
    frames.flush();
    cancelLate();
    expect(idle.size).toBe(0);
    idle.flush();
    vi.advanceTimersByTime(1000);
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
