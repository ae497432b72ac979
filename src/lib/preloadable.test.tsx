import { act, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { preloadable } from './preloadable';

const Figure = ({ value }: { value: string }) => <p>{value}</p>;

function Counter({ label }: { label: string }) {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      {label} {n}
    </button>
  );
}

describe('preloadable', () => {
  it('renders at once, without a fallback, when preloaded', async () => {
    const load = vi.fn(() => Promise.resolve(Figure));
    const Lazy = preloadable(load);
    await Lazy.preload();
    render(
      <Suspense fallback={<p>loading</p>}>
        <Lazy value="1,750" />
      </Suspense>,
    );
    expect(screen.getByText('1,750')).toBeInTheDocument();
    expect(screen.queryByText('loading')).toBeNull();
    await Lazy.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('suspends until loaded when rendered first', async () => {
    let resolve!: (c: typeof Figure) => void;
    const Lazy = preloadable(() => new Promise<typeof Figure>((r) => (resolve = r)));
    // An awaited act, so React retries the component suspended in `use`.
    // eslint-disable-next-line testing-library/no-unnecessary-act
    await act(async () => {
      render(
        <Suspense fallback={<p>loading</p>}>
          <Lazy value="1,750" />
        </Suspense>,
      );
    });
    expect(screen.getByText('loading')).toBeInTheDocument();
    await act(async () => resolve(Figure));
    expect(await screen.findByText('1,750')).toBeInTheDocument();
  });

  it('keeps what it rendered when loaded later (no remount, state kept)', async () => {
    let resolve!: (c: typeof Counter) => void;
    const Lazy = preloadable(() => new Promise<typeof Counter>((r) => (resolve = r)));
    const { rerender } = render(
      <Suspense fallback={<p>loading</p>}>
        <Lazy label="a" />
      </Suspense>,
    );
    await act(async () => resolve(Counter));
    const button = await screen.findByRole('button', { name: 'a 0' });
    await act(async () => button.click());
    rerender(
      <Suspense fallback={<p>loading</p>}>
        <Lazy label="b" />
      </Suspense>,
    );
    expect(screen.getByRole('button', { name: 'b 1' })).toBeInTheDocument();
  });

  it('forgets a failed load, so the next attempt fetches again', async () => {
    const load = vi
      .fn<() => Promise<typeof Figure>>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValueOnce(Figure);
    const Lazy = preloadable(load);
    await expect(Lazy.preload()).rejects.toThrow('chunk failed');
    await Lazy.preload();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
