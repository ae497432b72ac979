import { QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DatasetError } from '@/data/load';
import { createQueryClient } from '@/lib/query-client';
import { PanelFrame } from './panel-frame';

function Figures({ load }: { load: () => Promise<string> }) {
  const { data } = useSuspenseQuery({ queryKey: ['figures'], queryFn: load });
  return <p>{data}</p>;
}

function renderFrame(load: () => Promise<string>) {
  const client = createQueryClient();
  const onModeChange = vi.fn();
  render(
    <QueryClientProvider client={client}>
      <PanelFrame
        id="trade"
        title="Trade balance"
        mode="chart"
        onModeChange={onModeChange}
        bodyHeight={200}
      >
        <Figures load={load} />
      </PanelFrame>
      <section aria-label="Neighbour">still here</section>
    </QueryClientProvider>,
  );
  return { onModeChange };
}

describe('PanelFrame', () => {
  it('is a labelled region that shows a skeleton, then its content, then marks itself ready', async () => {
    let resolve!: (v: string) => void;
    renderFrame(() => new Promise<string>((r) => (resolve = r)));
    const region = screen.getByRole('region', { name: 'Trade balance' });
    expect(screen.getByRole('status')).toHaveTextContent('Loading Trade balance…');
    expect(region).not.toHaveAttribute('data-ready');
    await act(async () => resolve('1,750 USD million'));
    expect(await screen.findByText('1,750 USD million')).toBeInTheDocument();
    expect(region).toHaveAttribute('data-ready', 'true');
  });

  it('marks itself ready when its data is already loaded (shown again after a theme hid it)', () => {
    const client = createQueryClient();
    client.setQueryData(['figures'], '1,750 USD million');
    render(
      <QueryClientProvider client={client}>
        <PanelFrame
          id="trade"
          title="Trade balance"
          mode="chart"
          onModeChange={() => {}}
          bodyHeight={200}
        >
          <Figures load={() => new Promise<string>(() => {})} />
        </PanelFrame>
      </QueryClientProvider>,
    );
    expect(screen.getByText('1,750 USD million')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Trade balance' })).toHaveAttribute(
      'data-ready',
      'true',
    );
  });

  it('reports the Chart/Table choice', async () => {
    const { onModeChange } = renderFrame(() => Promise.resolve('x'));
    await userEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(onModeChange).toHaveBeenCalledWith('table');
    expect(screen.getByRole('button', { name: 'Chart' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows a dataset error with the file and field in the panel only, and Retry loads again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(
        new DatasetError('trade.json', 'schema', [
          'trade.json › records[1].total: expected number, received string',
        ]),
      )
      .mockResolvedValue('recovered');
    renderFrame(load);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load trade.json');
    expect(alert).toHaveTextContent('records[1].total: expected number, received string');
    expect(screen.getByRole('region', { name: 'Neighbour' })).toHaveTextContent('still here');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('recovered')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
