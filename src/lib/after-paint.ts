/**
 * Runs `task` once, after the next frame has been painted: a frame callback, then a task posted
 * from it. Work that the reader does not see (the address bar, say) then never delays the frame
 * that shows a change. Frames stop in a hidden document, so a timer runs the task there instead.
 * Returns a function that cancels it.
 */
export function afterNextPaint(task: () => void, backstopMs = 100): () => void {
  let done = false;
  let after: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(backstop);
    clearTimeout(after);
  };
  const run = () => {
    if (done) return;
    cancel();
    task();
  };
  const frame = requestAnimationFrame(() => {
    after = setTimeout(run, 0);
  });
  const backstop = setTimeout(run, backstopMs);
  return cancel;
}
