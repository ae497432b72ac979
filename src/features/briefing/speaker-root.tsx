import { lazy, Suspense } from 'react';

// Its own chunk: the dashboard's first view never loads it.
const SpeakerView = lazy(() => import('./speaker-view'));

/** `?speaker`: the speaker view a presentation opened in a window of its own. */
export function SpeakerRoot() {
  return (
    <Suspense fallback={null}>
      <SpeakerView />
    </Suspense>
  );
}
