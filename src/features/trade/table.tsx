import type { ReactNode } from 'react';
import { Cite } from '@/components/cite';
import { flatTable, type ExportColumn } from '@/components/columns';
import { StatusBadge } from '@/components/data-table';
import type { FlatTable } from '@/components/panel-data';
import { statusAndSourceColumns, yearColumn, type YearPick } from '@/components/year-columns';
import type { ConnectivityFile, TradeFile, TradeRecord } from '@/data/schemas';
import { citationText } from '@/lib/citation';
import { formatNumber, NO_DATA } from '@/lib/format';
import { Balance, FlagLink } from './figures';
import {
  balanceWords,
  flagFor,
  NOT_GIVEN,
  type InitiativeField,
  type InitiativeRow,
  type TradeRow,
} from './select';

const noData = <span className="no-data">{NO_DATA}</span>;

/**
 * The trade table, declared once for the screen and the CSV: exact figures, the unit, the status
 * ("no data" for a gap) and the citation. A missing figure is null, never 0.
 */
export function tradeColumns(
  file: TradeFile,
  shortName: (id: string) => string,
  pick?: YearPick,
): ExportColumn<TradeRow>[] {
  const figure =
    (get: (r: Extract<TradeRow, { kind: 'figure' }>) => number | null) => (r: TradeRow) =>
      r.kind === 'gap' ? null : get(r);
  return [
    yearColumn(pick),
    {
      key: 'exports',
      header: 'Pakistan’s exports to Afghanistan',
      numeric: true,
      value: figure((r) => r.exports),
    },
    {
      key: 'imports',
      header: 'Imports from Afghanistan',
      numeric: true,
      value: figure((r) => r.imports),
    },
    { key: 'total', header: 'Total trade', numeric: true, value: figure((r) => r.total) },
    {
      key: 'balance',
      header: 'Balance (Pakistan)',
      numeric: true,
      value: figure((r) => r.balance),
      cell: (r) => (r.kind === 'gap' ? noData : <Balance value={r.balance} />),
    },
    {
      key: 'balanceWords',
      header: 'Balance in words',
      value: (r) => (r.kind === 'gap' ? null : balanceWords(r.balance)),
      csvOnly: true,
    },
    // On screen the caption gives the unit; the CSV gives it on every row.
    { key: 'unit', header: 'Unit', value: () => file.unit, csvOnly: true },
    ...statusAndSourceColumns<TradeRecord>(shortName),
  ];
}

export function tradeFlatTable(
  name: string,
  file: TradeFile,
  rows: readonly TradeRow[],
  shortName: (id: string) => string,
): FlatTable {
  return flatTable(name, tradeColumns(file, shortName), rows);
}

/** A figure with the flag of a disagreement about it, if there is one. */
function flagged(row: InitiativeRow, field: InitiativeField, shown: ReactNode) {
  const flag = flagFor(row, field);
  return (
    <>
      {shown}
      {flag ? <> {<FlagLink flag={flag} />}</> : null}
    </>
  );
}

/** The connectivity initiatives, declared once for the screen and the CSV. */
export function connectivityColumns(
  file: ConnectivityFile,
  shortName: (id: string) => string,
): ExportColumn<InitiativeRow>[] {
  return [
    { key: 'initiative', header: 'Initiative', value: (r) => r.name },
    {
      key: 'investment',
      header: 'Estimated investment',
      numeric: true,
      value: (r) => r.investment,
      cell: (r) =>
        flagged(
          r,
          'investment',
          r.investment === null ? (
            <span className="no-data">{NOT_GIVEN}</span>
          ) : (
            formatNumber(r.investment)
          ),
        ),
    },
    {
      key: 'investmentNote',
      header: 'Investment note',
      value: (r) => (r.investment === null ? 'n/a in the source' : null),
      csvOnly: true,
    },
    {
      key: 'tradeGain',
      header: 'Expected increase in trade volume',
      numeric: true,
      value: (r) => r.tradeGain,
      cell: (r) => flagged(r, 'tradeGain', formatNumber(r.tradeGain)),
    },
    { key: 'challenges', header: 'Key challenges', value: (r) => r.challenges.join('; ') },
    {
      key: 'disagreements',
      header: 'Sources disagree',
      value: (r) => (r.flags.length ? r.flags.map((f) => f.topic).join('; ') : null),
      csvOnly: true,
    },
    { key: 'unit', header: 'Unit', value: () => file.unit, csvOnly: true },
    {
      key: 'status',
      header: 'Status',
      value: (r) => r.status,
      cell: (r) => <StatusBadge status={r.status} />,
    },
    {
      key: 'source',
      header: 'Source',
      value: (r) => citationText(r, shortName),
      cell: (r) => <Cite refs={r} fold />,
    },
  ];
}

export function connectivityFlatTable(
  name: string,
  file: ConnectivityFile,
  rows: readonly InitiativeRow[],
  shortName: (id: string) => string,
): FlatTable {
  return flatTable(name, connectivityColumns(file, shortName), rows);
}
