import { describe, expect, it } from 'vitest';
import { loadShipped } from '@/data/test-fixtures';
import { selectDefaultSurvey, selectOpinionRows, selectSentiment, selectSurvey } from './select';
import { selectFullFlat, selectVisibleFlat } from './table';
import { shortNamer } from '@/lib/citation';

const shipped = loadShipped();
const file = shipped.opinion;
const names = shortNamer(shipped.sources);
const s2023 = selectSurvey(file, 2023);
const s2024 = selectSurvey(file, 2024);

describe('selectDefaultSurvey', () => {
  it('uses the survey for the year in focus, else the latest', () => {
    expect(selectDefaultSurvey(file, 2023)).toBe(2023);
    expect(selectDefaultSurvey(file, 2024)).toBe(2024);
    expect(selectDefaultSurvey(file, 2010)).toBe(2024);
    expect(selectDefaultSurvey({ ...file, surveys: [] }, 2023)).toBeNull();
  });
});

describe('selectOpinionRows', () => {
  it('2023: only "negative" and "trade" have figures; the other questions stay missing, not 0', () => {
    const rows = selectOpinionRows(file, s2023);
    expect(rows.map((r) => [r.key, r.pakistan, r.afghanistan, r.status])).toEqual([
      ['positive', null, null, null],
      ['negative', 60, 70, 'observed'],
      ['neutral', null, null, null],
      ['trade', 70, 65, 'observed'],
      ['counterTerrorism', null, null, null],
    ]);
  });

  it('2024: every question, flagged projected', () => {
    const rows = selectOpinionRows(file, s2024);
    expect(rows.every((r) => r.status === 'projected')).toBe(true);
    expect(rows.find((r) => r.key === 'counterTerrorism')).toMatchObject({
      pakistan: 55,
      afghanistan: 45,
    });
  });
});

describe('selectSentiment', () => {
  it('2024: negative left of zero, positive right, neutral split across zero; sums to 100', () => {
    const { rows, missing } = selectSentiment(s2024);
    expect(missing).toEqual([]);
    expect(rows[0]).toMatchObject({
      country: 'Pakistan',
      negative: 55,
      neutral: 15,
      positive: 30,
      extent: [-62.5, 37.5],
    });
    for (const r of rows) {
      expect((r.negative ?? 0) + (r.neutral ?? 0) + (r.positive ?? 0)).toBe(100);
      expect(r.extent![1] - r.extent![0]).toBe(100);
    }
  });

  it('2023: only the negative share exists; positive and neutral are reported missing, not 0', () => {
    const { rows, missing } = selectSentiment(s2023);
    expect(missing).toEqual(['neutral', 'positive']);
    expect(rows.map((r) => [r.country, r.negative, r.neutral, r.positive, r.extent])).toEqual([
      ['Pakistan', 60, null, null, [-60, 0]],
      ['Afghanistan', 70, null, null, [-70, 0]],
    ]);
  });
});

describe('flat tables', () => {
  it('visible: the chosen survey’s rows with unit, status and source; gaps null and "no data"', () => {
    const t = selectVisibleFlat(file, 2023, names);
    expect(t.rows).toHaveLength(5);
    const positive = t.rows.find((r) => r.questionId === 'positive');
    expect(positive).toMatchObject({ pakistan: null, afghanistan: null, status: 'no data' });
    const negative = t.rows.find((r) => r.questionId === 'negative');
    expect(negative).toMatchObject({
      pakistan: 60,
      afghanistan: 70,
      unit: '% of respondents',
      status: 'observed',
      // PIPS 2023 is cited for the negative views only; the trade-support sentences cite nothing.
      originalSource:
        'Pakistan Institute of Peace Studies 2023 (for the negative views; the sentences giving the trade-support shares cite nothing)',
    });
    expect(String(negative?.source)).toContain('JSSA 2025');
  });

  it('full: every survey × every question', () => {
    const t = selectFullFlat(file, names);
    expect(t.rows).toHaveLength(10);
    expect(t.rows.filter((r) => r.status === 'projected')).toHaveLength(5);
  });
});
