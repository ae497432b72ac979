import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { preloadOpeningView } from '@/app/first-view-preload';
import { PANEL_DEFS } from '@/app/panels';
import { SpeakerRoot } from '@/features/briefing/speaker-root';
import { initFiltersFromUrl } from '@/features/filters/url-sync';
import { createQueryClient } from '@/lib/query-client';
import '@/app/styles.css';
import '@/app/print.css';

// `?speaker`: the speaker view a presentation opened in a window of its own (briefing mode).
const speaker = new URLSearchParams(window.location.search).has('speaker');

function dashboard() {
  initFiltersFromUrl();
  const client = createQueryClient();
  return <App client={client} firstView={preloadOpeningView(client, PANEL_DEFS)} />;
}

const root = document.getElementById('root');
if (root) {
  // The dashboard suspends until its first view is in, with no Suspense boundary above it: React
  // commits nothing until then, so what index.html holds (the default view baked in at build,
  // scripts/bake.mjs) stays on screen, and the app replaces it whole, in one commit.
  createRoot(root, {
    // A panel's error boundary shows the error where it happened; the console gets a warning, not
    // a second error report.
    onCaughtError: (error) =>
      console.warn('Shown in its panel:', error instanceof Error ? error.message : error),
  }).render(<StrictMode>{speaker ? <SpeakerRoot /> : dashboard()}</StrictMode>);
}
