import type { Status } from '@/data/schemas';
import { citationText, type Cited } from '@/lib/citation';
import { NO_DATA } from '@/lib/format';
import type { YearRow } from '@/lib/year-rows';
import { Cite } from './cite';
import type { ExportColumn } from './columns';
import { StatusBadge } from './data-table';
import { YearButton } from './year-button';

type Record = { year: number; status: Status } & Cited;

/** The year a table selects from, when the table is on screen. */
export interface YearPick {
  selected: number;
  onSelect: (year: number) => void;
}

/** A yearly table's first column: the year, on screen a button that selects it. */
export function yearColumn<R extends Record>(pick?: YearPick): ExportColumn<YearRow<R>> {
  return {
    key: 'year',
    header: 'Year',
    value: (r) => r.year,
    cell: pick
      ? (r) => (
          <YearButton year={r.year} selected={r.year === pick.selected} onSelect={pick.onSelect} />
        )
      : undefined,
  };
}

/** A yearly table's last columns: the status ("no data" for a gap) and the citation. */
export function statusAndSourceColumns<R extends Record>(
  shortName: (id: string) => string,
): ExportColumn<YearRow<R>>[] {
  return [
    {
      key: 'status',
      header: 'Status',
      value: (r) => (r.kind === 'gap' ? NO_DATA : r.status),
      cell: (r) =>
        r.kind === 'gap' ? (
          <span className="no-data">{NO_DATA}</span>
        ) : (
          <StatusBadge status={r.status} />
        ),
    },
    {
      key: 'source',
      header: 'Source',
      value: (r) => (r.kind === 'gap' ? null : citationText(r, shortName)),
      cell: (r) => (r.kind === 'gap' ? '—' : <Cite refs={r} fold />),
    },
  ];
}
