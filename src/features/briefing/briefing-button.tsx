import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { PANELS, type PanelId } from '@/features/filters/filter-config';
import { hasEmbeddedDeck } from './start-markup';
import type { PanelInfo } from './view-summary';

const loadBriefing = () => import('./briefing-root');
const BriefingRoot = lazy(loadBriefing);

const deckInLink = () => (window.location.hash.startsWith('#deck=') ? window.location.hash : null);

/**
 * The header's "Briefing" button. Briefing mode is its own chunk, loaded on the first press (or
 * at once when the page was opened with a deck in its link, or is a briefing file with one inside).
 */
export function BriefingButton({ panels }: { panels: readonly PanelInfo[] }) {
  const [linkedDeck] = useState(deckInLink);
  const opensOnDeck = linkedDeck !== null || hasEmbeddedDeck;
  const [loaded, setLoaded] = useState(opensOnDeck);
  const [open, setOpen] = useState(opensOnDeck);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = () => buttonRef.current?.focus();
  // The panel last pressed or focused in: "Add current view" puts it in focus.
  const lastUsed = useRef<PanelId | null>(null);
  useEffect(() => {
    const note = (e: Event) => {
      const id =
        e.target instanceof Element
          ? e.target.closest('[data-panel]')?.getAttribute('data-panel')
          : null;
      const panel = PANELS.find((p) => p === id);
      if (panel) lastUsed.current = panel;
    };
    document.addEventListener('pointerdown', note);
    document.addEventListener('focusin', note);
    return () => {
      document.removeEventListener('pointerdown', note);
      document.removeEventListener('focusin', note);
    };
  }, []);
  const lastUsedPanel = () => lastUsed.current;

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="dialog"
        onPointerEnter={() => void loadBriefing()}
        onFocus={() => void loadBriefing()}
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
      >
        Briefing
      </button>
      {loaded ? (
        <Suspense fallback={null}>
          <BriefingRoot
            open={open}
            onOpenChange={setOpen}
            panels={panels}
            linkedDeck={linkedDeck}
            returnFocus={returnFocus}
            lastUsedPanel={lastUsedPanel}
          />
        </Suspense>
      ) : null}
    </>
  );
}
