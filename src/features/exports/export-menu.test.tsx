import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePanelData, type PanelData } from '@/components/panel-data';
import { PanelFrame } from '@/components/panel-frame';
import * as download from '@/lib/download';
import { ExportMenu } from './export-menu';

/** Every table built, by name: registering must build none, an export only the one chosen. */
const built: string[] = [];
const table = (name: string, year: number): ReturnType<PanelData['visible']> => {
  built.push(name);
  return {
    name,
    columns: [
      { key: 'year', header: 'Year' },
      { key: 'value', header: 'Value' },
    ],
    rows: [{ year, value: 370 }],
  };
};

/** A panel that registers what it shows, like the real ones, and can change it. */
function Figures({ register }: { register: boolean }) {
  const [year, setYear] = useState(2021);
  const [loaded, setLoaded] = useState(register);
  const data = useMemo(
    () => ({
      visible: () => table('security-visible', year),
      full: () => table('security-full', year),
    }),
    [year],
  );
  return (
    <>
      <button type="button" onClick={() => setYear(2023)}>
        Show 2023
      </button>
      <button type="button" onClick={() => setLoaded(true)}>
        Finish loading
      </button>
      {loaded ? <Registered data={data} /> : <p>Loading…</p>}
    </>
  );
}
function Registered({ data }: { data: PanelData }) {
  usePanelData(data);
  return <p>figures</p>;
}

function renderPanel(register: boolean) {
  render(
    <PanelFrame
      id="security"
      title="Security incidents"
      mode="chart"
      onModeChange={() => {}}
      bodyHeight={100}
      tools={<ExportMenu mode="chart" />}
    >
      <Figures register={register} />
    </PanelFrame>,
  );
}

const csvItem = () => screen.getByRole('button', { name: /CSV — visible rows/ });

describe('ExportMenu', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    built.length = 0;
  });

  it('offers the CSV of the rows the panel shows now, read when chosen', async () => {
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => {});
    renderPanel(true);
    const user = userEvent.setup();
    // The panel changes what it shows after it registered its rows: the file has the new ones.
    await user.click(screen.getByRole('button', { name: 'Show 2023' }));
    await user.click(screen.getByRole('button', { name: 'Export Security incidents' }));
    expect(csvItem()).not.toHaveAttribute('aria-disabled');
    expect(built).toEqual([]);
    await user.click(csvItem());
    await vi.waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    const [blob, fileName] = saved.mock.calls[0] ?? [];
    expect(fileName).toMatch(/^security-visible-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await blob?.text()).toMatch(/2023/);
    expect(built).toEqual(['security-visible']);
  });

  it('says the CSV is loading while the panel has not registered its rows', async () => {
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => {});
    renderPanel(false);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export Security incidents' }));
    expect(csvItem()).toHaveAttribute('aria-disabled', 'true');
    expect(csvItem()).toHaveTextContent('Once the panel shows its figures');
    await user.click(csvItem());
    expect(saved).not.toHaveBeenCalled();
  });

  it('follows the rows arriving while it is open', async () => {
    renderPanel(false);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export Security incidents' }));
    expect(csvItem()).toHaveAttribute('aria-disabled', 'true');
    // Pointer events outside the menu close it: the rows arrive without a click.
    act(() => screen.getByRole('button', { name: 'Finish loading' }).click());
    expect(csvItem()).not.toHaveAttribute('aria-disabled');
    expect(csvItem()).not.toHaveTextContent('Once the panel shows its figures');
  });
});
