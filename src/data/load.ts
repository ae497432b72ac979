import { formatZodError } from '@/data/format-issue';
import { DATASETS } from '@/data/schemas';
import type { DatasetData, DatasetName } from '@/data/schemas';

export type DatasetErrorKind = 'network' | 'timeout' | 'http' | 'json' | 'too-large' | 'schema';

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

/**
 * What one file may be. Measured: the largest dataset is about 10 KB and the boundaries about
 * 170 KB; a file past these limits is refused with a message, rather than freezing the page.
 */
export const LOAD_LIMITS = {
  /** A response still not complete after this long is given up on. */
  timeoutMs: 15_000,
  /** Bytes of one file's text. */
  maxBytes: 2_000_000,
  /** Items in any one list of a dataset (records, places, sources…). */
  maxItems: 2_000,
};

/** Parses a file's text as JSON. Throws only DatasetError. */
export function parseJson(file: string, body: string): unknown {
  if (body.length > LOAD_LIMITS.maxBytes) {
    throw new DatasetError(file, 'too-large', [
      `${file}: ${formatBytes(body.length)}, more than the ${formatBytes(LOAD_LIMITS.maxBytes)} a file may be`,
    ]);
  }
  try {
    return JSON.parse(body);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new DatasetError(file, 'json', [`${file}: not valid JSON (${detail})`], { cause });
  }
}

const formatBytes = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

/** The path of the first list in `value` longer than the limit, or null. */
function longList(value: unknown, path = ''): { path: string; length: number } | null {
  if (Array.isArray(value)) {
    if (value.length > LOAD_LIMITS.maxItems)
      return { path: path || '(the file)', length: value.length };
    for (let i = 0; i < value.length; i++) {
      const found = longList(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const found = longList(v, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/** Parses the text of a dataset file and validates it. Throws only DatasetError. */
export function parseDatasetText<N extends DatasetName>(name: N, body: string): DatasetData<N> {
  const { file } = DATASETS[name];
  const json = parseJson(file, body);
  const long = longList(json);
  if (long) {
    throw new DatasetError(file, 'too-large', [
      `${file} › ${long.path}: ${long.length} items, more than the ${LOAD_LIMITS.maxItems} a list may hold`,
    ]);
  }
  return parseDataset(name, json);
}

/**
 * Fetches a file's text, checking the HTTP status. Every failure is a DatasetError naming the
 * file, a response that has not arrived whole within LOAD_LIMITS.timeoutMs among them; a request
 * cancelled by the caller rethrows the abort as is, so TanStack Query can tell cancellation from
 * failure.
 */
export async function fetchText(file: string, url: string, signal?: AbortSignal): Promise<string> {
  // The single-file build (`npm run build:file`, mode "file") carries every file inside the page:
  // a page opened from file:// may not fetch. The text goes through the same parsers and schemas.
  if (import.meta.env.MODE === 'file') return bundledText(file);
  const timeout = AbortSignal.timeout(LOAD_LIMITS.timeoutMs);
  try {
    const response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    if (!response.ok) {
      const statusText = response.statusText ? ` ${response.statusText}` : '';
      throw new DatasetError(file, 'http', [`${file}: HTTP ${response.status}${statusText}`], {
        status: response.status,
      });
    }
    return await response.text();
  } catch (cause) {
    if (cause instanceof DatasetError) throw cause;
    if (signal?.aborted) throw cause;
    if (timeout.aborted) {
      throw new DatasetError(
        file,
        'timeout',
        [`${file}: did not arrive within ${LOAD_LIMITS.timeoutMs / 1000} s`],
        { cause },
      );
    }
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new DatasetError(file, 'network', [`${file}: could not be fetched (${detail})`], {
      cause,
    });
  }
}

/** The text of public/data/<file> as bundled into the single file. */
async function bundledText(file: string): Promise<string> {
  const files = import.meta.glob<string>('/public/data/**/*.json', {
    query: '?raw',
    import: 'default',
  });
  const load = files[`/public/data/${file}`];
  if (!load) throw new DatasetError(file, 'network', [`${file}: not bundled into this file`]);
  return load();
}

/** Fetches public/data/<file>, parses and validates it. Throws only DatasetError (or the abort). */
export async function fetchDataset<N extends DatasetName>(
  name: N,
  options: { signal?: AbortSignal } = {},
): Promise<DatasetData<N>> {
  const { file } = DATASETS[name];
  return parseDatasetText(name, await fetchText(file, datasetUrl(name), options.signal));
}
