import { citingRecords, quotesByDocument } from '@/data/cited-records';
import type { AllDatasets, SourcesFile } from '@/data/schemas';

/** Words the dashboard quotes from a document, and where in it they are. */
export interface Passage {
  locator: string | null;
  quote: string;
}

/**
 * A record citing several documents gives one locator for all ("karzai-era: Border Issue…;
 * mumtaz-2024: Geopolitical Dynamics"): the part that names this document, else all of it.
 */
function locatorFor(locator: string | null | undefined, id: string, several: boolean) {
  if (!locator) return null;
  if (!several) return locator;
  const part = locator.split('; ').find((p) => p.startsWith(`${id}: `));
  return part ? part.slice(id.length + 2) : locator;
}

/** Document id → every distinct passage the datasets quote from it, in the order they appear. */
export function passagesByDocument(
  data: Partial<AllDatasets>,
  sources: SourcesFile,
): Map<string, Passage[]> {
  const out = new Map<string, Passage[]>();
  for (const { record } of citingRecords(data)) {
    const quoted = Object.entries(quotesByDocument(record, sources));
    for (const [id, quote] of quoted) {
      const list = out.get(id) ?? [];
      if (list.some((p) => p.quote === quote)) continue;
      list.push({ quote, locator: locatorFor(record.locator, id, quoted.length > 1) });
      out.set(id, list);
    }
  }
  return out;
}

/** A ready-to-paste citation: the document, where in it, its words, and the view they were seen in. */
export function citationToCopy(citation: string, passage: Passage, viewUrl: string): string {
  const where = passage.locator ? `${passage.locator}: ` : '';
  return `${citation} ${where}“${passage.quote}” Seen in the Pakistan–Afghanistan relations briefing dashboard: ${viewUrl}`;
}
