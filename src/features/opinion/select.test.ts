import { describe, expect, it } from 'vitest';
import { loadShipped } from '@/data/test-fixtures';
import { selectOpinionRows, selectSentiment, selectShownSurvey, selectSurvey } from './select';
import { selectFullFlat, selectVisibleFlat } from './table';
import { shortNamer } from '@/lib/citation';

const shipped = loadShipped();
const file = shipped.opinion;
const names = shortNamer(shipped.sources);
const s2023 = selectSurvey(file, 2023);
const s2024 = selectSurvey(file, 2024);

describe('selectShownSurvey', () => {
  const shown = (year: number, chosen: number | null = null) => {
    const { survey, note } = selectShownSurvey(file, year, chosen);
    return [survey?.year ?? null, note];
  };

  it('shows the year in focus’s survey, with no note', () => {
    expect(shown(2023)).toEqual([2023, null]);
    expect(shown(2024)).toEqual([2024, null]);
  });

  it('says so when the year has no survey, and which it shows instead', () => {
    expect(shown(1990)).toEqual([
      2024,
      'No survey for 1990 (the surveys are 2023 and 2024): showing 2024’s.',
    ]);
  });

  it('shows the survey chosen, saying so when it is not the year in focus’s', () => {
    expect(shown(2024, 2024)).toEqual([2024, null]);
    expect(shown(2024, 2023)).toEqual([
      2023,
      'The 2023 survey, chosen here; the year in focus is 2024.',
    ]);
  });

  it('says when the survey chosen does not exist', () => {
    expect(shown(2023, 1999)).toEqual([
      2023,
      'There is no 1999 survey in opinion.json (the surveys are 2023 and 2024).',
    ]);
    expect(shown(2010, 1999)[1]).toBe(
      'There is no 1999 survey in opinion.json (the surveys are 2023 and 2024). No survey for 2010: showing 2024’s.',
    );
    expect(selectShownSurvey({ ...file, surveys: [] }, 2023, null)).toEqual({
      survey: null,
      note: null,
      fallback: false,
    });
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
