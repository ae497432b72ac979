import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useFilterStore } from '@/features/filters/filter-store';
import type { Slide } from './deck-schema';
import { exitFullscreen } from './fullscreen';
import { nextIndex, presenterAction } from './presenter-keys';
import { type SpeakerSlide, post, readToAudience, speakerUrl } from './speaker-link';
import { showSlide } from './slide-stage';
import { SlideSteps } from './slide-steps';
import { moveFocusWithin } from './tab-ring';

interface PresenterProps {
  deckTitle: string;
  slides: readonly Slide[];
  /** Each slide as the speaker view shows it: title, notes and its view in words. */
  speakerSlides: readonly SpeakerSlide[];
  index: number;
  onIndex: (index: number) => void;
  onExit: () => void;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof Element &&
  target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !==
    null;

/**
 * Presenting: each slide's view is applied to the dashboard and the slide's panel fills the
 * screen, drawn large and still live; nothing else of the dashboard is seen or reached by Tab
 * (slide-stage.ts). A head gives the slide's title and "2 / 6"; a bar at the foot previous/next,
 * the speaker view (a second window with the notes), the notes on this screen and Exit. Keys:
 * → ↓ Space Page Down, ← ↑ Page Up, Home, End, 1–9, Esc; they belong to the slides while
 * presenting, so an arrow key in a chart moves the slide, not the chart's year.
 */
export function Presenter({
  deckTitle,
  slides,
  speakerSlides,
  index,
  onIndex,
  onExit,
}: PresenterProps) {
  const [notesOpen, setNotesOpen] = useState(false);
  const [speaker, setSpeaker] = useState<Window | null>(null);
  // Bumped when the speaker view says it is ready, to send it the slides again.
  const [speakerReady, setSpeakerReady] = useState(0);
  const [startedAt] = useState(Date.now);
  const regionRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const slide = slides[index];
  const count = slides.length;
  const latest = useRef({ index, count, onIndex, onExit });
  useLayoutEffect(() => {
    latest.current = { index, count, onIndex, onExit };
  });

  // Taken off the stage in the same frame the next slide goes on, so nothing flashes between.
  const takeOff = useRef(() => {});
  useEffect(() => {
    const region = regionRef.current;
    if (!slide || !region) return;
    useFilterStore.getState().applyView(slide.view);
    // After React has drawn the slide's view, so its panel is on the page.
    const frame = requestAnimationFrame(() => {
      takeOff.current();
      takeOff.current = showSlide(slide.view.focus, region);
    });
    return () => cancelAnimationFrame(frame);
  }, [slide]);
  useEffect(() => () => takeOff.current(), []);

  // The slide's room: between the head and the bar, whatever their height.
  useEffect(() => {
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--slide-top', `${headRef.current?.offsetHeight ?? 0}px`);
      root.style.setProperty('--slide-bottom', `${barRef.current?.offsetHeight ?? 0}px`);
    });
    if (headRef.current) observer.observe(headRef.current);
    if (barRef.current) observer.observe(barRef.current);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--slide-top');
      root.style.removeProperty('--slide-bottom');
    };
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.presenting = 'true';
    const scrollBefore = window.scrollY;
    regionRef.current?.focus();
    let wasFullscreen = document.fullscreenElement !== null;

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Tab') {
        if (moveFocusWithin(e.shiftKey ? -1 : 1)) e.preventDefault();
        return;
      }
      const action = presenterAction(e);
      if (!action) return;
      if (action.type !== 'exit' && isTyping(e.target)) return;
      // Space and Enter on a button press that button, as everywhere else.
      if (e.key === ' ' && e.target instanceof Element && e.target.closest('button, a, summary')) {
        return;
      }
      e.preventDefault();
      e.stopPropagation();
      const { index: i, count: n, onIndex: go, onExit: exit } = latest.current;
      if (action.type === 'exit') exit();
      else go(nextIndex(action, i, n));
    };
    // Esc in full screen leaves full screen before any key event reaches the page.
    const onFullscreenChange = () => {
      const now = document.fullscreenElement !== null;
      if (wasFullscreen && !now) latest.current.onExit();
      wasFullscreen = now;
    };
    // Capture: the slides hear a key before the chart or map it was pressed in.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      delete root.dataset.presenting;
      exitFullscreen();
      window.scrollTo(0, scrollBefore);
    };
  }, []);

  // The speaker view: it asks for a slide or the end; it is told every slide change.
  useEffect(() => {
    if (!speaker) return;
    const onMessage = (e: MessageEvent) => {
      if (e.source !== speaker) return;
      const message = readToAudience(e.data);
      if (!message) return;
      const { count: n, onIndex: go, onExit: exit } = latest.current;
      if (message.type === 'go') go(Math.min(message.index, n - 1));
      else if (message.type === 'exit') exit();
      else if (message.type === 'closed') setSpeaker(null);
      else setSpeakerReady((r) => r + 1);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [speaker]);

  useEffect(() => {
    if (speaker && !speaker.closed) {
      post(speaker, { type: 'state', deckTitle, slides: [...speakerSlides], index, startedAt });
    }
  }, [speaker, speakerReady, deckTitle, speakerSlides, index, startedAt]);

  useEffect(() => {
    if (!speaker) return;
    // A window closed by its own close button may not get to say so.
    const timer = window.setInterval(() => {
      if (speaker.closed) setSpeaker(null);
    }, 1000);
    return () => {
      window.clearInterval(timer);
      if (!speaker.closed) post(speaker, { type: 'ended' });
    };
  }, [speaker]);

  const openSpeaker = () => {
    const win = window.open(speakerUrl(), 'briefing-speaker', 'popup,width=1100,height=760');
    if (win) {
      setSpeaker(win);
      setNotesOpen(false);
    }
  };

  if (!slide) return null;
  return createPortal(
    <div
      ref={regionRef}
      className="presenter"
      role="region"
      aria-label="Presentation"
      tabIndex={-1}
      data-slide-index={index}
    >
      <header ref={headRef} className="presenter__head">
        <h1 className="presenter__title">{slide.title}</h1>
        <p className="presenter__counter" aria-live="polite">
          <span className="visually-hidden">Slide </span>
          {index + 1} / {count}
        </p>
      </header>
      {notesOpen ? (
        <div id="presenter-notes" className="presenter__notes">
          <h2 className="presenter__notes-title">Speaker notes</h2>
          <p className="presenter__notes-warning">
            The audience sees these notes. Open the speaker view to keep them on your screen.
          </p>
          <p>{slide.notes.trim() || 'No notes for this slide.'}</p>
        </div>
      ) : null}
      <div ref={barRef} className="presenter__bar">
        <p className="presenter__deck">{deckTitle}</p>
        <div className="presenter__controls">
          <SlideSteps index={index} count={count} onGo={onIndex} />
          {speaker ? (
            <button type="button" className="button" onClick={() => speaker.focus()}>
              Speaker view is open
            </button>
          ) : (
            <>
              <button type="button" className="button" onClick={openSpeaker}>
                Speaker view
              </button>
              <button
                type="button"
                className="button"
                aria-expanded={notesOpen}
                aria-controls={notesOpen ? 'presenter-notes' : undefined}
                onClick={() => setNotesOpen(!notesOpen)}
              >
                Notes
              </button>
            </>
          )}
          <button type="button" className="button" onClick={onExit}>
            Exit<span className="visually-hidden"> presentation</span>
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
