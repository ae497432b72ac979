import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DatasetError, datasetUrl, fetchDataset, LOAD_LIMITS } from '@/data/load';
import { DATASET_NAMES } from '@/data/schemas';
import { shippedText } from '@/data/test-fixtures';

function serve(body: string, init?: ResponseInit) {
  const fetchMock = vi.fn(async () => new Response(body, init));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the load to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

describe('fetchDataset', () => {
  it('fetches data/<file> under the app base URL and returns the validated data', async () => {
    const fetchMock = serve(shippedText('trade'), { status: 200 });
    const trade = await fetchDataset('trade');
    expect(trade.records.at(-1)?.balance).toBe(1050);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(datasetUrl('trade')).toBe(`${import.meta.env.BASE_URL}data/trade.json`);
    expect(fetchMock).toHaveBeenCalledWith(datasetUrl('trade'), expect.anything());
  });

  it('gives up on a response that does not arrive in time, naming the file', async () => {
    vi.useFakeTimers();
    try {
      // A server that sends nothing until the request is aborted.
      vi.stubGlobal(
        'fetch',
        vi.fn(
          (_url: string, init: RequestInit) =>
            new Promise((_resolve, reject) =>
              init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
            ),
        ),
      );
      const pending = failure(fetchDataset('trade'));
      await vi.advanceTimersByTimeAsync(LOAD_LIMITS.timeoutMs);
      const error = await pending;
      expect(error).toMatchObject({ file: 'trade.json', kind: 'timeout' });
      expect(error.message).toBe('trade.json: did not arrive within 15 s');
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a file too large, or with too many records, naming the file and the list', async () => {
    serve(' '.repeat(LOAD_LIMITS.maxBytes + 1), { status: 200 });
    expect(await failure(fetchDataset('places'))).toMatchObject({
      kind: 'too-large',
      message: 'places.json: 2.0 MB, more than the 2.0 MB a file may be',
    });
    const places = JSON.parse(shippedText('places'));
    places.places = Array.from({ length: LOAD_LIMITS.maxItems + 1 }, () => places.places[0]);
    serve(JSON.stringify(places), { status: 200 });
    expect((await failure(fetchDataset('places'))).message).toBe(
      `places.json › places: ${LOAD_LIMITS.maxItems + 1} items, more than the ${LOAD_LIMITS.maxItems} a list may hold`,
    );
  });

  it('turns an HTTP error into a DatasetError naming the file and status', async () => {
    serve('Not found', { status: 404, statusText: 'Not Found' });
    const error = await failure(fetchDataset('refugees'));
    expect(error).toMatchObject({ file: 'refugees.json', kind: 'http', status: 404 });
    expect(error.message).toBe('refugees.json: HTTP 404 Not Found');
  });

  it('turns invalid JSON into a DatasetError naming the file', async () => {
    serve('<!doctype html><title>SPA fallback</title>', { status: 200 });
    const error = await failure(fetchDataset('opinion'));
    expect(error).toMatchObject({ file: 'opinion.json', kind: 'json' });
    expect(error.message).toMatch(/^opinion\.json: not valid JSON \(/);
  });

  it('turns a schema violation into a DatasetError listing each field path', async () => {
    const data = JSON.parse(shippedText('securityIncidents'));
    data.records[1].total = '370';
    data.records[2].status = 'guessed';
    serve(JSON.stringify(data), { status: 200 });
    const error = await failure(fetchDataset('securityIncidents'));
    expect(error.kind).toBe('schema');
    expect(error.issues).toEqual([
      'security-incidents.json › records[1].total: expected number, received string',
      'security-incidents.json › records[2].status: Invalid option: expected one of "observed"|"projected"',
    ]);
    expect(error.message).toBe(`${error.issues[0]} (and 1 more)`);
  });

  it('turns a network failure into a DatasetError naming the file', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const error = await failure(fetchDataset('places'));
    expect(error).toMatchObject({ file: 'places.json', kind: 'network' });
    expect(error.message).toBe('places.json: could not be fetched (Failed to fetch)');
  });

  it('lets a cancelled request reject with the abort itself', async () => {
    const controller = new AbortController();
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        controller.abort();
        throw abort;
      }),
    );
    await expect(fetchDataset('events', { signal: controller.signal })).rejects.toBe(abort);
  });

  it('rejects with nothing but DatasetError whatever the server sends', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...DATASET_NAMES),
        fc.oneof(fc.json(), fc.string()),
        fc.constantFrom(200, 404, 500),
        async (name, body, status) => {
          serve(body, { status });
          try {
            await fetchDataset(name);
          } catch (error) {
            expect(error).toBeInstanceOf(DatasetError);
            expect((error as DatasetError).message.startsWith((error as DatasetError).file)).toBe(
              true,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
