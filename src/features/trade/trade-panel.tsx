import { useSuspenseQuery } from '@tanstack/react-query';
import { DataTable, StatusBadge } from '@/components/data-table';
import { SourceRefs } from '@/components/source-refs';
import { tradeQuery } from '@/data/queries';
import type { TradeRecord } from '@/data/schemas';
import type { ViewMode } from '@/features/filters/filter-config';
import { useFilterStore } from '@/features/filters/filter-store';
import { formatNumber, formatSigned } from '@/lib/format';

export function TradePanel(_: { mode: ViewMode }) {
  const { data } = useSuspenseQuery(tradeQuery);
  const year = useFilterStore((s) => s.year);
  return (
    <>
      <DataTable<TradeRecord>
        caption={`Bilateral trade (${data.unit})`}
        rows={data.records}
        rowKey={(r) => String(r.year)}
        isSelected={(r) => r.year === year}
        columns={[
          { key: 'year', header: 'Year', cell: (r) => r.year },
          {
            key: 'exports',
            header: 'Exports',
            numeric: true,
            cell: (r) => formatNumber(r.exports),
          },
          {
            key: 'imports',
            header: 'Imports',
            numeric: true,
            cell: (r) => formatNumber(r.imports),
          },
          { key: 'total', header: 'Total', numeric: true, cell: (r) => formatNumber(r.total) },
          {
            key: 'balance',
            header: 'Balance',
            numeric: true,
            cell: (r) => formatSigned(r.balance),
          },
          { key: 'status', header: 'Status', cell: (r) => <StatusBadge status={r.status} /> },
        ]}
      />
      <SourceRefs refs={data.records} />
    </>
  );
}
