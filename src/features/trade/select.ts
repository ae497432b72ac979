import type {
  ConnectivityFact,
  ConnectivityFile,
  DiscrepanciesFile,
  Discrepancy,
  Initiative,
  InitiativeId,
  Status,
  Theme,
  TradeFile,
  TradeRecord,
} from '@/data/schemas';
import type { TradeView } from '@/features/filters/filter-config';
import { yearRows, type YearRow } from '@/lib/year-rows';

export type { TradeView };

/** With the connectivity theme chosen and trade not, the panel opens on the connectivity view. */
export function defaultTradeView(themes: readonly Theme[]): TradeView {
  return themes.includes('connectivity') && !themes.includes('trade') ? 'connectivity' : 'trade';
}

// ---------------------------------------------------------------- bilateral trade

export type TradeRow = YearRow<TradeRecord>;

/** One row per year of the coverage inside the range; a year without a record is a gap, never 0. */
export function selectTradeRows(file: TradeFile, range: readonly [number, number]): TradeRow[] {
  return yearRows(file, range);
}

/** Every year of the coverage, whatever the filters: the whole dataset, gaps included. */
export function selectAllTradeRows(file: TradeFile): TradeRow[] {
  return yearRows(file);
}

/** The data keys the chart stacks, bottom first. */
export const TRADE_SERIES = ['totalOnly', 'exports', 'imports'] as const;
export type TradeSeries = (typeof TRADE_SERIES)[number];

/**
 * One bar per year. Where the source splits trade into exports and imports the bar is their
 * stack (which is the total); where it gives only the total, one `totalOnly` bar. A gap draws
 * nothing and is marked "no data".
 */
export interface TradeBar extends Record<TradeSeries, number | null> {
  label: string;
  year: number;
  status: Status | 'gap';
  /** Total trade: the whole bar's height; null for a gap. */
  top: number | null;
  balance: number | null;
}

export function selectTradeBars(rows: readonly TradeRow[]): TradeBar[] {
  return rows.map((row) => {
    const base = { label: String(row.year), year: row.year };
    if (row.kind === 'gap') {
      return {
        ...base,
        status: 'gap',
        totalOnly: null,
        exports: null,
        imports: null,
        top: null,
        balance: null,
      };
    }
    const split = row.exports !== null && row.imports !== null;
    return {
      ...base,
      status: row.status,
      totalOnly: split ? null : row.total,
      exports: split ? row.exports : null,
      imports: split ? row.imports : null,
      top: row.total,
      balance: row.balance,
    };
  });
}

/** The balance in words, so its sign never rests on colour: "Pakistan surplus" / "Pakistan deficit". */
export function balanceWords(balance: number | null): string | null {
  if (balance === null) return null;
  if (balance > 0) return 'Pakistan surplus';
  if (balance < 0) return 'Pakistan deficit';
  return 'balanced';
}

/** Years whose parts disagree with their total or balance (should be none; the audit checks too). */
export function tradeMismatches(rows: readonly TradeRow[]): number[] {
  return rows
    .filter((r): r is { kind: 'figure' } & TradeRecord => r.kind === 'figure')
    .filter((r) => {
      if (r.exports === null || r.imports === null) return false;
      const totalWrong = r.total !== null && r.exports + r.imports !== r.total;
      const balanceWrong = r.balance !== null && r.exports - r.imports !== r.balance;
      return totalWrong || balanceWrong;
    })
    .map((r) => r.year);
}

// ---------------------------------------------------------------- connectivity initiatives

/** How the source marks a figure it does not give ("N/A"): shown as text, never as a 0 bar. */
export const NOT_GIVEN = 'n/a';

export const INITIATIVE_SHORT: Record<InitiativeId, string> = {
  cpec: 'CPEC',
  aptta: 'APTTA',
  'casa-1000': 'CASA-1000',
  tapi: 'TAPI',
};

export type InitiativeField = 'investment' | 'tradeGain';

/**
 * Which charted figure each disagreement in discrepancies.json is about. A disagreement about
 * connectivity that is not listed here is still flagged in the panel, just not on a figure.
 */
export const DISCREPANCY_FIELDS: Record<
  string,
  { initiative: InitiativeId; field: InitiativeField }
> = {
  'cpec-investment': { initiative: 'cpec', field: 'investment' },
  'aptta-trade-gain': { initiative: 'aptta', field: 'tradeGain' },
  'cpec-trade-gain': { initiative: 'cpec', field: 'tradeGain' },
  'tapi-cost': { initiative: 'tapi', field: 'investment' },
};

export interface InitiativeFlag {
  id: string;
  topic: string;
  field: InitiativeField;
}

export interface InitiativeRow extends Initiative {
  /** Short name for axes: "CPEC". */
  label: string;
  /** Disagreements between sources about this initiative's figures. */
  flags: InitiativeFlag[];
  facts: ConnectivityFact[];
}

/** Disagreements that concern the connectivity figures, in file order. */
export function connectivityDiscrepancies(file: DiscrepanciesFile): Discrepancy[] {
  return file.discrepancies.filter((d) => d.datasets.includes('connectivity.json'));
}

export function selectInitiatives(
  file: ConnectivityFile,
  discrepancies: DiscrepanciesFile,
): InitiativeRow[] {
  const relevant = connectivityDiscrepancies(discrepancies);
  return file.initiatives.map((initiative) => ({
    ...initiative,
    label: INITIATIVE_SHORT[initiative.id],
    flags: relevant.flatMap((d) => {
      const target = DISCREPANCY_FIELDS[d.id];
      return target?.initiative === initiative.id
        ? [{ id: d.id, topic: d.topic, field: target.field }]
        : [];
    }),
    facts: file.facts.filter((f) => f.initiative === initiative.id),
  }));
}

/** The flag on one figure of an initiative, if sources disagree about it. */
export function flagFor(row: InitiativeRow, field: InitiativeField): InitiativeFlag | undefined {
  return row.flags.find((f) => f.field === field);
}

/** Investment and expected gain side by side, as the chart draws them (null stays null: "n/a"). */
export interface InitiativeBar {
  label: string;
  id: InitiativeId;
  status: Status;
  investment: number | null;
  tradeGain: number;
}

export function selectInitiativeBars(rows: readonly InitiativeRow[]): InitiativeBar[] {
  return rows.map((r) => ({
    label: r.label,
    id: r.id,
    status: r.status,
    investment: r.investment,
    tradeGain: r.tradeGain,
  }));
}
