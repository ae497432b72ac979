import { StatusBadge } from '@/components/data-table';
import type { DiscrepancyClaim, RefugeeTotal, UnhcrSeries } from '@/data/schemas';
import { formatNumber, NO_DATA } from '@/lib/format';
import { Cite } from '@/components/cite';
import { DisagreementFlags } from '@/components/disagreement-flags';
import type { ShortName } from '@/lib/citation';
import type { TotalsView } from './select';

export const TOTAL_DISCREPANCY_ID = 'refugee-total-documents';
export const DEFINITIONS_DISCREPANCY_ID = 'refugee-total-documents-vs-unhcr';
export const MUMTAZ_VS_UNHCR_ID = 'refugee-total-mumtaz-vs-unhcr';

/** Why UNHCR's figure and the documents' differ, under UNHCR's figure. */
export const DEFINITIONS_NOTE =
  'Counted differently: from 2022 UNHCR’s figure includes Afghans who arrived after August 2021; the documents count registered refugees.';

function DocumentTotal({ total }: { total: RefugeeTotal }) {
  return (
    <li>
      <strong className="refugee-totals__value">{formatNumber(total.value)}</strong>{' '}
      {total.year === null ? `(${total.period})` : `in ${total.period}`}{' '}
      <StatusBadge status={total.status} />{' '}
      <span className="refugee-totals__cite">
        <Cite refs={total} />
      </span>
    </li>
  );
}

/** "⚑ Sources disagree": the conflicting figure in words, one click from the note that explains it. */
export function DisagreeFlag({
  claims,
  names,
}: {
  claims: readonly DiscrepancyClaim[];
  names: ShortName;
}) {
  if (claims.length === 0) return null;
  return (
    <p className="flag refugee-totals__flag">
      <span aria-hidden="true">⚑</span>
      <span>
        Sources disagree:{' '}
        {claims.map((c, i) => (
          <span key={i}>
            {i > 0 ? '; ' : ''}
            {c.sources.map((id) => names(id)).join('; ')} give {c.quote ? `“${c.quote}”` : null}
            {c.value === null ? null : (
              <>
                {' '}
                (<strong>{formatNumber(c.value)}</strong>
                {c.year == null ? ', no year given' : `, ${c.year}`})
              </>
            )}
          </span>
        ))}
        . <a href={`#discrepancy-${TOTAL_DISCREPANCY_ID}`}>Why the figures differ</a>
      </span>
    </p>
  );
}

interface RefugeeTotalsProps {
  totals: TotalsView;
  conflicting: readonly DiscrepancyClaim[];
  names: ShortName;
  /** UNHCR's series: its sources and its status. */
  unhcrSeries: Pick<UnhcrSeries, 'sources' | 'status'>;
}

/** The documents' totals with the disagreeing figure flagged beside them, and UNHCR's for the year. */
export function RefugeeTotals({ totals, conflicting, names, unhcrSeries }: RefugeeTotalsProps) {
  return (
    <div className="refugee-totals">
      <div className="refugee-totals__block">
        <h3 className="refugee-totals__heading">Registered refugees, in the documents</h3>
        <ul className="refugee-totals__list">
          {totals.documents.map((t, i) => (
            <DocumentTotal key={i} total={t} />
          ))}
        </ul>
        <DisagreeFlag claims={conflicting} names={names} />
      </div>
      <div className="refugee-totals__block">
        <h3 className="refugee-totals__heading">UNHCR, end of {totals.year}</h3>
        <p className="refugee-totals__unhcr">
          {totals.unhcr ? (
            <>
              <strong className="refugee-totals__value">
                {formatNumber(totals.unhcr.refugees)}
              </strong>{' '}
              refugees <StatusBadge status={unhcrSeries.status} />
            </>
          ) : (
            <span className="no-data">
              {NO_DATA} for {totals.year}
            </span>
          )}{' '}
          <span className="refugee-totals__cite">
            <Cite refs={{ sources: unhcrSeries.sources }} />
          </span>
        </p>
        <p className="refugee-totals__definition">
          {DEFINITIONS_NOTE}{' '}
          <a href={`#discrepancy-${DEFINITIONS_DISCREPANCY_ID}`}>Compare the definitions</a>
        </p>
        <DisagreementFlags ids={[MUMTAZ_VS_UNHCR_ID]} />
      </div>
    </div>
  );
}
