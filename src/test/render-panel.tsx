// For component tests: render a panel with its datasets already in the query cache, and give
// recharts what happy-dom lacks (a layout size) so charts draw their bars.
import { QueryClientProvider } from '@tanstack/react-query';
import { render, waitFor } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { expect, vi } from 'vitest';
import { PanelDataContext, type PanelData } from '@/components/panel-data';
import { StillContext, type StillSpec } from '@/components/still/still';
import { datasetQuery } from '@/data/queries';
import type { AllDatasets, DatasetName } from '@/data/schemas';
import { createQueryClient } from '@/lib/query-client';

/** Renders `ui` with the given datasets seeded, inside the panel-data context a frame provides. */
export function renderWithData(
  ui: ReactNode,
  data: Partial<AllDatasets>,
  register: (data: PanelData | null) => void = () => {},
) {
  const client = createQueryClient();
  for (const [name, value] of Object.entries(data)) {
    client.setQueryData(datasetQuery(name as DatasetName).queryKey, value);
  }
  return render(
    <QueryClientProvider client={client}>
      <PanelDataContext value={register}>
        <Suspense fallback={<p>Loading…</p>}>{ui}</Suspense>
      </PanelDataContext>
    </QueryClientProvider>,
  );
}

/**
 * happy-dom does no layout: give every element a size so recharts draws, and ask for reduced
 * motion so bars are drawn at once rather than animated in (and stay the same DOM nodes).
 * Call in beforeEach; `restoreMocks` undoes it.
 */
export function stubChartLayout(width = 600, height = 230): void {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    new DOMRect(0, 0, width, height),
  );
  const matchMedia = window.matchMedia.bind(window);
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => {
    const list = matchMedia(query);
    if (query.includes('prefers-reduced-motion: reduce')) {
      Object.defineProperty(list, 'matches', { value: true });
    }
    return list;
  });
}

/** Waits until a year chart has drawn the bar of `series` for `year`, and returns it. */
export function findBar(container: HTMLElement, year: number, series: string): Promise<Element> {
  return waitFor(() => {
    const bar = container.querySelector(`rect[data-year="${year}"][data-series="${series}"]`);
    expect(bar).not.toBeNull();
    return bar!;
  });
}

/** Renders a panel with its datasets and returns the still it registers for the filters set now. */
export async function registeredStill(
  ui: ReactNode,
  data: Partial<AllDatasets>,
): Promise<StillSpec> {
  let latest: PanelData | null = null;
  renderWithData(ui, data, (d) => {
    if (d) latest = d;
  });
  const still = await waitFor(() => {
    const found = (latest as PanelData | null)?.still;
    expect(found).toBeTypeOf('function');
    return found!;
  });
  return still();
}

/**
 * A still's body drawn as an export draws it, at 600 px in a container of its own; resolves once
 * `drawn` (an assertion on the container) passes.
 */
export async function drawStillBody(
  body: ReactNode,
  drawn: (container: HTMLElement) => void,
): Promise<HTMLElement> {
  const { container } = render(
    <StillContext value={{ width: 600 }}>
      <Suspense fallback={null}>{body}</Suspense>
    </StillContext>,
  );
  await waitFor(() => drawn(container));
  return container;
}
