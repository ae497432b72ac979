import { registeredData, settledPanel } from '@/components/panel-registry';
import { drawPanel } from '@/components/still/draw-panel';
import type { FilterState } from '@/features/filters/filter-config';
import { useFilterStore } from '@/features/filters/filter-store';
import { encodeFilters } from '@/features/filters/url-codec';
import { replacingHistory } from '@/features/filters/url-sync';
import { isoDate } from '@/lib/download';
import type { Slide } from './deck-schema';

/** A slide's panel drawn for its view, as an image to print; null when it could not be drawn. */
export type SlideFigure = { url: string; width: number; height: number; title: string } | null;

const apply = (view: FilterState) =>
  // Printing is not browsing: the address changes in place, no history entry per slide.
  replacingHistory(() => useFilterStore.getState().applyView(view));

/**
 * Each slide with a panel in focus, drawn as that panel's still for the slide's view: the view is
 * applied, the panel's still taken once it shows it, and `before` put back at the end, whatever
 * happens. Stops early when `signal` is aborted; the caller revokes the images' URLs.
 */
export async function drawSlideFigures(
  slides: readonly Slide[],
  before: FilterState,
  base: string,
  signal: AbortSignal,
): Promise<Map<string, SlideFigure>> {
  const drawn = new Map<string, SlideFigure>();
  try {
    for (const slide of slides) {
      const focus = slide.view.focus;
      if (!focus) continue;
      if (signal.aborted) break;
      const previous = registeredData(focus);
      apply(slide.view);
      const mode = slide.view.tables.includes(focus) ? 'table' : 'chart';
      const panel = await settledPanel(focus, { previous, mode });
      const data = panel?.getData();
      if (signal.aborted) break;
      if (!panel || !data) {
        drawn.set(slide.id, null);
        continue;
      }
      const link = `${base}${encodeFilters(slide.view)}`;
      try {
        const still = await drawPanel(panel.title, data, panel.mode, { link, date: isoDate() });
        const url = URL.createObjectURL(new Blob([still.svg], { type: 'image/svg+xml' }));
        drawn.set(slide.id, { url, width: still.width, height: still.height, title: panel.title });
      } catch {
        drawn.set(slide.id, null);
      }
    }
  } finally {
    apply(before);
  }
  return drawn;
}
