import { createRoot } from 'react-dom/client';
import { composeStill, type ComposedStill, type StillStamp } from './compose';
import { STILL_WIDTH, StillContext, type StillSpec } from './still';

let rendered = 0;

/**
 * Resolves once nothing has changed in `root` for a few frames and, if `drawing`, it holds an
 * `<svg>` (at most `limit` ms).
 */
function settled(root: Element, drawing: boolean, limit = 3000): Promise<void> {
  return new Promise((resolve) => {
    let quiet = 0;
    const observer = new MutationObserver(() => (quiet = 0));
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const started = performance.now();
    const tick = () => {
      quiet += 1;
      const drawn = !drawing || root.querySelector('svg') !== null;
      if ((quiet >= 3 && drawn) || performance.now() - started > limit) {
        observer.disconnect();
        resolve();
      } else setTimeout(tick, 16);
    };
    setTimeout(tick, 16);
  });
}

/**
 * Draws a panel's still in a container of its own, off the page, and composes the figure. The
 * charts are React components, so they render in a real DOM (recharts draws nothing in React's
 * server renderer); the container is never attached, so nothing of the page's layout or styles
 * reaches the figure.
 */
export async function renderStill(
  title: string,
  spec: StillSpec,
  stamp: StillStamp,
  width = STILL_WIDTH,
): Promise<ComposedStill> {
  const container = document.createElement('div');
  let failed: unknown = null;
  const root = createRoot(container, {
    identifierPrefix: `still${++rendered}-`,
    // A chart that throws must not leave a figure without it, said nowhere: the export fails
    // with the reason.
    onUncaughtError: (error) => (failed = error),
  });
  try {
    root.render(<StillContext value={{ width }}>{spec.body}</StillContext>);
    await settled(container, spec.body !== null && spec.body !== undefined);
    if (failed) throw failed instanceof Error ? failed : new Error(String(failed));
    return composeStill(title, spec, container, width, stamp);
  } finally {
    root.unmount();
  }
}
