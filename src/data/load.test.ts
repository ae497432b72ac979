import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DatasetError, datasetUrl, fetchDataset } from '@/data/load';
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
    expect(fetchMock.mock.calls[0]).toEqual([datasetUrl('trade'), { signal: undefined }]);
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
