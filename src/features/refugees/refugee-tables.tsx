import { DataTable, StatusBadge, type Column } from '@/components/data-table';
import type { DiscrepancyClaim, RefugeesFile, UnhcrRecord } from '@/data/schemas';
import { formatNumber, NO_DATA } from '@/lib/format';
import { Cite } from '@/components/cite';
import { TOTAL_DISCREPANCY_ID } from './refugee-totals';
import {
  OTHER_ID,
  SERIES_KEYS,
  seriesSpan,
  type ProvinceRow,
  type ProvinceView,
  type TotalsView,
} from './select';

interface ProvinceTableProps {
  view: ProvinceView;
  selected: string | null;
  onPick: (provinceId: string) => void;
}

/** The shares with the computation written out, each province a button that selects it. */
export function ProvinceTable({ view, selected, onPick }: ProvinceTableProps) {
  const { set, basis } = view;
  const columns: Column<ProvinceRow>[] = [
    {
      key: 'province',
      header: 'Province',
      cell: (r) =>
        r.selectable ? (
          <button
            type="button"
            className="row-pick"
            aria-pressed={r.key === selected}
            onClick={() => onPick(r.key)}
          >
            {r.name}
          </button>
        ) : (
          <span>
            {r.name} <span className="no-data">(not a province; not broken down)</span>
          </span>
        ),
    },
    { key: 'share', header: 'Share', numeric: true, cell: (r) => formatNumber(r.percent, '%') },
    {
      key: 'people',
      header: basis ? `People (share × ${formatNumber(basis.total)})` : 'People',
      numeric: true,
      cell: (r) => r.computation ?? <span className="no-data">{NO_DATA}</span>,
    },
    { key: 'status', header: 'Status', cell: (r) => <StatusBadge status={r.status} /> },
  ];
  return (
    <DataTable
      caption={
        <>
          {set.label}, persons. <StatusBadge status={set.status} />{' '}
          {basis ? (
            <>
              People = share × {formatNumber(basis.total)}, the {basis.label}
              {basis.sameSource ? null : (
                <>
                  {' '}
                  (<Cite refs={basis} />; computed here, not reported by UNHCR)
                </>
              )}
              .
            </>
          ) : (
            'Shares only: no total to compute people from.'
          )}{' '}
          Source: <Cite refs={set} />.
        </>
      }
      columns={columns}
      rows={view.rows}
      rowKey={(r) => r.key}
      isSelected={(r) => r.key === selected && r.key !== OTHER_ID}
    />
  );
}

type TotalRow =
  | { kind: 'document'; key: string; t: TotalsView['documents'][number] }
  | { kind: 'conflict'; key: string; c: DiscrepancyClaim }
  | { kind: 'unhcr'; key: string; year: number; r: UnhcrRecord | null }
  | { kind: 'related'; key: string; f: RefugeesFile['related'][number] };

interface TotalsTableProps {
  file: RefugeesFile;
  totals: TotalsView;
  conflicting: readonly DiscrepancyClaim[];
}

