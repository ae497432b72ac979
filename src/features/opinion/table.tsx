import { Cite } from '@/components/cite';
import { flatTable, type ExportColumn } from '@/components/columns';
import { StatusBadge } from '@/components/data-table';
import type { FlatTable } from '@/components/panel-data';
import type { OpinionFile, Survey } from '@/data/schemas';
import { citationText, type ShortName } from '@/lib/citation';
import { formatNumber, NO_DATA } from '@/lib/format';
import {
  COUNTRY_KEYS,
  COUNTRY_NAMES,
  selectOpinionRows,
  selectSurvey,
  type OpinionRow,
} from './select';

/** A question's answers in one survey: a row of the table. */
export type SurveyRow = OpinionRow & { survey: Survey };

/** The rows of one survey's table: every question, in the file's order. */
export const surveyRows = (file: OpinionFile, survey: Survey): SurveyRow[] =>
  selectOpinionRows(file, survey).map((r) => ({ ...r, survey }));

/**
 * The answers table, declared once for the screen and the CSV: every question, a question the
 * survey did not report as null figures and "no data".
 */
export function opinionColumns(file: OpinionFile, shortName: ShortName): ExportColumn<SurveyRow>[] {
  return [
    { key: 'survey', header: 'Survey', value: (r) => r.survey.year, csvOnly: true },
    { key: 'questionId', header: 'Question id', value: (r) => r.key, csvOnly: true },
    { key: 'question', header: 'Question', value: (r) => r.label },
    ...COUNTRY_KEYS.map((c): ExportColumn<SurveyRow> => ({
      key: c,
      header: `${COUNTRY_NAMES[c]} (%)`,
      numeric: true,
      value: (r) => r[c],
      cell: (r) =>
        r[c] === null ? <span className="no-data">{NO_DATA}</span> : formatNumber(r[c], '%'),
    })),
    { key: 'unit', header: 'Unit', value: () => file.unit, csvOnly: true },
    {
      key: 'status',
      header: 'Status',
      value: (r) => r.status ?? NO_DATA,
      cell: (r) =>
        r.status ? (
          <StatusBadge status={r.status} />
        ) : (
          <span className="no-data">not reported</span>
        ),
    },
    {
      key: 'source',
      header: 'Source',
      value: (r) =>
        r.status ? citationText({ ...r.survey, originalSource: null }, shortName) : null,
      // Short in the cell: the table's caption gives the locator.
      cell: (r) =>
        r.status ? (
          <Cite refs={{ sources: r.survey.sources, originalSource: r.survey.originalSource }} />
        ) : (
          '—'
        ),
    },
    {
      key: 'originalSource',
      header: 'Original source cited',
      value: (r) => (r.status ? r.survey.originalSource : null),
      csvOnly: true,
    },
  ];
}

/** Exactly the table view's rows: every question for the chosen survey, gaps as null. */
export function selectVisibleFlat(
  file: OpinionFile,
  surveyYear: number | null,
  shortName: ShortName,
): FlatTable {
  const survey = selectSurvey(file, surveyYear);
  const rows = survey ? surveyRows(file, survey) : [];
  return flatTable('opinion-visible', opinionColumns(file, shortName), rows);
}

/** Every survey × every question, gaps as null. */
export function selectFullFlat(file: OpinionFile, shortName: ShortName): FlatTable {
  const surveys = [...file.surveys].sort((a, b) => a.year - b.year);
  const rows = surveys.flatMap((s) => surveyRows(file, s));
  return flatTable('opinion-full', opinionColumns(file, shortName), rows);
}
