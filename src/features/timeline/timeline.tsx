import { DisagreementFlags } from '@/components/disagreement-flags';
import { LoadError } from '@/components/load-error';
import { useQuery } from '@tanstack/react-query';
import { SourceRefs } from '@/components/source-refs';
import { eventsQuery } from '@/data/queries';
import { DATASETS } from '@/data/schemas';
import { THEME_LABELS } from '@/features/filters/filter-config';
import { useFilterStore, usePanelFilters } from '@/features/filters/filter-store';
import { selectEvents } from './select';

/** What the documents disagree on about the events (none of it is stated as fact on the timeline). */
const EVENT_DISAGREEMENTS = ['recognition-of-taliban-2021'];

/** The documents' timeline, narrowed by the year range and themes; choosing an event selects it everywhere. */
export function Timeline() {
  const { data, isPending, isError, error, refetch } = useQuery(eventsQuery);
  // The list follows the years and themes in the panels' transition; the event buttons show a
  // choice at once.
  const { range, themes } = usePanelFilters((s) => ({ range: s.range, themes: s.themes }));
  const event = useFilterStore((s) => s.event);
  const selectEvent = useFilterStore((s) => s.selectEvent);
  const events = data ? selectEvents(data.events, range, themes) : [];
  const total = data?.events.length ?? 0;

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline of events</h2>
      {isPending ? <p role="status">Loading events…</p> : null}
      {isError ? (
        <LoadError file={DATASETS.events.file} error={error} onRetry={() => void refetch()} />
      ) : null}
      {data ? (
        <>
          <p className="timeline__count">
            {events.length === total
              ? `${total} events`
              : `${events.length} of ${total} events match the years and themes chosen`}
          </p>
          {events.length === 0 ? (
            <p className="no-data">No events in these years for these themes.</p>
          ) : (
            <ol>
              {events.map((e) => (
                <li key={e.id}>
                  <button
                    type="button"
                    className="event"
                    aria-pressed={event === e.id}
                    onClick={() => selectEvent(event === e.id ? null : e.id)}
                  >
                    <span className="event__when">{e.when}</span>
                    <span>
                      {e.label}{' '}
                      <span className="event__themes">
                        ({e.themes.map((t) => THEME_LABELS[t]).join(', ')})
                      </span>
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          )}
          <DisagreementFlags ids={EVENT_DISAGREEMENTS} />
          <SourceRefs refs={events} />
        </>
      ) : null}
    </section>
  );
}
