import { flatTable, type ExportColumn } from '@/components/columns';
import type { FlatTable } from '@/components/panel-data';
import { statusAndSourceColumns, yearColumn, type YearPick } from '@/components/year-columns';
import {
  SECURITY_CATEGORIES,
  type SecurityIncidentsFile,
  type SecurityRecord,
} from '@/data/schemas';
import { categoryLabel, type SecurityRow } from './select';

/**
 * The incidents table, declared once for the screen and the CSV: one line per year, exact
 * figures, the unit, the status ("no data" for a gap) and the citation. A missing figure is
 * null, never 0.
 */
export function securityColumns(
  file: SecurityIncidentsFile,
  shortName: (id: string) => string,
  pick?: YearPick,
): ExportColumn<SecurityRow>[] {
  return [
    yearColumn(pick),
    {
      key: 'total',
      header: 'Incidents (total)',
      numeric: true,
      value: (r) => (r.kind === 'gap' ? null : r.total),
    },
    ...SECURITY_CATEGORIES.map((c): ExportColumn<SecurityRow> => ({
      key: c,
      header: categoryLabel(file, c),
      numeric: true,
      value: (r) => (r.kind === 'figure' && r.breakdown ? r.breakdown[c] : null),
    })),
    // On screen the caption gives the unit; the CSV gives it on every row.
    { key: 'unit', header: 'Unit', value: () => file.unit, csvOnly: true },
    ...statusAndSourceColumns<SecurityRecord>(shortName),
  ];
}

export function securityFlatTable(
  name: string,
  file: SecurityIncidentsFile,
  rows: readonly SecurityRow[],
  shortName: (id: string) => string,
): FlatTable {
  return flatTable(name, securityColumns(file, shortName), rows);
}
