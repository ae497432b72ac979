import { YearBarChart } from '@/components/year-bar-chart';
import { yearBarSeries } from '@/components/year-chart-shapes';
import type { TradeFile } from '@/data/schemas';
import { PALETTE } from '@/lib/chart-theme';
import { citationText } from '@/lib/citation';
import { formatNumber, formatSigned, NO_DATA } from '@/lib/format';
import {
  balanceWords,
  TRADE_SERIES,
  type TradeBar,
  type TradeRow,
  type TradeSeries,
} from './select';

export const TRADE_CHART_HEIGHT = 230;

const NAMES: Record<TradeSeries, string> = {
  totalOnly: 'Total trade (no split given)',
  exports: 'Pakistan’s exports',
  imports: 'Imports from Afghanistan',
};
const SERIES = yearBarSeries(
  TRADE_SERIES,
  { totalOnly: PALETTE.total, exports: PALETTE.exports, imports: PALETTE.imports },
  (s) => NAMES[s],
);
const MARGIN = { top: 18, right: 8, bottom: 0, left: 4 };

interface TradeChartProps {
  file: TradeFile;
  rows: readonly TradeRow[];
  bars: readonly TradeBar[];
  selected: number;
  onSelect: (year: number) => void;
  shortName: (id: string) => string;
}

/** Total trade per year; where the source splits it, the bar is exports stacked on imports. */
export function TradeChart({ file, rows, bars, selected, onSelect, shortName }: TradeChartProps) {
  const describe = ({ top, balance }: TradeBar) =>
    `total trade ${formatNumber(top, file.unit)}` +
    (balance === null ? '' : `; balance ${formatSigned(balance)}, ${balanceWords(balance)}`);
  const tooltip = (row: TradeRow) => <TradeTooltip row={row} file={file} shortName={shortName} />;
  return (
    <YearBarChart
      rows={rows}
      bars={bars}
      selected={selected}
      onSelect={onSelect}
      series={SERIES}
      describe={describe}
      tooltip={tooltip}
      title={`Pakistan–Afghanistan trade per year, ${file.unit}`}
      className="trade-chart"
      legendLabel="Legend: trade"
      stackId="trade"
      yAxisWidth={44}
      margin={MARGIN}
      height={TRADE_CHART_HEIGHT}
    />
  );
}

interface TradeTooltipProps {
  row: TradeRow;
  file: TradeFile;
  shortName: (id: string) => string;
}

function TradeTooltip({ row, file, shortName }: TradeTooltipProps) {
  if (row.kind === 'gap') {
    return (
      <div className="chart-tooltip">
        <p className="chart-tooltip__title">{row.year}</p>
        <p className="chart-tooltip__source">
          {NO_DATA}: the documents give no trade figure for this year.
        </p>
      </div>
    );
  }
  const words = balanceWords(row.balance);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {row.year} · {row.status} · {file.unit}
      </p>
      <dl>
        <dt>Exports</dt>
        <dd>{formatNumber(row.exports)}</dd>
        <dt>Imports</dt>
        <dd>{formatNumber(row.imports)}</dd>
        <dt>Total trade</dt>
        <dd>{formatNumber(row.total)}</dd>
        <dt>Balance</dt>
        <dd>
          {formatSigned(row.balance)}
          {words ? ` (${words})` : ''}
        </dd>
        <dt>Status</dt>
        <dd>{row.status}</dd>
      </dl>
      <p className="chart-tooltip__source">Source: {citationText(row, shortName)}</p>
    </div>
  );
}
