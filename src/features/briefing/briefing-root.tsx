import { useCallback, useEffect, useRef, useState } from 'react';
import type { FilterState, PanelId } from '@/features/filters/filter-config';
import { pickFilters, useFilterStore } from '@/features/filters/filter-store';
import { useFilterNames } from '@/features/filters/use-filter-names';
import { readEmbeddedDeck } from './briefing-file';
import { BriefingPanel } from './briefing-panel';
import { decodeDeckHash } from './deck-link';
import { DeckPrint } from './deck-print';
import type { Deck } from './deck-schema';
import { useDeckStore } from './deck-store';
import { enterFullscreen } from './fullscreen';
import { Presenter } from './presenter';
import { describeView, type PanelInfo, type ViewNames } from './view-summary';
import './briefing.css';

export interface BriefingRootProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  panels: readonly PanelInfo[];
  /** A `#deck=…` fragment the page was opened with, if any. */
  linkedDeck: string | null;
  /** Where focus goes back to when the dialog closes. */
  returnFocus: () => void;
  /** The panel the person last used, for a view added with no panel in focus. */
  lastUsedPanel: () => PanelId | null;
}

/** The embedded deck is read once a page, however often briefing mode mounts. */
let embeddedRead = false;

/** Briefing mode, loaded on first use: the dialog, the presenter and the printed deck. */
export default function BriefingRoot({
  open,
  onOpenChange,
  panels,
  linkedDeck,
  returnFocus,
  lastUsedPanel,
}: BriefingRootProps) {
  const deck = useDeckStore((s) => s.deck);
  const names: ViewNames = {
    ...useFilterNames(),
    panels: Object.fromEntries(panels.map((p) => [p.id, p.title])),
    panelThemes: Object.fromEntries(panels.map((p) => [p.id, p.themes])),
  };
  const [presenting, setPresenting] = useState<number | null>(null);
  const viewBefore = useRef<FilterState | null>(null);
  // The button that started the presentation: ending it goes back to the dialog and to that button.
  const opener = useRef<HTMLElement | null>(null);
  const [printing, setPrinting] = useState(false);
  const [offer, setOffer] = useState<Deck | null>(null);

  // A briefing file opens on the deck inside it; the deck saved in this browser can be had back
  // with Undo, and stays if the embedded one is not a valid deck.
  useEffect(() => {
    if (embeddedRead) return;
    embeddedRead = true;
    const result = readEmbeddedDeck();
    if (!result) return;
    const store = useDeckStore.getState();
    if (result.ok) store.replaceDeck(result.deck, 'this briefing file');
    else {
      store.setNotice({
        kind: 'error',
        text: 'The deck inside this briefing file could not be read: it is not a valid deck. Your saved deck is unchanged.',
        details: result.errors,
      });
    }
  }, []);

  // A deck in the link: read it once, then take it out of the address bar.
  useEffect(() => {
    if (!linkedDeck) return;
    let live = true;
    void decodeDeckHash(linkedDeck).then((result) => {
      if (!live) return;
      if (result.ok) setOffer(result.deck);
      else {
        useDeckStore.getState().setNotice({
          kind: 'error',
          text: 'The deck in this link could not be read. Your deck is unchanged.',
          details: result.errors,
        });
      }
    });
    if (window.location.hash.startsWith('#deck=')) {
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', pathname + search);
    }
    return () => {
      live = false;
    };
  }, [linkedDeck]);

  const close = useCallback(() => {
    onOpenChange(false);
    returnFocus();
  }, [onOpenChange, returnFocus]);

  const present = (index: number) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    viewBefore.current = pickFilters(useFilterStore.getState());
    enterFullscreen();
    onOpenChange(false);
    setPresenting(index);
  };

  const stopPresenting = useCallback(() => {
    setPresenting(null);
    if (viewBefore.current) useFilterStore.getState().applyView(viewBefore.current);
    viewBefore.current = null;
    onOpenChange(true);
  }, [onOpenChange]);

  // Runs after the dialog's own effect has opened it (a child's effects run first).
  useEffect(() => {
    if (!open || presenting !== null || !opener.current) return;
    if (opener.current.isConnected) opener.current.focus();
    else returnFocus();
    opener.current = null;
  }, [open, presenting, returnFocus]);

  const stopPrinting = useCallback(() => setPrinting(false), []);

  return (
    <>
      <BriefingPanel
        open={open && presenting === null}
        onClose={close}
        names={names}
        onPresent={present}
        lastUsedPanel={lastUsedPanel}
        onPrint={() => setPrinting(true)}
        offer={offer}
        onOffer={(accept) => {
          if (accept && offer) useDeckStore.getState().replaceDeck(offer, 'the link');
          setOffer(null);
        }}
      />
      {presenting !== null && deck.slides.length > 0 ? (
        <Presenter
          deckTitle={deck.title}
          slides={deck.slides}
          speakerSlides={deck.slides.map((s) => ({
            title: s.title,
            notes: s.notes,
            summary: describeView(s.view, names).join(' · '),
          }))}
          index={Math.min(presenting, deck.slides.length - 1)}
          onIndex={setPresenting}
          onExit={stopPresenting}
        />
      ) : null}
      {printing ? <DeckPrint deck={deck} names={names} onDone={stopPrinting} /> : null}
    </>
  );
}
