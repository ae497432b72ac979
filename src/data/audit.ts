import { formatIssue, formatPath } from '@/data/format-issue';
import { DATASETS, SECURITY_CATEGORIES } from '@/data/schemas';
import type { AllDatasets, DatasetName, SourceTier } from '@/data/schemas';

/**
 * The consistency audit: checks that hold across records and files, which a schema for one
 * record cannot express (sums, cross-references, duplicates, coverage). It is pure: it reads the
 * parsed datasets and returns the problems; an empty list means the data is consistent.
 */

export interface AuditIssue {
  /** The file in public/data, e.g. "trade.json". */
  file: string;
  /** The field path inside it, e.g. "records[3].balance"; "" for the whole file. */
  path: string;
  message: string;
}

/** `trade.json › records[3].balance: exports − imports = 1050 but balance is 1000` */
export function formatAuditIssue(issue: AuditIssue): string {
  return formatIssue(issue.file, issue.path, issue.message);
}

/** Shares may add up to a little over 100 because each is rounded. */
export const ROUNDING_TOLERANCE = 0.05;
/** Absorbs floating-point noise: 58.15 + 22.8 + … is 100.05000000000001. */
const EXACT = 1e-9;
const YEAR_MIN = 1800;
const YEAR_MAX = 2100;

type Path = readonly (string | number)[];

/** Shows sums without floating-point noise: 0.1 + 0.2 reads "0.3". */
const show = (n: number) => String(Number(n.toFixed(6)));

class Collector {
  readonly issues: AuditIssue[] = [];
  constructor(private readonly file: string) {}
  add(path: Path, message: string) {
    this.issues.push({ file: this.file, path: formatPath(path), message });
  }
}

function checkUnique<T>(
  out: Collector,
  items: readonly T[],
  key: (item: T) => string | number,
  where: Path,
  field: string,
  what: string,
) {
  const seen = new Map<string | number, number>();
  items.forEach((item, i) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else
      out.add([...where, i, field], `duplicate ${what} ${JSON.stringify(k)} (also at [${first}])`);
  });
}

function checkYearOrder<T extends { year: number }>(
  out: Collector,
  items: readonly T[],
  where: Path,
) {
  items.forEach((item, i) => {
    const prev = i > 0 ? items[i - 1] : undefined;
    if (prev && item.year < prev.year)
      out.add(
        [...where, i, 'year'],
        `${item.year} comes after ${prev.year}: records must be in year order`,
      );
  });
}

function checkCoverage(
  out: Collector,
  coverage: { from: number; to: number },
  records: readonly { year: number }[],
) {
  if (coverage.from > coverage.to)
    out.add(['coverage'], `from (${coverage.from}) is after to (${coverage.to})`);
  records.forEach((r, i) => {
    if (r.year < coverage.from || r.year > coverage.to)
      out.add(
        ['records', i, 'year'],
        `${r.year} is outside the coverage ${coverage.from}–${coverage.to}`,
      );
  });
}

/** Every field named year/yearFrom/yearTo anywhere in a file is a whole year in a sane range. */
function checkYearsSane(out: Collector, value: unknown, path: (string | number)[] = []) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkYearsSane(out, v, [...path, i]));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'year' || key === 'yearFrom' || key === 'yearTo') && typeof v === 'number') {
        if (!Number.isInteger(v) || v < YEAR_MIN || v > YEAR_MAX)
          out.add([...path, key], `${v} is not a year between ${YEAR_MIN} and ${YEAR_MAX}`);
      } else {
        checkYearsSane(out, v, [...path, key]);
      }
    }
  }
}

/** Calls visit for every `sources: string[]` citation list anywhere in a file. */
function forEachCitation(
  value: unknown,
  visit: (ids: readonly unknown[], path: (string | number)[]) => void,
  path: (string | number)[] = [],
) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => forEachCitation(v, visit, [...path, i]));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(v) && v.every((x) => typeof x !== 'object'))
        visit(v, [...path, key]);
      else forEachCitation(v, visit, [...path, key]);
    }
  }
}

