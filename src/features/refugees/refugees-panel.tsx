import { useSuspenseQuery } from '@tanstack/react-query';
import { DataTable, StatusBadge } from '@/components/data-table';
import { SourceRefs } from '@/components/source-refs';
import { refugeesQuery } from '@/data/queries';
import type { ViewMode } from '@/features/filters/filter-config';
import { useFilterStore } from '@/features/filters/filter-store';
import { formatNumber } from '@/lib/format';

export function RefugeesPanel(_: { mode: ViewMode }) {
  const { data } = useSuspenseQuery(refugeesQuery);
  const tier = useFilterStore((s) => s.tier);
  const province = useFilterStore((s) => s.province);
  const set = data.provinceShares.find((s) => s.tier === tier) ?? data.provinceShares[0];
  if (!set) return <p className="no-data">No province shares in refugees.json.</p>;
  return (
    <>
      <DataTable
        caption={
          <>
            {set.label} <StatusBadge status={set.status} />
          </>
        }
        rows={set.shares}
        rowKey={(r) => r.provinceId}
        isSelected={(r) => r.provinceId === province}
        columns={[
          { key: 'province', header: 'Province', cell: (r) => r.name },
          {
            key: 'share',
            header: 'Share',
            numeric: true,
            cell: (r) => formatNumber(r.percent, '%'),
          },
          {
            key: 'people',
            header: 'People',
            numeric: true,
            cell: (r) =>
              set.basisTotal === null
                ? 'no basis total'
                : `${formatNumber(set.basisTotal)} × ${formatNumber(r.percent, '%')} = ${formatNumber(Math.round((set.basisTotal * r.percent) / 100))}`,
          },
        ]}
      />
      <SourceRefs refs={[set]} />
    </>
  );
}
