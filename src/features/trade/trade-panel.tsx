import { useQuery, useSuspenseQueries } from '@tanstack/react-query';
import { DisagreementFlags } from '@/components/disagreement-flags';
import { FocusNote } from '@/components/focus-note';
import { emptyRangeNote, missingYearNote } from '@/lib/year-rows';
import { DataTable } from '@/components/data-table';
import { usePanelData } from '@/components/panel-data';
import { SourceRefs } from '@/components/source-refs';
import { DiscrepanciesNotice, SourcesNotice } from '@/components/support-notice';
import { discrepanciesQuery, NO_DISCREPANCIES, sourcesQuery } from '@/data/queries';
import type { ConnectivityFile, DiscrepanciesFile, TradeFile } from '@/data/schemas';
import type { FilterState, ViewMode } from '@/features/filters/filter-config';
import { useFilterStore, usePanelFilters } from '@/features/filters/filter-store';
import { shortNamer } from '@/lib/citation';
import { formatNumber, NO_DATA } from '@/lib/format';
import { TRADE_QUERIES } from './datasets';
import {
  connectivityDiscrepancies,
  defaultTradeView,
  NOT_GIVEN,
  selectAllTradeRows,
  selectInitiativeBars,
  selectInitiatives,
  selectTradeBars,
  selectTradeRows,
  type TradeRow,
  type TradeView,
} from './select';
import { Balance } from './figures';
import { tradeStill, TRADE_DISAGREEMENTS } from './still';
import { connectivityColumns, connectivityFlatTable, tradeColumns, tradeFlatTable } from './table';
import './trade.css';

import { ConnectivityChart, TradeChart } from './charts';

const VIEWS: { view: TradeView; text: string }[] = [
  { view: 'trade', text: 'Trade' },
  { view: 'connectivity', text: 'Connectivity projects' },
];

/** The view chosen (a filter, so a link keeps it), or the one the themes call for. */
const viewOf = (s: FilterState): TradeView => s.tradeView ?? defaultTradeView(s.themes);

/**
 * The Trade / Connectivity switch. It reads the store itself, so it shows a choice at once while
 * the panel's figures follow in their transition (usePanelFilters).
 */
function ViewSwitch() {
  const view = useFilterStore(viewOf);
  const setView = useFilterStore((s) => s.setTradeView);
  return (
    <div className="view-switch trade-panel__views" role="group" aria-label="Trade balance: show">
      {VIEWS.map((v) => (
        <button
          key={v.view}
          type="button"
          aria-pressed={view === v.view}
          onClick={() => setView(v.view)}
        >
          {v.text}
        </button>
      ))}
    </div>
  );
}

export function TradePanel({ mode }: { mode: ViewMode }) {
  const [{ data: trade }, { data: connectivity }] = useSuspenseQueries({
    queries: TRADE_QUERIES,
  });
  // Flags and citations enrich the panel; a problem with their files never hides the figures.
  const { data: discrepancies = NO_DISCREPANCIES } = useQuery(discrepanciesQuery);
  const { data: sources } = useQuery(sourcesQuery);
  const shortName = shortNamer(sources);
  const view = usePanelFilters(viewOf);

  return (
    <div className="trade-panel">
      <SourcesNotice />
      <DiscrepanciesNotice />
      <ViewSwitch />
      {view === 'trade' ? (
        <TradeBalanceView
          mode={mode}
          file={trade}
          discrepancies={discrepancies}
          shortName={shortName}
        />
      ) : (
        <ConnectivityView
          mode={mode}
          file={connectivity}
          discrepancies={discrepancies}
          shortName={shortName}
        />
      )}
    </div>
  );
}

// ---------------------------------------------------------------- trade

