import { describe, expect, it } from 'vitest';
import { auditDatasets, formatAuditIssue } from '@/data/audit';
import type { AuditIssue } from '@/data/audit';
import type { AllDatasets } from '@/data/schemas';
import { loadShipped } from '@/data/test-fixtures';

/** Breaks one rule in a fresh copy of the shipped data and returns what the audit reports. */
function auditAfter(mutate: (data: AllDatasets) => void): AuditIssue[] {
  const data = loadShipped();
  mutate(data);
  return auditDatasets(data);
}

const at = (issues: AuditIssue[], file: string, path: string) =>
  issues.filter((i) => i.file === file && i.path === path);

describe('auditDatasets', () => {
  it('finds nothing wrong with the shipped data', () => {
    expect(auditDatasets(loadShipped())).toEqual([]);
  });

  it('finds nothing wrong with no data', () => {
    expect(auditDatasets({})).toEqual([]);
  });

  describe('trade sums', () => {
    it('reports exports + imports ≠ total', () => {
      const issues = auditAfter((d) => {
        d.trade.records[3]!.total = 1700;
      });
      expect(issues).toEqual([
        {
          file: 'trade.json',
          path: 'records[3].total',
          message: 'exports + imports = 1750 but total is 1700',
        },
      ]);
    });

    it('reports exports − imports ≠ balance, in the documented wording', () => {
      const issues = auditAfter((d) => {
        d.trade.records[3]!.balance = 1000;
      });
      expect(issues.map(formatAuditIssue)).toEqual([
        'trade.json › records[3].balance: exports − imports = 1050 but balance is 1000',
      ]);
    });

    it('skips the sums when a part is unknown', () => {
      const issues = auditAfter((d) => {
        d.trade.records[3]!.imports = null;
        d.trade.records[3]!.total = 1;
        d.trade.records[3]!.balance = 1;
      });
      expect(issues).toEqual([]);
    });
  });

  it('reports a breakdown that does not add up to the total', () => {
    const issues = auditAfter((d) => {
      d.securityIncidents.records[3]!.breakdown!.crossBorderAttacks = 141;
    });
    expect(issues).toEqual([
      {
        file: 'security-incidents.json',
        path: 'records[3].total',
        message: 'breakdown adds up to 291 but total is 290',
      },
    ]);
  });

  it('reports a missing category label', () => {
    const issues = auditAfter((d) => {
      d.securityIncidents.categories.pop();
    });
    expect(at(issues, 'security-incidents.json', 'categories')).toHaveLength(1);
  });

  describe('province shares', () => {
    it('reports shares over 100%', () => {
      const issues = auditAfter((d) => {
        d.refugees.provinceShares[0]!.shares[0]!.percent = 61;
      });
      expect(issues).toEqual([
        {
          file: 'refugees.json',
          path: 'provinceShares[0].shares',
          message: 'shares add up to 101%, more than 100%',
        },
      ]);
    });

    it('allows rounding up to 0.05 over 100%', () => {
      const issues = auditAfter((d) => {
        d.refugees.provinceShares[1]!.shares[0]!.percent = 58.15;
      });
      expect(issues).toEqual([]);
    });

    it('reports shares just past the rounding tolerance', () => {
      const issues = auditAfter((d) => {
        d.refugees.provinceShares[1]!.shares[0]!.percent = 58.2;
      });
      expect(at(issues, 'refugees.json', 'provinceShares[1].shares')).toHaveLength(1);
    });

    it('reports a province listed twice in one set', () => {
      const issues = auditAfter((d) => {
        d.refugees.provinceShares[1]!.shares[3]!.provinceId = 'PK-KP';
      });
      expect(at(issues, 'refugees.json', 'provinceShares[1].shares[3].provinceId')).toHaveLength(1);
    });

    it('reports a set whose tier contradicts its source', () => {
      const issues = auditAfter((d) => {
        d.refugees.provinceShares[1]!.tier = 'document';
      });
      expect(at(issues, 'refugees.json', 'provinceShares[1].sources[0]')[0]?.message).toBe(
        'source "unhcr-pk-factsheet-2021" is tier "public-series" but the share set says "document"',
      );
    });

    it('reports asOf outside the set’s year', () => {
      const issues = auditAfter((d) => {
        d.refugees.provinceShares[1]!.asOf = '2020-02-28';
      });
      expect(at(issues, 'refugees.json', 'provinceShares[1].asOf')).toHaveLength(1);
    });
  });

  it('reports a stated change that does not match the totals', () => {
    const issues = auditAfter((d) => {
      // The shipped 1.42 million is undated; dated 2023, it is the base for 2024's change.
      d.refugees.documentTotals[0]!.year = 2023;
      d.refugees.documentTotals[1]!.change = -5;
    });
    expect(at(issues, 'refugees.json', 'documentTotals[1].change')[0]?.message).toBe(
      'change from 2023 computes to -1.41% but is given as -5%',
    );
  });

  describe('opinion', () => {
    it('reports positive + negative + neutral ≠ 100', () => {
      const issues = auditAfter((d) => {
        d.opinion.surveys[1]!.responses[2]!.afghanistan = 16;
      });
      expect(issues.map(formatAuditIssue)).toEqual([
        'opinion.json › surveys[1].responses: afghanistan: positive + negative + neutral = 101, not 100',
      ]);
    });

    it('does not sum a survey that lacks one of the three', () => {
      const issues = auditAfter((d) => {
        d.opinion.surveys[1]!.responses.splice(2, 1);
        d.opinion.surveys[1]!.responses[0]!.pakistan = 99;
      });
      expect(issues).toEqual([]);
    });

    it('reports a question answered twice in one survey', () => {
      const issues = auditAfter((d) => {
        d.opinion.surveys[0]!.responses[1]!.questionId = 'negative';
      });
      expect(at(issues, 'opinion.json', 'surveys[0].responses[1].questionId')).toHaveLength(1);
    });

    it('reports a response to a question that is not defined', () => {
      const issues = auditAfter((d) => {
        d.opinion.questions = d.opinion.questions.filter((q) => q.id !== 'trade');
      });
      expect(at(issues, 'opinion.json', 'surveys[0].responses[1].questionId')[0]?.message).toBe(
        'question "trade" is not in questions',
      );
    });
  });

  describe('source ids', () => {
    it('reports a record citing a source that sources.json does not have', () => {
      const issues = auditAfter((d) => {
        d.trade.records[0]!.sources = ['jssa-2025', 'sbp-2023'];
      });
      expect(issues).toEqual([
        {
          file: 'trade.json',
          path: 'records[0].sources[1]',
          message: 'source "sbp-2023" is not in sources.json',
        },
      ]);
    });

    it('finds citations at any depth', () => {
      const issues = auditAfter((d) => {
        d.refugees.unhcrSeries.sources = ['unhcr'];
        d.discrepancies.discrepancies[6]!.claims[1]!.sources = ['dilemma'];
      });
      expect(issues.map(formatAuditIssue)).toEqual([
        'discrepancies.json › discrepancies[6].claims[1].sources[0]: source "dilemma" is not in sources.json',
        // Its quote is then a quote for no document sources.json knows.
        'discrepancies.json › discrepancies[6].claims[1].quote: a quote, but the record cites no document',
        'refugees.json › unhcrSeries.sources[0]: source "unhcr" is not in sources.json',
      ]);
    });

    it('reports a duplicate source id', () => {
      const issues = auditAfter((d) => {
        d.sources.sources[1]!.id = 'jssa-2025';
      });
      expect(at(issues, 'sources.json', 'sources[1].id')).toHaveLength(1);
    });

    it('leaves citations unchecked when sources.json is not loaded', () => {
      const data = loadShipped();
      data.trade.records[0]!.sources = ['unknown'];
      expect(auditDatasets({ trade: data.trade })).toEqual([]);
    });
  });

  describe('years', () => {
    it('reports a record outside the dataset’s coverage', () => {
      const issues = auditAfter((d) => {
        d.securityIncidents.records[0]!.year = 2019;
      });
      expect(at(issues, 'security-incidents.json', 'records[0].year')[0]?.message).toBe(
        '2019 is outside the coverage 2020–2024',
      );
    });

    it('reports a coverage that ends before it starts', () => {
      const issues = auditAfter((d) => {
        d.trade.coverage = { from: 2024, to: 2019 };
      });
      expect(at(issues, 'trade.json', 'coverage')).toHaveLength(1);
    });

    it('reports a duplicate year', () => {
      const issues = auditAfter((d) => {
        d.trade.records[1]!.year = 2019;
      });
      expect(at(issues, 'trade.json', 'records[1].year')[0]?.message).toBe(
        'duplicate year 2019 (also at [0])',
      );
    });

    it('reports records out of year order', () => {
      const issues = auditAfter((d) => {
        d.refugees.unhcrSeries.records.reverse();
      });
      expect(at(issues, 'refugees.json', 'unhcrSeries.records[1].year')).toHaveLength(1);
    });

    it('reports an implausible year anywhere', () => {
      const issues = auditAfter((d) => {
        d.events.events[0]!.yearFrom = 1066;
        d.keyFigures.figures[0]!.year = 2202;
      });
      expect(issues.map((i) => `${i.file} ${i.path}`)).toEqual([
        'events.json events[0].yearFrom',
        'key-figures.json figures[0].year',
      ]);
    });

    it('reports an event that ends before it starts', () => {
      const issues = auditAfter((d) => {
        d.events.events[16]!.yearTo = 2022;
      });
      expect(at(issues, 'events.json', 'events[16].yearTo')).toHaveLength(1);
    });
  });

  describe('references between files', () => {
    it('reports an event whose place is not in places.json', () => {
      const issues = auditAfter((d) => {
        d.events.events[17]!.placeId = 'khost';
      });
      expect(issues).toEqual([
        {
          file: 'events.json',
          path: 'events[17].placeId',
          message: 'place "khost" is not in places.json',
        },
      ]);
    });

    it('reports a discrepancy naming a file that does not exist', () => {
      const issues = auditAfter((d) => {
        d.discrepancies.discrepancies[0]!.datasets = ['refugee.json'];
      });
      expect(issues.map(formatAuditIssue)).toEqual([
        'discrepancies.json › discrepancies[0].datasets[0]: "refugee.json" is not a dataset file',
      ]);
    });

    it('reports a connectivity fact about an initiative that is not listed', () => {
      const issues = auditAfter((d) => {
        d.connectivity.initiatives = d.connectivity.initiatives.filter((i) => i.id !== 'tapi');
      });
      expect(issues.map((i) => i.path)).toEqual([
        'facts[0].initiative',
        'facts[1].initiative',
        'facts[2].initiative',
      ]);
    });
  });

  it.each([
    ['places.json', 'places[1].id', (d: AllDatasets) => (d.places.places[1]!.id = 'torkham')],
    [
      'events.json',
      'events[1].id',
      (d: AllDatasets) => (d.events.events[1]!.id = 'durand-line-drawn'),
    ],
    ['border.json', 'lengths[1].id', (d: AllDatasets) => (d.border.lengths[1]!.id = 'cia-2014')],
    [
      'key-figures.json',
      'figures[1].id',
      (d: AllDatasets) => (d.keyFigures.figures[1]!.id = 'terror-fatalities-rise-2023'),
    ],
    [
      'connectivity.json',
      'initiatives[1].id',
      (d: AllDatasets) => (d.connectivity.initiatives[1]!.id = 'cpec'),
    ],
    [
      'discrepancies.json',
      'discrepancies[1].id',
      (d: AllDatasets) => (d.discrepancies.discrepancies[1]!.id = 'refugee-total-documents'),
    ],
    [
      'refugees.json',
      'documentTotals[1].year',
      (d: AllDatasets) => {
        d.refugees.documentTotals[0]!.year = 2024;
        d.refugees.documentTotals[1]!.year = 2024;
      },
    ],
    ['opinion.json', 'surveys[1].year', (d: AllDatasets) => (d.opinion.surveys[1]!.year = 2023)],
  ])('reports a duplicate key in %s at %s', (file, path, mutate) => {
    const issues = auditAfter((d) => {
      mutate(d);
    });
    expect(at(issues, file, path)[0]?.message).toMatch(/^duplicate /);
  });
});

