// For tests only: the shipped files in public/data, read as raw text at test time.
// (Vite's glob rather than node:fs: the app's tsconfig has browser types only, and giving it
// Node's types would let browser code use `process` and friends without a type error.)
import { parseDatasetText } from '@/data/load';
import { DATASETS } from '@/data/schemas';
import type { AllDatasets, DatasetName } from '@/data/schemas';

const raw = import.meta.glob<string>('../../public/data/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** File name ("trade.json") → the file's text, for every JSON file in public/data. */
export const shippedFiles: Record<string, string> = Object.fromEntries(
  Object.entries(raw).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);

export function shippedText(name: DatasetName): string {
  const text = shippedFiles[DATASETS[name].file];
  if (text === undefined) throw new Error(`public/data/${DATASETS[name].file} is missing`);
  return text;
}

/** A fresh, validated copy of every shipped dataset (safe to mutate). */
export function loadShipped(): AllDatasets {
  const entries = (Object.keys(DATASETS) as DatasetName[]).map((name) => [
    name,
    parseDatasetText(name, shippedText(name)),
  ]);
  return Object.fromEntries(entries) as AllDatasets;
}
