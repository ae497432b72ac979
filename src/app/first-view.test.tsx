import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { FirstView, FirstViewSkeleton } from './first-view';
import { FIRST_VIEW_WAIT_MS, preloadFirstView } from './first-view-preload';
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

describe('FirstView', () => {
  it('shows every panel’s skeleton, not ready, until the first view is in; then the panels', async () => {
    let done!: () => void;
    const ready = new Promise<void>((r) => (done = r));
    const panels = [def('security', vi.fn()), def('trade', vi.fn())];
    // An async act: React retries a component suspended in `use` only when the act was awaited.
    // eslint-disable-next-line testing-library/no-unnecessary-act
    await act(async () => {
      render(
        <QueryClientProvider client={createQueryClient()}>
          <Suspense fallback={<FirstViewSkeleton panels={panels} />}>
            <FirstView ready={ready}>
              <p>the panels</p>
            </FirstView>
          </Suspense>
        </QueryClientProvider>,
      );
    });
    expect(screen.getByText('Loading Panel security…')).toBeInTheDocument();
    expect(screen.getByText('Loading Panel trade…')).toBeInTheDocument();
    const regions = screen.getAllByRole('region');
    expect(regions.map((r) => r.getAttribute('data-panel'))).toEqual(['security', 'trade']);
    for (const r of regions) expect(r).not.toHaveAttribute('data-ready');
    expect(screen.queryByText(/figures of/)).toBeNull();
    await act(async () => {
      done();
      await ready;
    });
    expect(await screen.findByText('the panels')).toBeInTheDocument();
    expect(screen.queryByText(/^Loading Panel/)).toBeNull();
  });
});
