import { lazy, useState, type ComponentType } from 'react';

export type Preloadable<P> = ComponentType<P> & {
  /** Starts loading the code (once); settles when it is in. */
  preload: () => Promise<unknown>;
};

/**
 * Like React.lazy, for code that is usually fetched before it renders (see the panels'
 * preload.ts): once loaded, it renders at once, without suspending. (A React.lazy component
 * suspends on its first render even when its module is already in, and a suspension caught in a
 * synchronous re-render shows the skeleton again.) A failed load is forgotten, so a retry fetches
 * again.
 */
export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  // Before the code is in, it behaves as React.lazy (which React retries when the code arrives).
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Loaded(props: P) {
    // Chosen once per mount: switching from Lazy to the component would remount the content.
    const [Component] = useState(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(Loaded, { preload });
}