/** Calls visit for every object that carries a `sources` citation list, with its path. */
function forEachCitingRecord(
  value: unknown,
  visit: (record: Record<string, unknown>, path: (string | number)[]) => void,
  path: (string | number)[] = [],
) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => forEachCitingRecord(v, visit, [...path, i]));
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const ids = record.sources;
    if (Array.isArray(ids) && ids.every((x) => typeof x === 'string')) visit(record, path);
    for (const [key, v] of Object.entries(record)) {
      if (key !== 'sources') forEachCitingRecord(v, visit, [...path, key]);
    }
  }
}

/**
 * A record citing one document carries `quote`; one citing several carries `quotes`, with one entry
 * per document and no other. A record citing no document carries neither.
 */
function checkQuotes(
  out: Collector,
  record: Record<string, unknown>,
  path: (string | number)[],
  tiers: ReadonlyMap<string, SourceTier>,
) {
  const ids = record.sources as string[];
  const documents = [...new Set(ids.filter((id) => tiers.get(id) === 'document'))];
  const { quote, quotes } = record;
  if (documents.length === 0) {
    if (quote !== undefined)
      out.add([...path, 'quote'], 'a quote, but the record cites no document');
    if (quotes !== undefined)
      out.add([...path, 'quotes'], 'quotes, but the record cites no document');
    return;
  }
  if (documents.length === 1) {
    if (quotes !== undefined)
      out.add(
        [...path, 'quotes'],
        `the record cites one document ("${documents[0]}"): give its words as quote, not quotes`,
      );
    if (quote === undefined)
      out.add(
        [...path, 'quote'],
        `missing: the record cites the document "${documents[0]}", so it needs the document's own words`,
      );
    return;
  }
  if (quote !== undefined)
    out.add(
      [...path, 'quote'],
      `the record cites ${documents.length} documents: give their words as quotes (source id → words)`,
    );
  const given = quotes !== null && typeof quotes === 'object' ? Object.keys(quotes) : [];
  if (quotes === undefined) {
    out.add(
      [...path, 'quotes'],
      `missing: the record cites ${documents.map((d) => `"${d}"`).join(', ')}, so it needs each one's own words`,
    );
    return;
  }
  for (const id of documents)
    if (!given.includes(id)) out.add([...path, 'quotes'], `missing the quote for "${id}"`);
  for (const id of given)
    if (!documents.includes(id))
      out.add([...path, 'quotes', id], `"${id}" is not a document this record cites`);
}

