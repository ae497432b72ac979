import { createRoot } from 'react-dom/client';
import { composeStill, type ComposedStill, type StillStamp } from './compose';
import { StillContext, type StillSpec } from './still';

/** The width a still's body is drawn at, in px: a slide's or a printed page's column. */
export const STILL_WIDTH = 760;

let rendered = 0;

/** Resolves once nothing has changed in `root` for two frames in a row (at most `limit` ms). */
function settled(root: Element, limit = 3000): Promise<void> {
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
      if ((quiet >= 3 && root.querySelector('svg')) || performance.now() - started > limit) {
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
  const root = createRoot(container, { identifierPrefix: `still${++rendered}-` });
  try {
    root.render(<StillContext value={{ width }}>{spec.body}</StillContext>);
    await settled(container);
    return composeStill(title, spec, container, width, stamp);
  } finally {
    root.unmount();
  }
}
