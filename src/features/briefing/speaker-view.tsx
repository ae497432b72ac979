import { useEffect, useState } from 'react';
import { nextIndex, presenterAction } from './presenter-keys';
import { SlideSteps } from './slide-steps';
import { post, readToSpeaker, type ToSpeaker } from './speaker-link';
import './briefing.css';

type State = Extract<ToSpeaker, { type: 'state' }>;

const clock = (ms: number) => {
  const s = Math.max(Math.floor(ms / 1000), 0);
  const hh = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(hh > 0 ? 2 : 1, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
};

/**
 * The speaker view (`?speaker`, opened by the presenter in a window of its own): the current
 * slide's notes, the next slide's title and view, the time since the presentation began and the
 * slide list. It shows what the audience window tells it and asks that window for a slide; the
 * same keys as presenting work here, so either window moves both.
 */
export default function SpeakerView() {
  const audience = window.opener as Window | null;
  const [state, setState] = useState<State | null>(null);
  const [ended, setEnded] = useState(false);
  const [now, setNow] = useState(Date.now);

  useEffect(() => {
    if (!audience) return;
    const onMessage = (e: MessageEvent) => {
      if (e.source !== audience) return;
      const message = readToSpeaker(e.data);
      if (message?.type === 'state') {
        setState(message);
        setEnded(false);
      } else if (message?.type === 'ended') setEnded(true);
    };
    const onClose = () => post(audience, { type: 'closed' });
    window.addEventListener('message', onMessage);
    window.addEventListener('pagehide', onClose);
    post(audience, { type: 'ready' });
    return () => {
      window.removeEventListener('message', onMessage);
      window.removeEventListener('pagehide', onClose);
    };
  }, [audience]);

  useEffect(() => {
    document.title = 'Speaker view · Pakistan–Afghanistan relations';
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    if (!audience || !state) return;
    const onKeyDown = (e: KeyboardEvent) => {
      const action = presenterAction(e);
      if (!action || ended) return;
      if (e.key === ' ' && e.target instanceof Element && e.target.closest('button, a')) return;
      e.preventDefault();
      if (action.type === 'exit') post(audience, { type: 'exit' });
      else
        post(audience, { type: 'go', index: nextIndex(action, state.index, state.slides.length) });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [audience, state, ended]);

  if (!audience) {
    return (
      <main className="speaker speaker--alone">
        <h1>Speaker view</h1>
        <p>
          This window shows the speaker notes of a presentation. Open it from the dashboard while
          presenting: Briefing, Present, then “Speaker view”.
        </p>
      </main>
    );
  }
  if (ended || !state) {
    return (
      <main className="speaker speaker--alone">
        <h1>Speaker view</h1>
        <p role="status">
          {ended
            ? 'The presentation has ended. You can close this window.'
            : 'Waiting for the presentation…'}
        </p>
      </main>
    );
  }

  const { slides, index } = state;
  const slide = slides[index];
  const next = slides[index + 1];
  const go = (i: number) => post(audience, { type: 'go', index: i });
  return (
    <main className="speaker">
      <header className="speaker__head">
        <h1>
          Speaker view<span className="speaker__deck">{state.deckTitle}</span>
        </h1>
        <p className="speaker__clock">
          <span className="speaker__label">Elapsed</span>
          <time>{clock(now - state.startedAt)}</time>
        </p>
      </header>
      <section className="speaker__now" aria-labelledby="speaker-now">
        <p className="speaker__counter" aria-live="polite">
          Slide {index + 1} / {slides.length}
        </p>
        <h2 id="speaker-now">{slide?.title}</h2>
        <h3 className="speaker__label">Notes</h3>
        <p className="speaker__notes">{slide?.notes.trim() || 'No notes for this slide.'}</p>
      </section>
      <section className="speaker__next" aria-labelledby="speaker-next">
        <h2 id="speaker-next" className="speaker__label">
          Next
        </h2>
        {next ? (
          <div className="speaker__preview">
            <p className="speaker__preview-title">{next.title}</p>
            <p className="speaker__preview-view">{next.summary}</p>
          </div>
        ) : (
          <p>This is the last slide.</p>
        )}
      </section>
      <nav className="speaker__controls" aria-label="Presentation">
        <SlideSteps index={index} count={slides.length} onGo={go} />
        <button type="button" className="button" onClick={() => post(audience, { type: 'exit' })}>
          End presentation
        </button>
      </nav>
      <section className="speaker__list" aria-labelledby="speaker-list">
        <h2 id="speaker-list" className="speaker__label">
          Slides
        </h2>
        <ol>
          {slides.map((s, i) => (
            <li key={i}>
              <button
                type="button"
                className="speaker__slide"
                aria-current={i === index ? 'step' : undefined}
                onClick={() => go(i)}
              >
                <span className="speaker__slide-number">{i + 1}</span> {s.title}
              </button>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
