import type { OpinionFile, QuestionId, Status, Survey } from '@/data/schemas';
import { COUNTRY_NAMES as NAMES, type Country } from '@/features/filters/filter-config';

export const COUNTRY_KEYS = ['pakistan', 'afghanistan'] as const;
export type CountryKey = (typeof COUNTRY_KEYS)[number];
/** ISO 3166-1 codes: the bars' labels use them where the names leave no room (the key says which). */
export const COUNTRY_CODES: Record<CountryKey, Country> = {
  pakistan: 'PK',
  afghanistan: 'AF',
};
/** The countries' names, the filter bar's (one place). */
export const COUNTRY_NAMES: Record<CountryKey, string> = {
  pakistan: NAMES.PK,
  afghanistan: NAMES.AF,
};

/** The surveys' years, oldest first. */
export function selectSurveyYears(file: OpinionFile): number[] {
  return file.surveys.map((s) => s.year).sort((a, b) => a - b);
}

export interface ShownSurvey {
  /** null only when the file has no surveys. */
  survey: Survey | null;
  /** Why the survey shown is not simply the year in focus's, in words; null when it is. */
  note: string | null;
  /** Shown in place of the year's, which has none: the page says to choose another. */
  fallback: boolean;
}

const yearsInWords = (years: readonly number[]) =>
  years.length === 1
    ? `the only survey is ${years[0]}'s`
    : `the surveys are ${years.slice(0, -1).join(', ')} and ${years.at(-1)}`;

/**
 * The survey the panel shows: the one chosen, else the year in focus's, else the latest, with a
 * note whenever it is not the year in focus's, so another year's answers never pass for the
 * year's.
 */
export function selectShownSurvey(
  file: OpinionFile,
  year: number,
  chosen: number | null,
): ShownSurvey {
  const years = selectSurveyYears(file);
  const latest = selectSurvey(file, years.at(-1) ?? null);
  if (!latest) return { survey: null, note: null, fallback: false };
  const picked = chosen === null ? null : selectSurvey(file, chosen);
  if (picked) {
    return {
      survey: picked,
      note:
        picked.year === year
          ? null
          : `The ${picked.year} survey, chosen here; the year in focus is ${year}.`,
      fallback: false,
    };
  }
  const missing =
    chosen === null
      ? ''
      : `There is no ${chosen} survey in opinion.json (${yearsInWords(years)}). `;
  const own = selectSurvey(file, year);
  if (own) return { survey: own, note: missing ? missing.trim() : null, fallback: false };
  return {
    survey: latest,
    note: `${missing}No survey for ${year}${missing ? '' : ` (${yearsInWords(years)})`}: showing ${latest.year}’s.`,
    fallback: true,
  };
}

/** "2023 survey", "2024 projection". */
export const surveyName = (s: Survey) =>
  `${s.year} ${s.status === 'projected' ? 'projection' : 'survey'}`;

export function selectSurvey(file: OpinionFile, year: number | null): Survey | null {
  return file.surveys.find((s) => s.year === year) ?? null;
}

export interface OpinionRow {
  /** The question id: stable, and the chart's category key. */
  key: QuestionId;
  label: string;
  /** null: the survey gives no figure for this question ("no data", never 0). */
  pakistan: number | null;
  afghanistan: number | null;
  /** The survey's status for a reported figure; null when the question has no figure. */
  status: Status | null;
}

/** Every question, in the file's order; a question the survey did not report keeps null values. */
export function selectOpinionRows(file: OpinionFile, survey: Survey | null): OpinionRow[] {
  return file.questions.map((q) => {
    const r = survey?.responses.find((x) => x.questionId === q.id);
    return {
      key: q.id,
      label: q.label,
      pakistan: r?.pakistan ?? null,
      afghanistan: r?.afghanistan ?? null,
      status: r && survey ? survey.status : null,
    };
  });
}

/** The three answers that add up to 100 per country, for the diverging view. */
export const SENTIMENT_KEYS = ['negative', 'neutral', 'positive'] as const satisfies QuestionId[];
export type SentimentKey = (typeof SENTIMENT_KEYS)[number];

export interface SentimentRow {
  key: CountryKey;
  country: string;
  negative: number | null;
  neutral: number | null;
  positive: number | null;
  /**
   * The bar's extent on the diverging axis: negative (and half the neutral share) left of zero,
   * positive (and the other half) right of it. Missing answers take no room; nothing is filled in.
   */
  extent: [number, number] | null;
}

export interface SentimentView {
  rows: SentimentRow[];
  /** The sentiment answers this survey did not report. */
  missing: SentimentKey[];
}

export function selectSentiment(survey: Survey | null): SentimentView {
  const answer = (q: SentimentKey, c: CountryKey) =>
    survey?.responses.find((r) => r.questionId === q)?.[c] ?? null;
  const rows = COUNTRY_KEYS.map((c): SentimentRow => {
    const negative = answer('negative', c);
    const neutral = answer('neutral', c);
    const positive = answer('positive', c);
    const half = (neutral ?? 0) / 2;
    const any = negative !== null || neutral !== null || positive !== null;
    return {
      key: c,
      country: COUNTRY_NAMES[c],
      negative,
      neutral,
      positive,
      extent: any ? [-((negative ?? 0) + half), (positive ?? 0) + half] : null,
    };
  });
  const missing = SENTIMENT_KEYS.filter((q) => !survey?.responses.some((r) => r.questionId === q));
  return { rows, missing };
}
