import type { Cited } from '@/lib/citation';
import { formatPath } from './format-issue';
import { DATASETS, DATASET_NAMES, type AllDatasets, type SourcesFile } from './schemas';

export type CitedRecord = Cited & Record<string, unknown>;

/** A record that cites sources, and where it is: `events.json › events[3]`. */
export interface Citing {
  where: string;
  record: CitedRecord;
}

/** Every record in the datasets given that cites a source (has a `sources` list). */
export function citingRecords(data: Partial<AllDatasets>): Citing[] {
  const out: Citing[] = [];
  for (const name of DATASET_NAMES) {
    if (name === 'sources' || data[name] === undefined) continue;
    const walk = (value: unknown, path: (string | number)[]) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value !== null && typeof value === 'object') {
        const record = value as CitedRecord;
        if (Array.isArray(record.sources))
          out.push({ where: `${DATASETS[name].file} › ${formatPath(path)}`, record });
        for (const [k, v] of Object.entries(record)) if (k !== 'sources') walk(v, [...path, k]);
      }
    };
    walk(data[name], []);
  }
  return out;
}

/** The ids of the documents (not public series or reference data) a record cites. */
export function documentsCited(record: Cited, sources: SourcesFile): string[] {
  const tiers = new Map(sources.sources.map((s) => [s.id, s.tier]));
  return record.sources.filter((id) => tiers.get(id) === 'document');
}

/** Document id → the words quoted from it: `quote` (one document cited) or `quotes` (several). */
export function quotesByDocument(record: Cited, sources: SourcesFile): Record<string, string> {
  const docs = documentsCited(record, sources);
  if (typeof record.quote === 'string' && docs.length === 1) return { [docs[0]!]: record.quote };
  return { ...record.quotes };
}
