import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath } from '@/data/format-issue';
import { DatasetError, parseDataset, parseDatasetText } from '@/data/load';
import { DATASET_NAMES } from '@/data/schemas';
import type { DatasetName } from '@/data/schemas';
import { shippedText } from '@/data/test-fixtures';

/** The shipped file as plain JSON, to break in ways the types would not allow. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const plain = (name: DatasetName): any => JSON.parse(shippedText(name));

const escape = (s: string) => s.replace(/[[\].]/g, '\\$&');

/** The formatted issues parseDataset reports for a value, or [] if it is valid. */
function issuesFor(name: DatasetName, value: unknown): string[] {
  try {
    parseDataset(name, value);
    return [];
  } catch (error) {
    if (error instanceof DatasetError) return error.issues;
    throw error;
  }
}

describe('dataset schemas', () => {
  it('reject a string where a number belongs, naming file and path', () => {
    const data = plain('refugees');
    data.unhcrSeries.records[4].refugees = '2500000';
    expect(issuesFor('refugees', data)).toEqual([
      'refugees.json › unhcrSeries.records[4].refugees: expected number, received string',
    ]);
  });

  it('reject unknown keys, so a misspelt field is not silently dropped', () => {
    const data = plain('trade');
    data.records[3].balence = 1050;
    expect(issuesFor('trade', data)).toEqual(['trade.json › records[3]: unknown key "balence"']);
  });

  it('reject unknown keys at the top of a file', () => {
    const data = plain('opinion');
    data.extra = true;
    expect(issuesFor('opinion', data)).toEqual(['opinion.json: unknown key "extra"']);
  });

  it('reject a missing field (a gap must be an explicit null or an absent record)', () => {
    const data = plain('trade');
    delete data.records[0].exports;
    expect(issuesFor('trade', data)).toEqual([
      'trade.json › records[0].exports: expected number, received undefined',
    ]);
  });

  it('reject a status other than observed or projected', () => {
    const data = plain('securityIncidents');
    data.records[0].status = 'estimated';
    expect(issuesFor('securityIncidents', data)).toEqual([
      'security-incidents.json › records[0].status: Invalid option: expected one of "observed"|"projected"',
    ]);
  });

  it.each([
    ['securityIncidents', ['records', 0, 'total'], -1],
    ['refugees', ['unhcrSeries', 'records', 0, 'returned'], -5],
    ['refugees', ['documentTotals', 0, 'value'], 1.5],
    ['trade', ['records', 3, 'exports'], -1400],
    ['opinion', ['surveys', 0, 'responses', 0, 'pakistan'], 101],
    ['refugees', ['provinceShares', 0, 'shares', 0, 'percent'], -1],
    ['events', ['events', 0, 'yearFrom'], 1700],
    ['trade', ['records', 0, 'year'], 2019.5],
    ['places', ['places', 0, 'lat'], 91],
  ] as const)('reject an out-of-range number in %s at %j', (name, path, value) => {
    const data = plain(name);
    let node = data;
    for (const step of path.slice(0, -1)) node = node[step];
    node[path[path.length - 1]!] = value;
    const issues = issuesFor(name, data);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(new RegExp(`^\\S+ › ${escape(formatPath(path))}: `));
  });

  it('allow a negative trade balance (a deficit)', () => {
    const data = plain('trade');
    data.records[3].balance = -50;
    expect(issuesFor('trade', data)).toEqual([]);
  });

  it('reject a record without a source', () => {
    const data = plain('keyFigures');
    data.figures[0].sources = [];
    expect(issuesFor('keyFigures', data)).toEqual([
      'key-figures.json › figures[0].sources: Too small: expected array to have >=1 items',
    ]);
  });

  it('reject a file that claims to be another dataset or another version', () => {
    const data = plain('trade');
    data.dataset = 'refugees';
    data.schemaVersion = 2;
    expect(issuesFor('trade', data)).toEqual([
      'trade.json › schemaVersion: expected 1',
      'trade.json › dataset: expected "trade"',
    ]);
  });

  it('reject a province id that is not ISO 3166-2 (or "other")', () => {
    const data = plain('refugees');
    data.provinceShares[0].shares[0].provinceId = 'KP';
    expect(issuesFor('refugees', data)[0]).toMatch(
      /^refugees\.json › provinceShares\[0\]\.shares\[0\]\.provinceId: Invalid option/,
    );
  });

  it('reject NaN and Infinity', () => {
    const data = plain('connectivity');
    data.initiatives[0].investment = Number.POSITIVE_INFINITY;
    expect(issuesFor('connectivity', data)).toEqual([
      'connectivity.json › initiatives[0].investment: expected number, received Infinity',
    ]);
  });
});

describe('parsing never throws anything but DatasetError', () => {
  const name = fc.constantFrom(...DATASET_NAMES);
  const onlyDatasetErrors = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      const e = error as DatasetError;
      expect(e.issues.length).toBeGreaterThan(0);
      for (const line of e.issues) expect(line.startsWith(e.file)).toBe(true);
    }
  };

  it('for any value', () => {
    fc.assert(
      fc.property(name, fc.anything(), (n, value) =>
        onlyDatasetErrors(() => parseDataset(n, value)),
      ),
    );
  });

  it('for any JSON text', () => {
    fc.assert(
      fc.property(name, fc.json(), (n, text) => onlyDatasetErrors(() => parseDatasetText(n, text))),
    );
  });

  it('for any string', () => {
    fc.assert(
      fc.property(name, fc.string(), (n, text) =>
        onlyDatasetErrors(() => parseDatasetText(n, text)),
      ),
    );
  });

  it('for a real file with one value replaced anywhere', () => {
    // Walks a random path into a shipped file and puts an arbitrary JSON value there.
    fc.assert(
      fc.property(
        name,
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.jsonValue(),
        (n, steps, replacement) => {
          const data = plain(n);
          let node = data;
          for (const [i, step] of steps.entries()) {
            if (node === null || typeof node !== 'object') break;
            const keys = Object.keys(node);
            if (keys.length === 0) break;
            const key = keys[step % keys.length]!;
            if (i === steps.length - 1 || node[key] === null || typeof node[key] !== 'object') {
              node[key] = replacement;
              break;
            }
            node = node[key];
          }
          onlyDatasetErrors(() => parseDataset(n, data));
        },
      ),
    );
  });
});

describe('source URLs', () => {
  it.each(['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'ftp://example.org/'])(
    'refuse %s, naming the field',
    (url) => {
      const data = plain('sources');
      data.sources[0].url = url;
      expect(issuesFor('sources', data)).toEqual([
        'sources.json › sources[0].url: expected an http: or https: URL',
      ]);
    },
  );

  it.each(['https://www.unhcr.org/refugee-statistics/download/', 'http://example.org/'])(
    'accept %s',
    (url) => {
      const data = plain('sources');
      data.sources[0].url = url;
      expect(issuesFor('sources', data)).toEqual([]);
    },
  );
});
