import { formatZodError } from '@/data/format-issue';
import { DATASETS } from '@/data/schemas';
import type { DatasetData, DatasetName } from '@/data/schemas';

export type DatasetErrorKind = 'network' | 'http' | 'json' | 'schema';

/** Any failure to load a dataset: always names the file, and for schema errors every field path. */
export class DatasetError extends Error {
  readonly file: string;
  readonly kind: DatasetErrorKind;
  /** One line per problem, e.g. `trade.json › records[3].total: expected number, received string`. */
  readonly issues: string[];
  /** The HTTP status, for kind "http". */
  readonly status: number | undefined;

  constructor(
    file: string,
    kind: DatasetErrorKind,
    issues: string[],
    options?: { status?: number; cause?: unknown },
  ) {
    const first = issues[0] ?? `${file}: could not be loaded`;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(first + more, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DatasetError';
    this.file = file;
    this.kind = kind;
    this.issues = issues;
    this.status = options?.status;
  }
}

export function datasetUrl(name: DatasetName): string {
  return `${import.meta.env.BASE_URL}data/${DATASETS[name].file}`;
}

/** Validates already-parsed JSON against the dataset's schema. Throws only DatasetError. */
export function parseDataset<N extends DatasetName>(name: N, json: unknown): DatasetData<N> {
  const { file, schema } = DATASETS[name];
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new DatasetError(file, 'schema', formatZodError(file, result.error));
  }
  return result.data as DatasetData<N>;
}

/** Parses the text of a dataset file and validates it. Throws only DatasetError. */
export function parseDatasetText<N extends DatasetName>(name: N, body: string): DatasetData<N> {
  const { file } = DATASETS[name];
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new DatasetError(file, 'json', [`${file}: not valid JSON (${detail})`], { cause });
  }
  return parseDataset(name, json);
}

/**
 * Fetches public/data/<file>, checks the HTTP status, parses and validates it.
 * Every failure is a DatasetError naming the file; a cancelled request rethrows the abort as is,
 * so TanStack Query can tell cancellation from failure.
 */
export async function fetchDataset<N extends DatasetName>(
  name: N,
  options: { signal?: AbortSignal } = {},
): Promise<DatasetData<N>> {
  const { file } = DATASETS[name];
  let body: string;
  try {
    const response = await fetch(datasetUrl(name), { signal: options.signal });
    if (!response.ok) {
      const statusText = response.statusText ? ` ${response.statusText}` : '';
      throw new DatasetError(file, 'http', [`${file}: HTTP ${response.status}${statusText}`], {
        status: response.status,
      });
    }
    body = await response.text();
  } catch (cause) {
    if (cause instanceof DatasetError) throw cause;
    if (options.signal?.aborted) throw cause;
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new DatasetError(file, 'network', [`${file}: could not be fetched (${detail})`], {
      cause,
    });
  }
  return parseDatasetText(name, body);
}