function TradeBalanceView({
  mode,
  file,
  discrepancies,
  shortName,
}: {
  mode: ViewMode;
  file: TradeFile;
  discrepancies: DiscrepanciesFile;
  shortName: (id: string) => string;
}) {
  const { range, year } = usePanelFilters((s) => ({ range: s.range, year: s.year }));
  const setYear = useFilterStore((s) => s.setYear);
  // Before anything the panel draws is derived (see usePanelData).
  usePanelData({
    visible: () => tradeFlatTable('trade-visible', file, selectTradeRows(file, range), shortName),
    full: () => tradeFlatTable('trade', file, selectAllTradeRows(file), shortName),
    still: () => tradeStill({ view: 'trade', file, range, year, discrepancies, shortName }),
  });

  const rows = selectTradeRows(file, range);
  const bars = selectTradeBars(rows);
  const figures = rows.filter(
    (r): r is Extract<TradeRow, { kind: 'figure' }> => r.kind === 'figure',
  );
  const columns = tradeColumns(file, shortName, { selected: year, onSelect: setYear });
  const split = figures.filter((r) => r.exports !== null && r.imports !== null);

  // The empty state in the returned markup, not an early return: the compiler then memoises the
  // rows and bars on the range alone (see usePanelData).
  return rows.length === 0 ? (
    <p className="no-data trade-panel__empty">{emptyRangeNote(file, 'trade figures')}</p>
  ) : (
    <>
      <FocusNote>{missingYearNote(file, year, 'trade figures')}</FocusNote>
      {mode === 'chart' ? (
        <>
          <TradeChart
            file={file}
            rows={rows}
            bars={bars}
            selected={year}
            onSelect={setYear}
            shortName={shortName}
          />
          {split.map((r) => (
            <p key={r.year} className="trade-balance-note">
              <span className="trade-balance-note__year">
                {r.year} ({r.status})
              </span>{' '}
              balance: <Balance value={r.balance} />{' '}
              <span className="trade-balance-note__sum">
                = exports {formatNumber(r.exports)} − imports {formatNumber(r.imports)}, {file.unit}
              </span>
            </p>
          ))}
        </>
      ) : (
        <>
          <DataTable
            caption={`Bilateral trade (${file.unit}); a year without a figure says “${NO_DATA}”`}
            columns={columns}
            rows={rows}
            rowKey={(r) => String(r.year)}
            isSelected={(r) => r.year === year}
          />
          <ul className="trade-notes">
            {file.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
      <DisagreementFlags ids={TRADE_DISAGREEMENTS} />
      <SourceRefs refs={figures} />
    </>
  );
}

// ---------------------------------------------------------------- connectivity

function ConnectivityView({
  mode,
  file,
  discrepancies,
  shortName,
}: {
  mode: ViewMode;
  file: ConnectivityFile;
  discrepancies: DiscrepanciesFile;
  shortName: (id: string) => string;
}) {
  const table = () =>
    connectivityFlatTable('connectivity', file, selectInitiatives(file, discrepancies), shortName);
  // No filter narrows the initiatives: what is shown is the whole dataset. Before anything the
  // panel draws is derived (see usePanelData).
  usePanelData({
    visible: () => ({ ...table(), name: 'connectivity-visible' }),
    full: table,
    still: () => tradeStill({ view: 'connectivity', file, discrepancies, shortName }),
  });

  const rows = selectInitiatives(file, discrepancies);
  const bars = selectInitiativeBars(rows);
  const flags = connectivityDiscrepancies(discrepancies);
  const columns = connectivityColumns(file, shortName);
  const factGroups = rows.filter((r) => r.facts.length > 0).map((row) => ({ row }));
  const facts = rows.flatMap((r) => r.facts);

  return (
    <>
      {mode === 'chart' ? (
        <ConnectivityChart file={file} rows={rows} bars={bars} shortName={shortName} />
      ) : (
        <DataTable
          caption={`Regional connectivity initiatives (${file.unit}, ${rows[0]?.status ?? ''}); “${NOT_GIVEN}” where the source gives none`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.id}
        />
      )}
      {flags.length > 0 ? (
        <ul className="connectivity-flags" aria-label="Where the sources disagree">
          {flags.map((d) => (
            <li key={d.id}>
              <span aria-hidden="true">⚑ </span>
              <a href={`#discrepancy-${d.id}`}>{d.topic}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {factGroups.map((g) => (
        <div key={g.row.id} className="connectivity-facts">
          <p>{g.row.label}, further figures:</p>
          <ul>
            {g.row.facts.map((f) => (
              <li key={f.id}>
                {f.label}: <strong>{formatNumber(f.value, f.unit)}</strong>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <SourceRefs refs={[...rows, ...facts]} />
    </>
  );
}
