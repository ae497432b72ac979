import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PANELS, type PanelId } from '@/features/filters/filter-config';
import { pickFilters, useFilterStore } from '@/features/filters/filter-store';
import { formatNumber, plural } from '@/lib/format';
import { deckLink, MAX_LINK_LENGTH } from './deck-link';
import { downloadBriefingFile, loadBriefingFile, type BriefingSource } from './briefing-file';
import { exportDeckFile, importDeckFile } from './deck-file';
import { MAX_NOTES, MAX_TITLE, type Deck, type Slide } from './deck-schema';
import { cleanDeck, useDeckStore } from './deck-store';
import { describeView, hiddenFocus, suggestTitle, type ViewNames } from './view-summary';

interface BriefingPanelProps {
  open: boolean;
  onClose: () => void;
  names: ViewNames;
  onPresent: (index: number) => void;
  /** The panel the person last used: a view added with no panel in focus focuses it. */
  lastUsedPanel: () => PanelId | null;
  onPrint: () => void;
  /** A valid deck that arrived in the page's link, offered in place of the saved one. */
  offer: Deck | null;
  onOffer: (accept: boolean) => void;
}

type ShareState =
  | { kind: 'idle' }
  | { kind: 'link'; url: string; copied: boolean }
  | { kind: 'too-large'; length: number }
  | { kind: 'failed' };

const MAX_DETAILS = 8;

