import { Cite } from '@/components/cite';
import { LoadError } from '@/components/load-error';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { discrepanciesQuery, sourcesQuery } from '@/data/queries';
import { DATASETS, type Source } from '@/data/schemas';
import { isLinkedView } from '@/lib/baked-view';
import { formatNumber } from '@/lib/format';
import { passagesByDocument } from './passages';
import { QuotedPassages } from './quoted-passages';
import { useAllDatasets } from './use-all-datasets';
import { useDataAudit } from './use-data-audit';
import './sources.css';

const TIER_LABELS: Record<Source['tier'], string> = {
  document: 'Document',
  'public-series': 'Public statistical series',
  reference: 'Reference data',
};

/**
 * A link to a source or a disagreement (`#source-…`, `#discrepancy-…`) opened from outside the
 * page arrives before the app's lists do. The browser found no such element when the page loaded,
 * so it neither scrolled to it nor marked it `:target`; or, under a link with a view of its own
 * (isLinkedView), it scrolled to the hidden baked copy (scripts/bake.mjs), where the
 * view drawn now may have moved it. Once the lists are on the page, go to it again. (Under the
 * baked default view the app's page is laid out as the baked one: nothing to do, and a reader
 * who has scrolled on is left where they are.)
 */
function useLateFragment(listed: boolean) {
  useEffect(() => {
    if (!listed) return;
    const { hash } = window.location;
    if (!/^#(source|discrepancy)-/.test(hash)) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return; // a malformed escape (`#source-%E0`): no element can have that id
    }
    const target = document.getElementById(id);
    if (target && (isLinkedView() || !target.matches(':target'))) window.location.replace(hash);
  }, [listed]);
}

/** Every source with its full citation, tier and licence; the disagreements between them; the data checks. */
export function SourcesView() {
  const sources = useQuery(sourcesQuery);
  const discrepancies = useQuery(discrepanciesQuery);
  const all = useAllDatasets();
  const passages = sources.data ? passagesByDocument(all.data, sources.data) : new Map();
  useLateFragment(!sources.isPending && !discrepancies.isPending);
  return (
    <section className="sources-view" id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources and data checks</h2>
      <p>
        Every figure on this dashboard comes from one of these sources. Figures from the documents
        are marked <em>observed</em> (reported for a past year) or <em>projected</em> (the
        document&rsquo;s own forecast). Nothing is interpolated: a year without a figure says “no
        data”.
      </p>
      <h3>Sources</h3>
      {sources.isPending ? <p role="status">Loading sources…</p> : null}
      {sources.isError ? (
        <LoadError
          file={DATASETS.sources.file}
          error={sources.error}
          onRetry={() => void sources.refetch()}
        />
      ) : null}
      {sources.data ? (
        <ol className="sources-list">
          {sources.data.sources.map((s, i) => (
            <li key={s.id} id={`source-${s.id}`} tabIndex={-1}>
              <span className="sources-list__n" aria-hidden="true">
                {i + 1}.
              </span>
              <div>
                <strong>{s.short}</strong>
                <span className="tier">{TIER_LABELS[s.tier]}</span>
                <br />
                {s.citation}
                {s.licence ? <> Licence: {s.licence}.</> : null}
                {s.credit ? <> Credit: {s.credit}.</> : null}
                {s.url ? (
                  <>
                    {' '}
                    <a href={s.url} rel="noreferrer noopener" target="_blank">
                      {s.url}
                    </a>
                  </>
                ) : null}
                {s.note ? <span className="source-note"> {s.note}</span> : null}
                <QuotedPassages source={s} passages={passages.get(s.id) ?? []} />
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      <h3 id="discrepancies">Where sources disagree</h3>
      {discrepancies.isError ? (
        <LoadError
          file={DATASETS.discrepancies.file}
          error={discrepancies.error}
          onRetry={() => void discrepancies.refetch()}
        />
      ) : null}
      {discrepancies.data ? (
        <ul className="discrepancy-list">
          {discrepancies.data.discrepancies.map((d) => (
            <li key={d.id} id={`discrepancy-${d.id}`}>
              <strong>{d.topic}</strong>
              <ul>
                {d.claims.map((c, i) => (
                  <li key={i}>
                    {c.label}:{' '}
                    {c.value === null ? (
                      <span className="no-data">
                        {c.unit === null ? 'a statement, not a figure' : 'not shown as a number'}
                      </span>
                    ) : (
                      <strong>{formatNumber(c.value, c.unit ?? undefined)}</strong>
                    )}{' '}
                    (<Cite refs={c} />)
                  </li>
                ))}
              </ul>
              <p className="discrepancy-note">{d.note}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <DataChecks />
    </section>
  );
}

function DataChecks() {
  const audit = useDataAudit();
  return (
    <div className="data-checks" aria-live="polite">
      <h3>Data checks</h3>
      {!audit.settled ? <p role="status">Checking the datasets…</p> : null}
      {audit.settled && audit.issues.length === 0 ? (
        <p>
          All consistency checks pass on the {audit.loaded} datasets loaded (sums, shares, source
          ids, years, duplicates).
        </p>
      ) : null}
      {audit.failed.length > 0 ? (
        <p className="flag">
          Not checked, because they did not load:{' '}
          {audit.failed.map((n) => DATASETS[n].file).join(', ')}.{' '}
          <button type="button" className="button button--quiet" onClick={audit.retry}>
            Retry them
          </button>
        </p>
      ) : null}
      {audit.issues.length > 0 ? (
        <ul className="panel-error" role="alert">
          {audit.issues.map((issue, i) => (
            <li key={i}>
              {issue.file} › {issue.path}: {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
