import { found, files } from 'virtual:shared-sources';
import { describe, expect, it } from 'vitest';
import { citingRecords, documentsCited, quotesByDocument } from '@/data/cited-records';
import { DOCUMENT_FILES, normalise, statesValue } from '@/data/quote-check';
import { loadShipped } from '@/data/test-fixtures';
import type { Cited } from '@/lib/citation';

/*
 * Every record that cites a document carries the document's own words (quote, or quotes by source
 * id), each found in the document's file in ../shared/sources/ after the normaliser
 * (src/data/quote-check.ts), and stating the record's figures (as written, or in a wording from
 * its WORDINGS table).
 */

type Rec = Record<string, unknown>;

const data = loadShipped();
const documentsOf = (r: Rec & Cited) => documentsCited(r, data.sources);
const quotesOf = (r: Rec & Cited) => quotesByDocument(r, data.sources);

const FIGURE_KEYS = [
  'value',
  'total',
  'exports',
  'imports',
  'balance',
  'km',
  'investment',
  'tradeGain',
  'change',
  'basisTotal',
];
/** Years the date text names ("1970s" → 1970, "7 Oct 2001" → 2001), unless dated from elsewhere. */
const yearsIn = (when: string) =>
  when.startsWith('reported') ? [] : [...when.matchAll(/\b(1[89]\d\d|20\d\d)/g)].map((m) => +m[1]!);

/** The numbers a record states, which its quotes must state too. */
function figuresOf(r: Rec): number[] {
  const out: number[] = [];
  for (const k of FIGURE_KEYS) if (typeof r[k] === 'number') out.push(r[k] as number);
  if (r.breakdown && typeof r.breakdown === 'object')
    out.push(...Object.values(r.breakdown as Record<string, number>));
  if (Array.isArray(r.shares))
    for (const s of r.shares as Rec[])
      // "other" is the remainder the document does not give (100 − the rest), so not quoted.
      if (s.provinceId !== 'other') out.push(s.percent as number);
  if (Array.isArray(r.responses))
    for (const x of r.responses as Rec[]) out.push(x.pakistan as number, x.afghanistan as number);
  if (typeof r.when === 'string') out.push(...yearsIn(r.when));
  // Border facts: the year is the fact ("began … in 2009").
  if ('themes' in r && 'year' in r && !('value' in r) && typeof r.year === 'number')
    out.push(r.year);
  return out;
}

describe('quotes', () => {
  const records = citingRecords(data).filter(({ record }) => documentsOf(record).length > 0);
  const text = (id: string) => {
    const file = DOCUMENT_FILES[id];
    return file === undefined ? undefined : files[file];
  };

  it('finds the five documents in ../shared/sources/ (or SHARED_DIR/sources)', () => {
    expect(found).toBe(true);
    const ids = data.sources.sources.filter((s) => s.tier === 'document').map((s) => s.id);
    expect(Object.keys(DOCUMENT_FILES).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(text(id), `${id}: ${DOCUMENT_FILES[id]}`).toBeDefined();
  });

  it('covers 100% of the records that cite a document', () => {
    const missing = records
      .filter(({ record }) => {
        const q = quotesOf(record);
        return documentsOf(record).some((id) => q[id] === undefined);
      })
      .map((c) => c.where);
    // Coverage, for the log: quoted records / records citing a document.
    console.info(`quotes: ${records.length - missing.length}/${records.length} records covered`);
    expect(missing).toEqual([]);
    expect(records.length).toBeGreaterThan(80);
  });

  it('finds every quote in its document, after the normaliser and nothing else', () => {
    const notFound: string[] = [];
    for (const { where, record } of records)
      for (const [id, quote] of Object.entries(quotesOf(record))) {
        const doc = text(id);
        if (doc === undefined || !normalise(doc).includes(normalise(quote)))
          notFound.push(`${where} [${id}]: “${quote}”`);
      }
    expect(notFound).toEqual([]);
  });

  it('states each figure of a record in its quote (or one of its quotes)', () => {
    const unstated: string[] = [];
    for (const { where, record } of records) {
      const quotes = Object.values(quotesOf(record)).map(normalise);
      for (const n of figuresOf(record))
        if (!quotes.some((q) => statesValue(q, n))) unstated.push(`${where}: ${n}`);
      // A place's quote names it.
      if (typeof record.name === 'string' && 'lat' in record)
        if (!quotes.some((q) => q.includes(record.name as string)))
          unstated.push(`${where}: ${record.name as string}`);
    }
    expect(unstated).toEqual([]);
  });
});

describe('the quote check itself', () => {
  it('normalises typographic quotes, dashes and whitespace, and nothing else', () => {
    expect(normalise('‘a’ “b”\n  c – d — e')).toBe(`'a' "b" c - d - e`);
    expect(normalise('Pakistan’s')).not.toBe(normalise('Pakistans'));
  });

  it('finds a figure as written, with commas, or in a listed wording; never inside another number', () => {
    expect(statesValue('over 1.42 million registered', 1_420_000)).toBe(true);
    expect(statesValue('stretches 2,600 KM', 2600)).toBe(true);
    expect(statesValue('+1,050', 1050)).toBe(true);
    expect(statesValue('-1.4%', -1.4)).toBe(true);
    expect(statesValue('TAPI Gas Pipeline 12 2.0', 2)).toBe(true);
    expect(statesValue('2024 140 80', 14)).toBe(false);
    expect(statesValue('1.42 million', 1.4)).toBe(false);
    expect(statesValue('1,500 killed', 500)).toBe(false);
  });
});