/** The "Briefing" dialog: the deck's slides, editing, presenting, files, link and print. */
export function BriefingPanel({
  open,
  onClose,
  names,
  onPresent,
  lastUsedPanel,
  onPrint,
  offer,
  onOffer,
}: BriefingPanelProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [share, setShare] = useState<ShareState>({ kind: 'idle' });
  const [added, setAdded] = useState<string | null>(null);
  // The single file to write the deck into: null while it is being fetched.
  const [briefingFile, setBriefingFile] = useState<BriefingSource | null>(null);
  // Reordering moves a slide's element, which can drop focus: put it back on the same button.
  const [moved, setMoved] = useState<{ id: string; by: -1 | 1 } | null>(null);
  const { deck, previous, notice, unsaved } = useDeckStore(
    useShallow((s) => ({
      deck: s.deck,
      previous: s.previous,
      notice: s.notice,
      unsaved: s.unsaved,
    })),
  );
  const actions = useDeckStore.getState();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void loadBriefingFile().then((source) => {
      if (live) setBriefingFile(source);
    });
    return () => {
      live = false;
    };
  }, [open]);

  // A new slide: bring its title field into view and put the cursor there.
  useEffect(() => {
    if (!added) return;
    const input = listRef.current?.querySelector<HTMLInputElement>(
      `[data-slide-id="${added}"] .slide-card__title`,
    );
    input?.focus();
    input?.select();
  }, [added, deck]);

  useEffect(() => {
    if (!moved) return;
    const card = listRef.current?.querySelector(`[data-slide-id="${moved.id}"]`);
    const same = card?.querySelector<HTMLButtonElement>(`[data-move="${moved.by}"]`);
    const other = card?.querySelector<HTMLButtonElement>(`[data-move="${-moved.by}"]`);
    (same && !same.disabled ? same : other)?.focus();
  }, [moved, deck]);

  const addCurrentView = () => {
    const current = pickFilters(useFilterStore.getState());
    const view = { ...current, focus: current.focus ?? lastUsedPanel() };
    const slide = actions.addSlide(view, suggestTitle(view, names));
    if (slide) setAdded(slide.id);
    setShare({ kind: 'idle' });
  };

  const shareLink = async () => {
    try {
      const base = `${window.location.origin}${window.location.pathname}`;
      const result = await deckLink(cleanDeck(deck), base);
      setShare(
        result.ok
          ? { kind: 'link', url: result.url, copied: false }
          : { kind: 'too-large', length: result.length },
      );
    } catch {
      setShare({ kind: 'failed' });
    }
  };

  const copyShareLink = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setShare({ kind: 'link', url, copied: true });
    } catch {
      document.querySelector<HTMLInputElement>('#briefing-share-url')?.select();
    }
  };

  const count = deck.slides.length;
  return (
    <dialog
      ref={dialogRef}
      className="briefing"
      aria-labelledby="briefing-heading"
      // Only a close the person made (Esc): closing because `open` went false is not reported back.
      onClose={() => open && onClose()}
    >
      <div className="briefing__head">
        <h2 id="briefing-heading">Briefing</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close<span className="visually-hidden"> briefing</span>
        </button>
      </div>

      {/* Outside the scrolling list, so a message is seen wherever the list is scrolled to. */}
      {offer || notice || unsaved ? (
        <div className="briefing__notices">
          {unsaved ? (
            <div className="briefing__notice briefing__notice--error" role="alert">
              <p>
                {unsaved}: the last change to the deck is not saved. It is kept while this page is
                open; export the deck to keep it.
              </p>
              <div className="briefing__row">
                <button type="button" className="button" onClick={() => exportDeckFile(deck)}>
                  Export deck
                </button>
              </div>
            </div>
          ) : null}
          {offer ? (
            <div className="briefing__notice briefing__notice--info" role="status">
              <p>
                This link holds the deck “{offer.title}” ({plural(offer.slides.length, 'slide')}).
                Open it in place of your deck “{deck.title}”? You can undo this.
              </p>
              <div className="briefing__row">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => onOffer(true)}
                >
                  Open the linked deck
                </button>
                <button type="button" className="button" onClick={() => onOffer(false)}>
                  Keep my deck
                </button>
              </div>
            </div>
          ) : null}

          {notice ? (
            <div
              className={`briefing__notice briefing__notice--${notice.kind}`}
              role={notice.kind === 'error' ? 'alert' : 'status'}
            >
              <p>{notice.text}</p>
              {notice.details && notice.details.length > 0 ? (
                <ul className="briefing__details">
                  {notice.details.slice(0, MAX_DETAILS).map((d) => (
                    <li key={d}>
                      <code>{d}</code>
                    </li>
                  ))}
                  {notice.details.length > MAX_DETAILS ? (
                    <li>and {notice.details.length - MAX_DETAILS} more</li>
                  ) : null}
                </ul>
              ) : null}
              <div className="briefing__row">
                {notice.undo && previous ? (
                  <button type="button" className="button" onClick={actions.undoReplace}>
                    Undo
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => actions.setNotice(null)}
                >
                  Dismiss
                </button>
              </div>
            </div>
          ) : null}
        </div>
      ) : null}

      <div className="briefing__body">
        <div className="briefing__deck">
          <label className="briefing__field briefing__deck-title">
            <span className="filter-label">Deck title</span>
            <input
              value={deck.title}
              maxLength={MAX_TITLE}
              onChange={(e) => actions.renameDeck(e.target.value)}
            />
          </label>
          <div className="briefing__row">
            <button type="button" className="button" onClick={addCurrentView}>
              Add current view
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={count === 0}
              onClick={() => onPresent(0)}
            >
              Present
            </button>
          </div>
        </div>
        <p className="briefing__hint">
          A slide is a saved view: the year, years, themes, selections, the panel in focus and
          whether it shows a chart or a table. Presenting moves the dashboard to each slide’s view.
          Keys: → or Space next, ← previous, Home/End, 1–9 jump, Esc ends and brings back your view.
        </p>

        {count === 0 ? (
          <p className="briefing__empty">
            No slides yet. Set the dashboard to a view and choose “Add current view”.
          </p>
        ) : (
          <ol className="briefing__slides" ref={listRef} aria-label="Slides">
            {deck.slides.map((slide, i) => (
              <SlideCard
                key={slide.id}
                slide={slide}
                index={i}
                count={count}
                names={names}
                onPresent={() => onPresent(i)}
                onMove={(by) => {
                  actions.moveSlide(slide.id, by);
                  setMoved({ id: slide.id, by });
                }}
              />
            ))}
          </ol>
        )}
      </div>

      <div className="briefing__foot">
        <div className="briefing__row">
          <button
            type="button"
            className="button"
            onClick={() => {
              const name = exportDeckFile(deck);
              actions.setNotice({ kind: 'info', text: `Saved the deck as ${name}.` });
            }}
          >
            Export deck
          </button>
          <button type="button" className="button" onClick={() => fileRef.current?.click()}>
            Import deck…
          </button>
          <input
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label="Deck file to import"
            data-testid="deck-file-input"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) await importDeckFile(file);
              setShare({ kind: 'idle' });
            }}
          />
          <button type="button" className="button" onClick={() => void shareLink()}>
            Share deck link
          </button>
          <button
            type="button"
            className="button"
            disabled={!briefingFile?.ok}
            aria-describedby="briefing-file-hint"
            onClick={() => {
              if (!briefingFile?.ok) return;
              const name = downloadBriefingFile(briefingFile.html, deck);
              actions.setNotice({
                kind: 'info',
                text: `Saved the briefing file ${name}: it opens on this deck, by double-click, with no network.`,
              });
            }}
          >
            Download briefing file
          </button>
          <button type="button" className="button" disabled={count === 0} onClick={onPrint}>
            Print deck
          </button>
          <button type="button" className="button button--quiet" onClick={actions.resetToDefault}>
            Restore the default deck
          </button>
        </div>
        <p className="briefing__hint">
          The deck is kept in this browser. “Print deck” prints one page per slide: its title, its
          view in words, its panel drawn for that view, its notes and its sources (Save as PDF for a
          handout).
        </p>
        <p className="briefing__hint" id="briefing-file-hint">
          {briefingFile === null
            ? 'Preparing the briefing file…'
            : briefingFile.ok
              ? '“Download briefing file” saves the whole dashboard as one HTML file that opens on this deck, ready to present, with no server and no network: a file to email or carry.'
              : briefingFile.reason}
        </p>
        <div className="briefing__share" role="status">
          {share.kind === 'link' ? (
            <div className="briefing__row">
              <label className="briefing__field briefing__share-url">
                <span className="filter-label">Link to this deck</span>
                <input id="briefing-share-url" readOnly value={share.url} />
              </label>
              <button
                type="button"
                className="button"
                onClick={() => void copyShareLink(share.url)}
              >
                Copy
              </button>
              {share.copied ? <span>Link copied</span> : null}
            </div>
          ) : share.kind === 'too-large' ? (
            <p>
              This deck is too large to share as a link: the link would be{' '}
              {formatNumber(share.length)} characters, and links longer than{' '}
              {formatNumber(MAX_LINK_LENGTH)} are often cut short. Use “Export deck” and send the
              file instead.
            </p>
          ) : share.kind === 'failed' ? (
            <p>
              This browser cannot make a deck link. Use “Export deck” and send the file instead.
            </p>
          ) : null}
        </div>
      </div>
    </dialog>
  );
}

