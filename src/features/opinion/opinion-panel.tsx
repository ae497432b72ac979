import { useSuspenseQuery } from '@tanstack/react-query';
import { DataTable, StatusBadge } from '@/components/data-table';
import { SourceRefs } from '@/components/source-refs';
import { opinionQuery } from '@/data/queries';
import type { ViewMode } from '@/features/filters/filter-config';
import { formatNumber } from '@/lib/format';

export function OpinionPanel(_: { mode: ViewMode }) {
  const { data } = useSuspenseQuery(opinionQuery);
  const rows = data.surveys.flatMap((s) =>
    data.questions.map((q) => ({
      key: `${s.year}-${q.id}`,
      survey: s,
      label: q.label,
      response: s.responses.find((r) => r.questionId === q.id) ?? null,
    })),
  );
  return (
    <>
      <DataTable
        caption={`Public opinion (${data.unit})`}
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { key: 'survey', header: 'Survey', cell: (r) => r.survey.year },
          { key: 'question', header: 'Question', cell: (r) => r.label },
          {
            key: 'pk',
            header: 'Pakistan',
            numeric: true,
            cell: (r) => formatNumber(r.response?.pakistan ?? null, '%'),
          },
          {
            key: 'af',
            header: 'Afghanistan',
            numeric: true,
            cell: (r) => formatNumber(r.response?.afghanistan ?? null, '%'),
          },
          {
            key: 'status',
            header: 'Status',
            cell: (r) => <StatusBadge status={r.survey.status} />,
          },
        ]}
      />
      <SourceRefs refs={data.surveys} />
    </>
  );
}
