import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useFilterStore } from '@/features/filters/filter-store';
import type { Slide } from './deck-schema';
import { exitFullscreen } from './fullscreen';
import { nextIndex, presenterAction } from './presenter-keys';

interface PresenterProps {
  slides: readonly Slide[];
  index: number;
  onIndex: (index: number) => void;
  onExit: () => void;
}

/** Scrolls so the panel in focus sits just under the sticky filter bar, or to the top. */
function showPanel(focus: string | null): void {
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const behavior: ScrollBehavior = reduce ? 'auto' : 'smooth';
  const target = focus ? document.getElementById(`panel-${focus}`) : null;
  if (!target) {
    window.scrollTo({ top: 0, behavior });
    return;
  }
  const bar = document.querySelector('.filter-bar');
  const barHeight = bar && getComputedStyle(bar).position === 'sticky' ? bar.clientHeight : 0;
  const top = target.getBoundingClientRect().top + window.scrollY - barHeight - 12;
  window.scrollTo({ top: Math.max(top, 0), behavior });
}

const isTyping = (target: EventTarget | null) =>
  target instanceof Element &&
  target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !==
    null;

/**
 * Presenting: each slide's view is applied to the dashboard, its panel scrolled into view and
 * outlined, and a bar at the foot of the screen gives the slide's title, "2 / 6", previous/next,
 * the speaker notes and Exit. Keys: → ↓ Space Page Down, ← ↑ Page Up, Home, End, 1–9, Esc.
 */
export function Presenter({ slides, index, onIndex, onExit }: PresenterProps) {
  const [notesOpen, setNotesOpen] = useState(false);
  const regionRef = useRef<HTMLDivElement>(null);
  const slide = slides[index];
  const count = slides.length;
  const latest = useRef({ index, count, onIndex, onExit });
  useLayoutEffect(() => {
    latest.current = { index, count, onIndex, onExit };
  });

  useEffect(() => {
    if (!slide) return;
    useFilterStore.getState().applyView(slide.view);
    const root = document.documentElement;
    if (slide.view.focus) root.dataset.presentingFocus = slide.view.focus;
    else delete root.dataset.presentingFocus;
    // After React has drawn the slide's view, so the panel is where it will stay.
    const frame = requestAnimationFrame(() => showPanel(slide.view.focus));
    return () => cancelAnimationFrame(frame);
  }, [slide]);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.presenting = 'true';
    regionRef.current?.focus();
    let wasFullscreen = document.fullscreenElement !== null;

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const action = presenterAction(e);
      if (!action) return;
      if (action.type !== 'exit' && isTyping(e.target)) return;
      // Space and Enter on a button press that button, as everywhere else.
      if (e.key === ' ' && e.target instanceof Element && e.target.closest('button, a, summary')) {
        return;
      }
      e.preventDefault();
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
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      delete root.dataset.presenting;
      delete root.dataset.presentingFocus;
      exitFullscreen();
    };
  }, []);

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
      {notesOpen ? (
        <div id="presenter-notes" className="presenter__notes">
          <h2 className="presenter__notes-title">Speaker notes</h2>
          <p>{slide.notes.trim() || 'No notes for this slide.'}</p>
        </div>
      ) : null}
      <div className="presenter__bar">
        <div className="presenter__now" aria-live="polite">
          <p className="presenter__counter">
            <span className="visually-hidden">Slide </span>
            {index + 1} / {count}
          </p>
          <p className="presenter__title">{slide.title}</p>
        </div>
        <div className="presenter__controls">
          <button
            type="button"
            className="button"
            onClick={() => onIndex(Math.max(index - 1, 0))}
            disabled={index === 0}
          >
            <span aria-hidden="true">‹ </span>Previous
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => onIndex(Math.min(index + 1, count - 1))}
            disabled={index === count - 1}
          >
            Next<span aria-hidden="true"> ›</span>
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
          <button type="button" className="button" onClick={onExit}>
            Exit<span className="visually-hidden"> presentation</span>
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
