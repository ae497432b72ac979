import { act, within } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { App } from './app';
import {
  BAKED_VIEW_WAIT_MS,
  FIRST_VIEW_WAIT_MS,
  preloadFirstView,
  preloadOpeningView,
} from './first-view-preload';
import type { PanelDef } from './panel-slot';

function def(id: PanelDef['id'], preload: PanelDef['preload']): PanelDef {
  return {
    id,
    title: `Panel ${id}`,
    subtitle: '',
    themes: [],
    bodyHeight: 100,
    Component: () => <p>figures of {id}</p>,
    queries: [],
    preload,
  };
}

afterEach(() => vi.useRealTimers());

describe('preloadFirstView', () => {
  it('asks every panel to preload in its mode and settles when they have, even if one fails', async () => {
    const client = createQueryClient();
    vi.spyOn(client, 'prefetchQuery').mockResolvedValue(undefined);
    const security = vi.fn(() => Promise.resolve('ok'));
    const trade = vi.fn(() => Promise.reject(new Error('chunk failed')));
    await expect(
      preloadFirstView(client, [def('security', security), def('trade', trade)], (p) =>
        p.id === 'trade' ? 'table' : 'chart',
      ),
    ).resolves.toBeUndefined();
    expect(security).toHaveBeenCalledWith(client, 'chart');
    expect(trade).toHaveBeenCalledWith(client, 'table');
  });

  it('stops waiting after FIRST_VIEW_WAIT_MS when a panel never arrives', async () => {
    vi.useFakeTimers();
    const client = createQueryClient();
    vi.spyOn(client, 'prefetchQuery').mockResolvedValue(undefined);
    let settled = false;
    void preloadFirstView(client, [def('map', () => new Promise(() => {}))], () => 'chart').then(
      () => (settled = true),
    );
    await vi.advanceTimersByTimeAsync(FIRST_VIEW_WAIT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });
});

/** A `<main data-baked>` as the bake writes it, holding `text` if given. */
function bakedMain(text?: string) {
  const main = document.createElement('main');
  main.setAttribute('data-baked', '');
  if (text) main.append(Object.assign(document.createElement('p'), { textContent: text }));
  return main;
}

describe('preloadOpeningView', () => {
  /** Starts the opening view with a panel that never arrives; says, as time passes, if it settled. */
  function openWithAStalledPanel() {
    vi.useFakeTimers();
    const client = createQueryClient();
    vi.spyOn(client, 'prefetchQuery').mockResolvedValue(undefined);
    let settled = false;
    void preloadOpeningView(client, [def('map', () => new Promise(() => {}))]).then(
      () => (settled = true),
    );
    return async (ms: number) => {
      await vi.advanceTimersByTimeAsync(ms);
      return settled;
    };
  }

  it('waits longer, BAKED_VIEW_WAIT_MS, while the baked default view is on screen', async () => {
    const root = document.createElement('div');
    root.id = 'root';
    root.append(bakedMain());
    document.body.append(root);
    try {
      const after = openWithAStalledPanel();
      expect(await after(FIRST_VIEW_WAIT_MS)).toBe(false);
      expect(await after(BAKED_VIEW_WAIT_MS - FIRST_VIEW_WAIT_MS - 1)).toBe(false);
      expect(await after(1)).toBe(true);
      // A link with a view of its own hides the baked view: its skeletons come after the usual wait.
      document.documentElement.setAttribute('data-linked', '');
      expect(await openWithAStalledPanel()(FIRST_VIEW_WAIT_MS)).toBe(true);
    } finally {
      document.documentElement.removeAttribute('data-linked');
      root.remove();
    }
  });

  it('stops waiting after FIRST_VIEW_WAIT_MS when the page has no baked view', async () => {
    const after = openWithAStalledPanel();
    expect(await after(FIRST_VIEW_WAIT_MS - 1)).toBe(false);
    expect(await after(1)).toBe(true);
  });
});

describe('the first view', () => {
  it('leaves the page’s own markup (the baked default view) until its data is in, then replaces it whole', async () => {
    let done!: () => void;
    const firstView = new Promise<void>((r) => (done = r));
    vi.stubGlobal('fetch', () => new Promise(() => {}));
    const container = document.createElement('div');
    container.append(bakedMain('The default view, baked in'));
    document.body.append(container);
    const root = createRoot(container);
    // An async act: React retries a component suspended in `use` only when the act was awaited.
    // eslint-disable-next-line testing-library/no-unnecessary-act
    await act(async () => root.render(<App client={createQueryClient()} firstView={firstView} />));
    expect(within(container).getByText('The default view, baked in')).toBeInTheDocument();
    expect(within(container).queryByRole('heading', { level: 1 })).toBeNull();
    await act(async () => {
      done();
      await firstView;
    });
    expect(
      within(container).getByRole('heading', { level: 1, name: 'Pakistan–Afghanistan relations' }),
    ).toBeInTheDocument();
    expect(within(container).queryByText('The default view, baked in')).toBeNull();
    expect(container.querySelector('[data-baked]')).toBeNull();
    act(() => root.unmount());
    container.remove();
  });
});
