import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DataTable, StatusBadge, type Column } from '@/components/data-table';
import { SourceRefs } from '@/components/source-refs';
import { securityIncidentsQuery } from '@/data/queries';
import type { ViewMode } from '@/features/filters/filter-config';
import { useFilterStore } from '@/features/filters/filter-store';
import { formatNumber, NO_DATA } from '@/lib/format';
import { selectSecurityRows, type SecurityRow } from './select';

const columns: Column<SecurityRow>[] = [
  { key: 'year', header: 'Year', cell: (r) => r.year },
  {
    key: 'total',
    header: 'Incidents',
    numeric: true,
    cell: (r) =>
      r.kind === 'gap' ? <span className="no-data">{NO_DATA}</span> : formatNumber(r.total),
  },
  {
    key: 'status',
    header: 'Status',
    cell: (r) => (r.kind === 'gap' ? '—' : <StatusBadge status={r.status} />),
  },
  {
    key: 'source',
    header: 'Source',
    cell: (r) => (r.kind === 'gap' ? '—' : <SourceRefs refs={[r]} label="Source" />),
  },
];

export function SecurityPanel(_: { mode: ViewMode }) {
  const { data } = useSuspenseQuery(securityIncidentsQuery);
  const { year, range } = useFilterStore(useShallow((s) => ({ year: s.year, range: s.range })));
  const rows = useMemo(() => selectSecurityRows(data, range), [data, range]);
  const figures = rows.filter((r) => r.kind === 'figure');
  return (
    <>
      <DataTable
        caption={`Security incidents along the border (${data.unit})`}
        columns={columns}
        rows={rows}
        rowKey={(r) => String(r.year)}
        isSelected={(r) => r.year === year}
        empty="No incident figures in the years chosen."
      />
      <SourceRefs refs={figures} />
    </>
  );
}
