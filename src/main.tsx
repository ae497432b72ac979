import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { initFiltersFromUrl } from '@/features/filters/url-sync';
import '@/app/styles.css';
import '@/app/print.css';

initFiltersFromUrl();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