describe('quotes for document sources', () => {
  it('reports a record citing one document without its quote', () => {
    const issues = auditAfter((d) => {
      delete d.trade.records[0]!.quote;
    });
    expect(issues.map(formatAuditIssue)).toEqual([
      'trade.json › records[0].quote: missing: the record cites the document "jssa-2025", so it needs the document\'s own words',
    ]);
  });

  it('reports quotes (plural) on a record that cites one document', () => {
    const issues = auditAfter((d) => {
      d.trade.records[0]!.quotes = { 'jssa-2025': 'in 2019' };
    });
    expect(at(issues, 'trade.json', 'records[0].quotes').map((i) => i.message)).toEqual([
      'the record cites one document ("jssa-2025"): give its words as quote, not quotes',
    ]);
  });

  it('asks a record citing several documents for one quote per document, and no others', () => {
    const issues = auditAfter((d) => {
      const r = d.trade.records[0]!;
      r.sources = ['jssa-2025', 'mumtaz-2024'];
      r.quotes = { 'jssa-2025': r.quote!, 'punjab-today-2025': 'x' };
      delete r.quote;
    });
    expect(issues.map(formatAuditIssue)).toEqual([
      'trade.json › records[0].quotes: missing the quote for "mumtaz-2024"',
      'trade.json › records[0].quotes["punjab-today-2025"]: "punjab-today-2025" is not a document this record cites',
    ]);
  });

  it('reports a quote on a record that cites no document', () => {
    const issues = auditAfter((d) => {
      d.border.lengths[0]!.quote = 'Land boundaries: 2,430 km';
    });
    expect(issues.map(formatAuditIssue)).toEqual([
      'border.json › lengths[0].quote: a quote, but the record cites no document',
    ]);
  });

  it('checks records at any depth (a claim inside a discrepancy)', () => {
    const issues = auditAfter((d) => {
      const claim = d.discrepancies.discrepancies[0]!.claims[0]!;
      delete claim.quote;
      delete claim.quotes;
    });
    expect(issues.map((i) => `${i.file} › ${i.path}`)).toEqual([
      'discrepancies.json › discrepancies[0].claims[0].quote',
    ]);
  });
});