/** Totals from every source side by side, the disagreeing figure flagged, and the related figure. */
export function TotalsTable({ file, totals, conflicting }: TotalsTableProps) {
  const rows: TotalRow[] = [
    ...totals.documents.map((t, i) => ({ kind: 'document' as const, key: `doc-${i}`, t })),
    ...conflicting.map((c, i) => ({ kind: 'conflict' as const, key: `conflict-${i}`, c })),
    { kind: 'unhcr', key: 'unhcr', year: totals.year, r: totals.unhcr },
    ...file.related.map((f) => ({ kind: 'related' as const, key: f.id, f })),
  ];
  const columns: Column<TotalRow>[] = [
    {
      key: 'figure',
      header: 'Figure',
      cell: (row) => {
        switch (row.kind) {
          case 'document':
            return 'Registered refugees (documents)';
          case 'conflict':
            return (
              <span className="flag">
                <span aria-hidden="true">⚑</span>
                <span>
                  Sources disagree: registered refugees{' '}
                  <a href={`#discrepancy-${TOTAL_DISCREPANCY_ID}`}>(see the note)</a>
                </span>
              </span>
            );
          case 'unhcr':
            return 'Refugees, UNHCR end of year (counted differently)';
          case 'related':
            return `Related: ${row.f.label}`;
        }
      },
    },
    {
      key: 'period',
      header: 'Year',
      cell: (row) => {
        switch (row.kind) {
          case 'document':
            return row.t.period;
          case 'conflict':
            return row.c.year ?? 'not given';
          case 'unhcr':
            return row.year;
          case 'related':
            return row.f.period;
        }
      },
    },
    {
      key: 'value',
      header: 'Persons',
      numeric: true,
      cell: (row) => {
        switch (row.kind) {
          case 'document':
            return formatNumber(row.t.value);
          case 'conflict':
            return formatNumber(row.c.value);
          case 'unhcr':
            return row.r ? (
              formatNumber(row.r.refugees)
            ) : (
              <span className="no-data">{NO_DATA}</span>
            );
          case 'related':
            return formatNumber(row.f.value);
        }
      },
    },
    {
      key: 'status',
      header: 'Status',
      cell: (row) => {
        switch (row.kind) {
          case 'document':
            return <StatusBadge status={row.t.status} />;
          case 'conflict':
            return 'flagged';
          case 'unhcr':
            return row.r ? <StatusBadge status={file.unhcrSeries.status} /> : '—';
          case 'related':
            return <StatusBadge status={row.f.status} />;
        }
      },
    },
    {
      key: 'source',
      header: 'Source',
      cell: (row) => {
        switch (row.kind) {
          case 'document':
            return <Cite refs={row.t} />;
          case 'conflict':
            return <Cite refs={row.c} />;
          case 'unhcr':
            return <Cite refs={{ sources: file.unhcrSeries.sources }} />;
          case 'related':
            return <Cite refs={row.f} />;
        }
      },
    },
  ];
  return (
    <DataTable
      caption="Totals (persons), and a related figure"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
    />
  );
}

interface SeriesTableProps {
  file: RefugeesFile;
  records: readonly UnhcrRecord[];
  year: number;
  /** "CC BY 4.0", from sources.json. */
  licence: string | null;
}

const SERIES_SHORT: Record<(typeof SERIES_KEYS)[number], string> = {
  refugees: 'Refugees',
  returned: 'Returned',
  asylumSeekers: 'Asylum seekers',
  othersOfConcern: 'Others of concern',
};

const seriesColumns: Column<UnhcrRecord>[] = [
  { key: 'year', header: 'Year', cell: (r) => r.year },
  ...SERIES_KEYS.map((k) => ({
    key: k,
    header: SERIES_SHORT[k],
    numeric: true,
    cell: (r: UnhcrRecord) => formatNumber(r[k]),
  })),
];

/** UNHCR's yearly figures in the chosen years; all observed, one source, said once in the caption. */
export function SeriesTable({ file, records, year, licence }: SeriesTableProps) {
  const first = records[0]?.year;
  const last = records.at(-1)?.year;
  const span = seriesSpan(file);
  return (
    <div className="series-table">
      <DataTable
        caption={
          <>
            UNHCR: Afghans in Pakistan{first !== undefined ? `, ${first}–${last}` : ''} (persons,
            all observed; refugees at the end of each year, returns during it). Source:{' '}
            <Cite refs={{ sources: file.unhcrSeries.sources }} />
            {licence ? `, ${licence}` : ''}.
          </>
        }
        columns={seriesColumns}
        rows={records}
        rowKey={(r) => String(r.year)}
        isSelected={(r) => r.year === year}
        empty={`No UNHCR figures in the years chosen${span ? ` (the series covers ${span.from}–${span.to})` : ''}.`}
      />
    </div>
  );
}
