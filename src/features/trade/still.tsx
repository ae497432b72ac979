import { flagNotes, sourcesLine } from '@/components/source-lines';
import type { StillSpec } from '@/components/still/still';
import type { ConnectivityFile, DiscrepanciesFile, TradeFile } from '@/data/schemas';
import { formatNumber, formatSigned, NO_DATA } from '@/lib/format';
import { emptyRangeNote, missingYearNote, yearlySubtitle } from '@/lib/year-rows';
import { ConnectivityChart, TradeChart } from './charts';
import {
  balanceWords,
  connectivityDiscrepancies,
  selectInitiativeBars,
  selectInitiatives,
  selectTradeBars,
  selectTradeRows,
  type TradeRow,
} from './select';

/** The disagreement the trade view flags: JSSA's text on growth against its own Table 1. */
export const TRADE_DISAGREEMENTS = ['trade-growth-jssa-text-vs-table'];

interface Common {
  discrepancies: DiscrepanciesFile;
  shortName: (id: string) => string;
}

export type TradeStillInput =
  | ({ view: 'trade'; file: TradeFile; range: readonly [number, number]; year: number } & Common)
  | ({ view: 'connectivity'; file: ConnectivityFile } & Common);

/** The trade panel's still: whichever view it shows, trade per year or the connectivity projects. */
export function tradeStill(input: TradeStillInput): StillSpec {
  return input.view === 'trade' ? balanceStill(input) : connectivityStill(input);
}

type Figure = Extract<TradeRow, { kind: 'figure' }>;

/** Trade per year over the years shown, the year in focus, each split year's balance. */
function balanceStill({
  file,
  range,
  year,
  discrepancies,
  shortName,
}: Extract<TradeStillInput, { view: 'trade' }>): StillSpec {
  const rows = selectTradeRows(file, range);
  const figures = rows.filter((r): r is Figure => r.kind === 'figure');
  const flags = flagNotes(discrepancies, TRADE_DISAGREEMENTS);
  if (rows.length === 0) {
    return {
      subtitle: yearlySubtitle(file, `Trade per year (${file.unit})`, rows, year),
      notes: [emptyRangeNote(file, 'trade figures')],
      body: null,
      sources: [],
    };
  }
  const split = figures.filter((r) => r.exports !== null && r.imports !== null);
  return {
    subtitle: yearlySubtitle(file, `Trade per year (${file.unit})`, rows, year),
    notes: [
      missingYearNote(file, year, 'trade figures'),
      ...split.map((r) => balanceLine(r, file.unit)),
      ...flags,
    ].filter((n): n is string => n !== null),
    body: (
      <TradeChart
        file={file}
        rows={rows}
        bars={selectTradeBars(rows)}
        selected={year}
        onSelect={() => {}}
        shortName={shortName}
      />
    ),
    sources: sourcesLine(figures, shortName),
  };
}

/** "2024 (projected) balance: +1,050 (Pakistan surplus) = exports 1,400 − imports 350, USD million" */
export function balanceLine(row: Figure, unit: string): string {
  const words = balanceWords(row.balance);
  const balance =
    row.balance === null ? NO_DATA : `${formatSigned(row.balance)}${words ? ` (${words})` : ''}`;
  return `${row.year} (${row.status}) balance: ${balance} = exports ${formatNumber(row.exports)} − imports ${formatNumber(row.imports)}, ${unit}`;
}

/** Each initiative's investment and expected gain, the flags, the further figures. */
function connectivityStill({
  file,
  discrepancies,
  shortName,
}: Extract<TradeStillInput, { view: 'connectivity' }>): StillSpec {
  const rows = selectInitiatives(file, discrepancies);
  const facts = rows.flatMap((r) => r.facts);
  const status = [...new Set(rows.map((r) => r.status))].join(', ');
  const further = rows
    .filter((r) => r.facts.length > 0)
    .map(
      (r) =>
        `${r.label}, further figures: ${r.facts.map((f) => `${f.label}: ${formatNumber(f.value, f.unit)}`).join('; ')}.`,
    );
  return {
    subtitle: `Regional connectivity initiatives (${file.unit}${status ? `, ${status}` : ''})`,
    notes: [
      ...flagNotes(
        discrepancies,
        connectivityDiscrepancies(discrepancies).map((d) => d.id),
      ),
      ...further,
    ],
    body: (
      <ConnectivityChart
        file={file}
        rows={rows}
        bars={selectInitiativeBars(rows)}
        shortName={shortName}
      />
    ),
    sources: sourcesLine([...rows, ...facts], shortName),
  };
}
