import { flagNotes, sourcesLine } from '@/components/source-lines';
import type { StillSpec } from '@/components/still/still';
import type { DiscrepanciesFile, KeyFigure, SecurityIncidentsFile } from '@/data/schemas';
import { emptyRangeNote, missingYearNote, yearlySubtitle } from '@/lib/year-rows';
import { SecurityChart } from './charts';
import { selectSecurityBars, type SecurityRow } from './select';

interface SecurityStillInput {
  file: SecurityIncidentsFile;
  rows: readonly SecurityRow[];
  year: number;
  shortName: (id: string) => string;
  /** The fatality figures' sentence and the figures it cites, once key-figures.json has them. */
  fatalities: { sentence: string; figures: readonly KeyFigure[] } | null;
  discrepancies: DiscrepanciesFile | undefined;
  flags: readonly string[];
}

/** The security panel's still: the incident chart of the years shown, its notes and sources. */
export function securityStill({
  file,
  rows,
  year,
  shortName,
  fatalities,
  discrepancies,
  flags,
}: SecurityStillInput): StillSpec {
  const figures = rows.filter((r) => r.kind === 'figure');
  const focus =
    rows.length === 0
      ? emptyRangeNote(file, 'incident figures')
      : missingYearNote(file, year, 'incident figures');
  return {
    subtitle: yearlySubtitle(file, `Incidents per year (${file.unit})`, rows, year),
    notes: [fatalities?.sentence ?? null, focus, ...flagNotes(discrepancies, flags)].filter(
      (n): n is string => n !== null,
    ),
    body:
      rows.length === 0 ? null : (
        <SecurityChart
          file={file}
          rows={rows}
          bars={selectSecurityBars(rows)}
          selected={year}
          onSelect={() => {}}
          shortName={shortName}
        />
      ),
    sources: sourcesLine([...(fatalities?.figures ?? []), ...figures], shortName),
  };
}

/** "+56% terror-attack fatalities in Pakistan in 2023 over 2022: 1,524 killed, 500 of them …" */
export function fatalitiesSentence(
  rise: KeyFigure,
  killed: KeyFigure,
  personnel: KeyFigure,
): string {
  return `${rise.display} terror-attack fatalities in Pakistan in ${rise.year} over ${rise.year - 1}: ${killed.display} killed, ${personnel.display} of them security personnel.`;
}
