import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { SpeakerRoot } from '@/features/briefing/speaker-root';
import { initFiltersFromUrl } from '@/features/filters/url-sync';
import '@/app/styles.css';
import '@/app/print.css';

// `?speaker`: the speaker view a presentation opened in a window of its own (briefing mode).
const speaker = new URLSearchParams(window.location.search).has('speaker');
if (!speaker) initFiltersFromUrl();

const root = document.getElementById('root');
if (root) {
  createRoot(root, {
    // A panel's error boundary shows the error where it happened; the console gets a warning, not
    // a second error report.
    onCaughtError: (error) =>
      console.warn('Shown in its panel:', error instanceof Error ? error.message : error),
  }).render(<StrictMode>{speaker ? <SpeakerRoot /> : <App />}</StrictMode>);
}