export function auditDatasets(data: Partial<AllDatasets>): AuditIssue[] {
  const issues: AuditIssue[] = [];
  const collector = (name: DatasetName) => new Collector(DATASETS[name].file);
  const flush = (c: Collector) => issues.push(...c.issues);

  const sourceTiers = data.sources
    ? new Map<string, SourceTier>(data.sources.sources.map((s) => [s.id, s.tier]))
    : undefined;
  const placeIds = data.places ? new Set(data.places.places.map((p) => p.id)) : undefined;
  const knownFiles = new Set<string>(Object.values(DATASETS).map((d) => d.file));

  // Generic checks, every file: citations resolve, years are sane.
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    const content = data[name];
    if (!content) continue;
    const out = collector(name);
    checkYearsSane(out, content);
    // sources.json's own `sources` is the list of sources, not a citation.
    if (sourceTiers && name !== 'sources') {
      forEachCitation(content, (ids, path) => {
        ids.forEach((id, i) => {
          if (typeof id !== 'string' || !sourceTiers.has(id))
            out.add([...path, i], `source ${JSON.stringify(id)} is not in sources.json`);
        });
      });
    }
    // sources.json's entries are not records that cite.
    if (sourceTiers && name !== 'sources')
      forEachCitingRecord(content, (record, path) => checkQuotes(out, record, path, sourceTiers));
    flush(out);
  }

  if (data.sources) {
    const out = collector('sources');
    checkUnique(out, data.sources.sources, (s) => s.id, ['sources'], 'id', 'source id');
    flush(out);
  }

  if (data.discrepancies) {
    const out = collector('discrepancies');
    const list = data.discrepancies.discrepancies;
    checkUnique(out, list, (d) => d.id, ['discrepancies'], 'id', 'id');
    list.forEach((d, i) => {
      d.datasets.forEach((file, j) => {
        if (!knownFiles.has(file))
          out.add(['discrepancies', i, 'datasets', j], `"${file}" is not a dataset file`);
      });
    });
    flush(out);
  }

  if (data.securityIncidents) {
    const out = collector('securityIncidents');
    const { coverage, records, categories } = data.securityIncidents;
    checkCoverage(out, coverage, records);
    checkUnique(out, records, (r) => r.year, ['records'], 'year', 'year');
    checkYearOrder(out, records, ['records']);
    checkUnique(out, categories, (c) => c.id, ['categories'], 'id', 'category');
    for (const id of SECURITY_CATEGORIES) {
      if (!categories.some((c) => c.id === id))
        out.add(['categories'], `category "${id}" is used by breakdowns but has no label`);
    }
    records.forEach((r, i) => {
      const breakdown = r.breakdown;
      if (!breakdown) return;
      const sum = SECURITY_CATEGORIES.reduce((acc, id) => acc + breakdown[id], 0);
      if (sum !== r.total)
        out.add(
          ['records', i, 'total'],
          `breakdown adds up to ${show(sum)} but total is ${r.total}`,
        );
    });
    flush(out);
  }

  if (data.trade) {
    const out = collector('trade');
    const { coverage, records } = data.trade;
    checkCoverage(out, coverage, records);
    checkUnique(out, records, (r) => r.year, ['records'], 'year', 'year');
    checkYearOrder(out, records, ['records']);
    records.forEach((r, i) => {
      const { exports, imports, total, balance } = r;
      if (exports === null || imports === null) return;
      if (total !== null && Math.abs(exports + imports - total) > EXACT)
        out.add(
          ['records', i, 'total'],
          `exports + imports = ${show(exports + imports)} but total is ${show(total)}`,
        );
      if (balance !== null && Math.abs(exports - imports - balance) > EXACT)
        out.add(
          ['records', i, 'balance'],
          `exports − imports = ${show(exports - imports)} but balance is ${show(balance)}`,
        );
    });
    flush(out);
  }

  if (data.connectivity) {
    const out = collector('connectivity');
    const { initiatives, facts } = data.connectivity;
    checkUnique(out, initiatives, (x) => x.id, ['initiatives'], 'id', 'initiative');
    checkUnique(out, facts, (x) => x.id, ['facts'], 'id', 'id');
    const ids = new Set<string>(initiatives.map((x) => x.id));
    facts.forEach((f, i) => {
      if (!ids.has(f.initiative))
        out.add(['facts', i, 'initiative'], `initiative "${f.initiative}" is not in initiatives`);
    });
    flush(out);
  }

  if (data.refugees) {
    const out = collector('refugees');
    const { documentTotals, provinceShares, unhcrSeries, related } = data.refugees;

    // A total the document does not date (year null) is unique by itself and comes first.
    checkUnique(
      out,
      documentTotals,
      (r) => r.year ?? `undated #${documentTotals.indexOf(r)}`,
      ['documentTotals'],
      'year',
      'year',
    );
    checkYearOrder(
      out,
      documentTotals.map((r) => ({ year: r.year ?? -Infinity })),
      ['documentTotals'],
    );
    documentTotals.forEach((r, i) => {
      const prev =
        r.year === null ? undefined : documentTotals.find((p) => p.year === (r.year ?? 0) - 1);
      if (r.change === null || !prev || prev.value === 0) return;
      const computed = ((r.value - prev.value) / prev.value) * 100;
      if (Math.abs(computed - r.change) > ROUNDING_TOLERANCE + EXACT)
        out.add(
          ['documentTotals', i, 'change'],
          `change from ${prev.year} computes to ${computed.toFixed(2)}% but is given as ${show(r.change)}%`,
        );
    });

    checkUnique(out, provinceShares, (s) => s.id, ['provinceShares'], 'id', 'id');
    provinceShares.forEach((set, i) => {
      const where = ['provinceShares', i] as const;
      checkUnique(
        out,
        set.shares,
        (s) => s.provinceId,
        [...where, 'shares'],
        'provinceId',
        'province',
      );
      const sum = set.shares.reduce((acc, s) => acc + s.percent, 0);
      if (sum - 100 > ROUNDING_TOLERANCE + EXACT)
        out.add([...where, 'shares'], `shares add up to ${show(sum)}%, more than 100%`);
      if (!set.asOf.startsWith(String(set.year)))
        out.add([...where, 'asOf'], `asOf "${set.asOf}" is not in year ${set.year}`);
      if (sourceTiers) {
        set.sources.forEach((id, j) => {
          const tier = sourceTiers.get(id);
          if (tier !== undefined && tier !== set.tier)
            out.add(
              [...where, 'sources', j],
              `source "${id}" is tier "${tier}" but the share set says "${set.tier}"`,
            );
        });
      }
    });

    const series = unhcrSeries.records;
    checkUnique(out, series, (r) => r.year, ['unhcrSeries', 'records'], 'year', 'year');
    checkYearOrder(out, series, ['unhcrSeries', 'records']);
    checkUnique(out, related, (r) => r.id, ['related'], 'id', 'id');
    flush(out);
  }

  if (data.opinion) {
    const out = collector('opinion');
    const { questions, surveys } = data.opinion;
    checkUnique(out, questions, (q) => q.id, ['questions'], 'id', 'question');
    checkUnique(out, surveys, (s) => s.year, ['surveys'], 'year', 'survey year');
    const questionIds = new Set<string>(questions.map((q) => q.id));
    surveys.forEach((survey, i) => {
      const where = ['surveys', i, 'responses'] as const;
      checkUnique(out, survey.responses, (r) => r.questionId, where, 'questionId', 'question');
      survey.responses.forEach((r, j) => {
        if (!questionIds.has(r.questionId))
          out.add([...where, j, 'questionId'], `question "${r.questionId}" is not in questions`);
      });
      const byId = new Map(survey.responses.map((r) => [r.questionId, r]));
      const parts = [byId.get('positive'), byId.get('negative'), byId.get('neutral')].filter(
        (p) => p !== undefined,
      );
      // The check only applies when all three answers are reported.
      if (parts.length < 3) return;
      for (const country of ['pakistan', 'afghanistan'] as const) {
        const sum = parts.reduce((acc, p) => acc + p[country], 0);
        if (Math.abs(sum - 100) > ROUNDING_TOLERANCE + EXACT)
          out.add([...where], `${country}: positive + negative + neutral = ${show(sum)}, not 100`);
      }
    });
    flush(out);
  }

  if (data.events) {
    const out = collector('events');
    const { events } = data.events;
    checkUnique(out, events, (e) => e.id, ['events'], 'id', 'id');
    events.forEach((e, i) => {
      if (e.yearFrom > e.yearTo)
        out.add(['events', i, 'yearTo'], `yearTo ${e.yearTo} is before yearFrom ${e.yearFrom}`);
      if (placeIds && e.placeId !== null && !placeIds.has(e.placeId))
        out.add(['events', i, 'placeId'], `place "${e.placeId}" is not in places.json`);
    });
    flush(out);
  }

  if (data.places) {
    const out = collector('places');
    checkUnique(out, data.places.places, (p) => p.id, ['places'], 'id', 'id');
    flush(out);
  }

  if (data.border) {
    const out = collector('border');
    checkUnique(out, data.border.lengths, (l) => l.id, ['lengths'], 'id', 'id');
    checkUnique(out, data.border.facts, (f) => f.id, ['facts'], 'id', 'id');
    flush(out);
  }

  if (data.keyFigures) {
    const out = collector('keyFigures');
    checkUnique(out, data.keyFigures.figures, (f) => f.id, ['figures'], 'id', 'id');
    flush(out);
  }

  return issues;
}