interface SlideCardProps {
  slide: Slide;
  index: number;
  count: number;
  names: ViewNames;
  onPresent: () => void;
  onMove: (by: -1 | 1) => void;
}

const current = () => pickFilters(useFilterStore.getState());

function SlideCard({ slide, index, count, names, onPresent, onMove }: SlideCardProps) {
  const actions = useDeckStore.getState();
  const n = index + 1;
  const titleId = `slide-${slide.id}-title`;
  const which = <span className="visually-hidden"> slide {n}</span>;
  const hidden = hiddenFocus(slide.view, names);
  return (
    <li className="slide-card" data-slide-id={slide.id}>
      <div className="slide-card__top">
        <span className="slide-card__number" aria-hidden="true">
          {n}
        </span>
        <label className="briefing__field slide-card__title-field">
          <span className="visually-hidden">Title of slide {n}</span>
          <input
            id={titleId}
            className="slide-card__title"
            value={slide.title}
            maxLength={MAX_TITLE}
            onChange={(e) => actions.renameSlide(slide.id, e.target.value)}
          />
        </label>
      </div>
      <p className="slide-card__view">{describeView(slide.view, names).join(' · ')}</p>
      {hidden ? (
        <p className="slide-card__warning">
          {names.panels[hidden] ?? hidden} is hidden by this slide’s themes: presenting it will not
          show that panel. Choose another panel in focus, or use a view that includes it.
        </p>
      ) : null}
      <div className="slide-card__fields">
        <label className="briefing__field">
          <span className="filter-label">Panel in focus</span>
          <select
            value={slide.view.focus ?? ''}
            onChange={(e) =>
              actions.setSlideFocus(slide.id, (e.target.value || null) as PanelId | null)
            }
          >
            <option value="">None</option>
            {PANELS.map((p) => (
              <option key={p} value={p}>
                {names.panels[p] ?? p}
              </option>
            ))}
          </select>
        </label>
        <label className="briefing__field slide-card__notes">
          <span className="filter-label">Speaker notes</span>
          <textarea
            rows={2}
            value={slide.notes}
            maxLength={MAX_NOTES}
            onChange={(e) => actions.setNotes(slide.id, e.target.value)}
          />
        </label>
      </div>
      <div className="briefing__row slide-card__actions">
        <button
          type="button"
          className="button"
          onClick={() => useFilterStore.getState().applyView(slide.view)}
        >
          Show{which}
        </button>
        <button type="button" className="button" onClick={onPresent}>
          Present from here<span className="visually-hidden"> (slide {n})</span>
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            actions.setSlideView(slide.id, {
              ...current(),
              focus: slide.view.focus ?? current().focus,
            })
          }
        >
          Use current view<span className="visually-hidden"> for slide {n}</span>
        </button>
        <button
          type="button"
          className="button"
          data-move="-1"
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          Move up{which}
        </button>
        <button
          type="button"
          className="button"
          data-move="1"
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          Move down{which}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() => actions.deleteSlide(slide.id)}
        >
          Delete{which}
        </button>
      </div>
    </li>
  );
}
