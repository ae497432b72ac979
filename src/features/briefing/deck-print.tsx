import { useQueries } from '@tanstack/react-query';
import { use, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { PanelQueriesContext, type PanelQuery } from '@/data/panel-queries';
import { eventsQuery, sourcesQuery } from '@/data/queries';
import type { Source } from '@/data/schemas';
import { settledPanel } from '@/components/panel-registry';
import { drawPanel } from '@/components/still/draw-panel';
import { pickFilters, useFilterStore } from '@/features/filters/filter-store';
import { encodeFilters } from '@/features/filters/url-codec';
import { isoDate } from '@/lib/download';
import type { Deck, Slide } from './deck-schema';
import { describeView, type ViewNames } from './view-summary';

/**
 * Every source id cited anywhere in a dataset: each record's `sources` list (of ids, or of
 * entries with an id, as the map's boundaries file has). Runs of numbers (coordinates) are skipped.
 */
function citedSources(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    if (typeof value[0] !== 'number') value.forEach((v) => citedSources(v, into));
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(v)) {
        for (const ref of v as unknown[]) {
          const id = typeof ref === 'object' && ref ? (ref as { id?: unknown }).id : ref;
          if (typeof id === 'string') into.add(id);
        }
      } else citedSources(v, into);
    }
  }
  return into;
}

interface Figure {
  url: string;
  width: number;
  height: number;
  title: string;
}

/** A slide's panel as its still, an image a page break cannot cut. */
function SlideFigure({ figure }: { figure: Figure }) {
  return (
    <figure className="deck-print__figure">
      <img
        src={figure.url}
        width={figure.width}
        height={figure.height}
        alt={`${figure.title}, as drawn for the slide`}
      />
    </figure>
  );
}

const keyOf = (query: PanelQuery) => JSON.stringify(query.queryKey);

interface DeckPrintProps {
  deck: Deck;
  names: ViewNames;
  /** Called once the print dialog has closed. */
  onDone: () => void;
}

/**
 * The deck as printed pages, one slide a page: its title, its view in words, its notes and the
 * sources of the panel it focuses. Rendered only while printing; the dashboard is hidden then.
 */
export function DeckPrint({ deck, names, onDone }: DeckPrintProps) {
  // The panels' own lists (the shell's PANEL_QUERIES) and the events (a slide's event), each
  // dataset once.
  const panelQueries = use(PanelQueriesContext);
  const datasets = [
    ...new Map(
      [eventsQuery, ...Object.values(panelQueries).flat()].map((q) => [keyOf(q), q] as const),
    ),
  ];
  const results = useQueries({
    queries: [sourcesQuery, ...datasets.map(([, query]) => query)],
  });
  const ready = results.every((r) => !r.isPending);
  const [sourcesResult, ...datasetResults] = results;
  const sourceList = (sourcesResult?.data as { sources: Source[] } | undefined)?.sources ?? [];
  const byKey = new Map(datasets.map(([key], i) => [key, datasetResults[i]?.data]));
  const base = `${window.location.origin}${window.location.pathname}`;

  // Each slide's panel drawn as its still: the slide's view applied, the panel's still taken, and
  // the view before put back.
  const [figures, setFigures] = useState<Map<string, Figure> | null>(null);
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    const urls: string[] = [];
    void (async () => {
      const store = useFilterStore.getState();
      const before = pickFilters(store);
      const drawn = new Map<string, Figure>();
      for (const slide of deck.slides) {
        const focus = slide.view.focus;
        if (!focus || cancelled) continue;
        store.applyView(slide.view);
        const panel = await settledPanel(focus);
        const data = panel?.getData();
        if (!panel || !data) continue;
        const link = `${base}${encodeFilters(slide.view)}`;
        const still = await drawPanel(panel.title, data, panel.mode, { link, date: isoDate() });
        const url = URL.createObjectURL(new Blob([still.svg], { type: 'image/svg+xml' }));
        urls.push(url);
        drawn.set(slide.id, { url, width: still.width, height: still.height, title: panel.title });
      }
      store.applyView(before);
      if (!cancelled) setFigures(drawn);
    })();
    return () => {
      cancelled = true;
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [ready, deck, base]);

  useEffect(() => {
    if (!figures) return;
    const root = document.documentElement;
    root.dataset.print = 'deck';
    const done = () => {
      delete root.dataset.print;
      onDone();
    };
    window.addEventListener('afterprint', done, { once: true });
    // One frame for the browser to lay the pages out before the print dialog takes them.
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', done);
      delete root.dataset.print;
    };
  }, [figures, onDone]);

  const sourcesFor = (slide: Slide): Source[] => {
    const ids = new Set<string>();
    const { focus, event } = slide.view;
    for (const query of focus ? (panelQueries[focus] ?? []) : []) {
      citedSources(byKey.get(keyOf(query)), ids);
    }
    if (event) {
      const events = (byKey.get(keyOf(eventsQuery)) as { events?: { id: string }[] } | undefined)
        ?.events;
      citedSources(
        events?.find((e) => e.id === event),
        ids,
      );
    }
    const list = sourceList.filter((s) => ids.has(s.id));
    return list.length > 0 ? list : sourceList.filter((s) => s.tier === 'document');
  };

  return createPortal(
    <div className="deck-print">
      {deck.slides.map((slide, i) => (
        <section key={slide.id} className="deck-print__slide" aria-label={`Slide ${i + 1}`}>
          <p className="deck-print__deck">
            {deck.title} — slide {i + 1} of {deck.slides.length}
          </p>
          <h2 className="deck-print__title">{slide.title}</h2>
          <p className="deck-print__view">{describeView(slide.view, names).join(' · ')}</p>
          {figures?.get(slide.id) ? <SlideFigure figure={figures.get(slide.id)!} /> : null}
          <div className="deck-print__text">
            <h3>Notes</h3>
            <p className="deck-print__notes">{slide.notes.trim() || 'No notes.'}</p>
          </div>
          <div className="deck-print__refs">
            <h3>Sources</h3>
            <ul className="deck-print__sources">
              {sourcesFor(slide).map((s) => (
                <li key={s.id}>
                  <strong>{s.short}</strong>: {s.citation}
                  {s.licence ? ` Licence: ${s.licence}.` : ''}
                </li>
              ))}
            </ul>
            <p className="deck-print__link">
              View: {base}
              {encodeFilters(slide.view)}
            </p>
          </div>
        </section>
      ))}
    </div>,
    document.body,
  );
}
