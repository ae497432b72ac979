import { useQueries } from '@tanstack/react-query';
import { use, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { PanelQueriesContext, type PanelQuery } from '@/data/panel-queries';
import { eventsQuery, sourcesQuery } from '@/data/queries';
import type { Source } from '@/data/schemas';
import { pickFilters, useFilterStore } from '@/features/filters/filter-store';
import { encodeFilters } from '@/features/filters/url-codec';
import type { Deck, Slide } from './deck-schema';
import { drawSlideFigures, type SlideFigure } from './slide-figures';
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

const revoke = (figures: Map<string, SlideFigure>) => {
  for (const figure of figures.values()) if (figure) URL.revokeObjectURL(figure.url);
};

/** A slide's panel as its still, an image a page break cannot cut; or why it is not there. */
function Figure({ figure }: { figure: SlideFigure }) {
  if (!figure) {
    return (
      <p className="deck-print__figure">
        The panel could not be drawn for this slide’s view: open its link to see it.
      </p>
    );
  }
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

  // Each slide's panel drawn as its still for the slide's view; the view on screen when printing
  // began is put back (taken once, at mount).
  const [before] = useState(() => pickFilters(useFilterStore.getState()));
  const [figures, setFigures] = useState<Map<string, SlideFigure> | null>(null);
  useEffect(() => {
    if (!ready) return;
    const abort = new AbortController();
    void drawSlideFigures(deck.slides, before, base, abort.signal).then((drawn) => {
      if (abort.signal.aborted) revoke(drawn);
      else setFigures(drawn);
    });
    return () => abort.abort();
  }, [ready, deck, before, base]);
  useEffect(() => (figures ? () => revoke(figures) : undefined), [figures]);

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
          {figures?.has(slide.id) ? <Figure figure={figures.get(slide.id) ?? null} /> : null}
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
