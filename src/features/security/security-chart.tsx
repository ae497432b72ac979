import { YearBarChart } from '@/components/year-bar-chart';
import { yearBarSeries } from '@/components/year-chart-shapes';
import type { SecurityIncidentsFile } from '@/data/schemas';
import { PALETTE } from '@/lib/chart-theme';
import { citationText } from '@/lib/citation';
import { formatNumber, NO_DATA } from '@/lib/format';
import {
  categoryLabel,
  SECURITY_SERIES,
  type SecurityBar,
  type SecurityRow,
  type SecuritySeries,
} from './select';

export const SECURITY_CHART_HEIGHT = 230;

const COLOURS: Record<SecuritySeries, string> = {
  totalOnly: PALETTE.observed,
  crossBorderAttacks: PALETTE.category[3],
  militantActivities: PALETTE.category[1],
  counterTerrorismOperations: PALETTE.category[2],
};
const MARGIN = { top: 18, right: 8, bottom: 0, left: 0 };

function seriesName(file: SecurityIncidentsFile, series: SecuritySeries): string {
  return series === 'totalOnly' ? 'Incidents (total only)' : categoryLabel(file, series);
}

interface SecurityChartProps {
  file: SecurityIncidentsFile;
  rows: readonly SecurityRow[];
  bars: readonly SecurityBar[];
  selected: number;
  onSelect: (year: number) => void;
  shortName: (id: string) => string;
}

/** Incidents per year: one bar per year, stacked by category where the source breaks it down. */
export function SecurityChart({
  file,
  rows,
  bars,
  selected,
  onSelect,
  shortName,
}: SecurityChartProps) {
  // The categories' names come from the file.
  const series = yearBarSeries(SECURITY_SERIES, COLOURS, (s) => seriesName(file, s));
  const describe = (bar: SecurityBar) => formatNumber(bar.top, file.unit);
  const tooltip = (row: SecurityRow) => (
    <SecurityTooltip row={row} file={file} shortName={shortName} />
  );
  return (
    <YearBarChart
      rows={rows}
      bars={bars}
      selected={selected}
      onSelect={onSelect}
      series={series}
      describe={describe}
      tooltip={tooltip}
      title="Security incidents along the border per year"
      className="security-chart"
      legendLabel="Legend: security incidents"
      stackId="incidents"
      yAxisWidth={40}
      margin={MARGIN}
      height={SECURITY_CHART_HEIGHT}
    />
  );
}

interface SecurityTooltipProps {
  row: SecurityRow;
  file: SecurityIncidentsFile;
  shortName: (id: string) => string;
}

function SecurityTooltip({ row, file, shortName }: SecurityTooltipProps) {
  if (row.kind === 'gap') {
    return (
      <div className="chart-tooltip">
        <p className="chart-tooltip__title">{row.year}</p>
        <p className="chart-tooltip__source">
          {NO_DATA}: the documents give no incident figure for this year.
        </p>
      </div>
    );
  }
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {row.year} · {row.status}
      </p>
      <dl>
        <dt>Incidents</dt>
        <dd>{formatNumber(row.total, file.unit)}</dd>
        {row.breakdown
          ? file.categories.map((c) => (
              <FragmentRow
                key={c.id}
                term={c.label}
                value={formatNumber(row.breakdown?.[c.id], file.unit)}
              />
            ))
          : null}
        <dt>Status</dt>
        <dd>{row.status}</dd>
      </dl>
      <p className="chart-tooltip__source">Source: {citationText(row, shortName)}</p>
    </div>
  );
}

function FragmentRow({ term, value }: { term: string; value: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}
