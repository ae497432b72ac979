/**
 * Runs `task` once, after the next frame has been painted and the page is idle: a frame callback,
 * then an idle callback (a task where there is none). Work that the reader does not see (the
 * address bar, say) then never delays the frame that shows a change, nor anything queued for just
 * after it. Frames stop in a hidden document, and a busy page may not go idle, so a timer runs the
 * task after `backstopMs` whatever happens. Returns a function that cancels it.
 */
export function afterNextPaint(task: () => void, backstopMs = 100): () => void {
  let done = false;
  let cancelAfter = () => {};
  const cancel = () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(backstop);
    cancelAfter();
  };
  const run = () => {
    if (done) return;
    cancel();
    task();
  };
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(run);
      cancelAfter = () => cancelIdleCallback(idle);
    } else {
      const after = setTimeout(run, 0);
      cancelAfter = () => clearTimeout(after);
    }
  });
  const backstop = setTimeout(run, backstopMs);
  return cancel;
}
