// What goes wrong outside the dashboard, as a person meets it: a full storage, a response that
// never ends, a file that fails once, a link with parameters that are not the dashboard's, a
// source link of the wrong scheme, a file far too large. Each says what happened, where it
// matters, and offers the way back.
import { readFile } from 'node:fs/promises';
import { assertClean, expect, net, open, test } from './fixtures';

const shipped = async (file: string) =>
  JSON.parse(await readFile(new URL(`../../public/data/${file}`, import.meta.url), 'utf8'));

test('a deck change that storage cannot keep is said in the dialog, with the export offered', async ({
  page,
}) => {
  await open(page);
  // Fill this origin's storage until the browser refuses more.
  await page.evaluate(() => {
    let i = 0;
    // Smaller and smaller pieces, until not even one character more fits.
    for (let size = 256 * 1024; size >= 1; size = Math.floor(size / 4)) {
      const chunk = 'x'.repeat(size);
      try {
        for (;;) localStorage.setItem(`fill-${i++}`, chunk);
      } catch {
        // This size no longer fits: try a smaller one.
      }
    }
  });
  await page.getByRole('button', { name: 'Briefing', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing' });
  await dialog.getByRole('button', { name: 'Add current view' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText(
    'This browser’s storage is full: the last change to the deck is not saved',
  );
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export deck' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);

  // Room again: the next change is saved, and the warning goes.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('fill-')) localStorage.removeItem(key);
  });
  await dialog.getByRole('textbox', { name: 'Deck title' }).fill('Saved now');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await assertClean(page, { include: 'dialog', label: 'briefing with full storage' });
});

test('a response that never ends fails after 15 s with its file named, and Retry loads it', async ({
  page,
}) => {
  test.setTimeout(60_000);
  // Headers never come: the request hangs until the page gives up on it.
  let hang = true;
  await page.route('**/data/trade.json', (route) => (hang ? undefined : route.fallback()));
  await page.goto('/');
  const trade = page.getByRole('region', { name: 'Trade balance' });
  await expect(trade.getByRole('alert')).toContainText('trade.json: did not arrive within 15 s', {
    timeout: 25_000,
  });
  // The other panels are drawn meanwhile.
  await expect(page.getByRole('region', { name: 'Security incidents' })).toHaveAttribute(
    'data-ready',
    'true',
  );
  hang = false;
  await trade.getByRole('button', { name: 'Retry' }).click();
  await expect(trade).toHaveAttribute('data-ready', 'true');
  await expect(trade.getByRole('alert')).toHaveCount(0);
});

test('a supporting file that fails once offers Retry where it shows, and loads on it', async ({
  page,
}) => {
  const files = net(page);
  files.serve('/data/sources.json', { status: 404, body: 'Not found' });
  files.serve('/data/key-figures.json', { status: 404, body: 'Not found' });
  await open(page);
  const sources = page.getByRole('region', { name: 'Sources and data checks' });
  await expect(sources.getByRole('alert').first()).toContainText(
    'Could not load sources.json: sources.json: HTTP 404',
  );
  const keyFigures = page.getByRole('alert').filter({ hasText: 'key-figures.json' });
  await expect(keyFigures).toBeVisible();
  // Each file was asked for once, however many places need it.
  expect(files.requests.filter((u) => u.endsWith('/data/sources.json'))).toHaveLength(1);

  files.clearOverrides();
  await keyFigures.getByRole('button', { name: /Retry/ }).click();
  await expect(page.getByRole('region', { name: 'Key figures' })).toBeVisible();
  await sources.getByRole('button', { name: 'Retry sources.json' }).click();
  await expect(sources.getByRole('list').first()).toContainText('UNHCR');
  await assertClean(page, { label: 'after the retries' });
});

test('a link keeps the parameters that are not the dashboard’s, and says which it read twice', async ({
  page,
}) => {
  await open(page, '/?utm_source=mail&year=2001&year=2010#sources');
  await expect(page).toHaveURL(/\?year=2001&utm_source=mail#sources$/);
  const notice = page.getByRole('status').filter({ hasText: 'Some of this link' });
  await expect(notice).toContainText('year=2010 (given 2 times; the first, 2001, was used)');
  await expect(page.getByRole('slider', { name: 'Year in focus', exact: true })).toHaveValue(
    '2001',
  );
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(page).toHaveURL(/\?year=2002&utm_source=mail#sources$/);

  // A year outside the link's range: the notice says which year is shown instead.
  await open(page, '/?range=2000-2010&year=1990');
  await expect(page.getByRole('status').filter({ hasText: 'Some of this link' })).toContainText(
    'year=1990 (outside the years shown, 2000–2010; showing 2000)',
  );
  await expect(page.getByRole('slider', { name: 'Year in focus', exact: true })).toHaveValue(
    '2000',
  );
});

test('a source link of another scheme than http(s) is refused with its field named', async ({
  page,
}) => {
  const sources = await shipped('sources.json');
  sources.sources[0].url = 'javascript:alert(1)';
  net(page).serve('/data/sources.json', { body: sources });
  await open(page);
  const region = page.getByRole('region', { name: 'Sources and data checks' });
  await expect(region.getByRole('alert').first()).toContainText('sources.json');
  await expect(region.getByRole('alert').first()).toContainText('sources[0].url');
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
});

test('a file far too large is refused with a message, and the page stays usable', async ({
  page,
}) => {
  const places = await shipped('places.json');
  places.places = Array.from({ length: 19_500 }, (_, i) => ({
    ...places.places[0],
    id: `place-${i}`,
  }));
  net(page).serve('/data/places.json', { body: places });
  await open(page);
  const map = page.getByRole('region', { name: 'Border map' });
  await expect(map.getByRole('alert')).toContainText(
    /places\.json: 4\.\d MB, more than the 2\.0 MB a file may be/,
  );
  // Everything else answers at once.
  await page.getByRole('button', { name: 'Previous year' }).click();
  await expect(page.getByRole('slider', { name: 'Year in focus', exact: true })).toHaveValue(
    '2023',
  );
});
