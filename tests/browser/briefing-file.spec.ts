// The single-file build (`npm run build:file`): the whole dashboard in one HTML file that opens
// from a folder or a USB stick, with no server and no network.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertClean, expect, panelStates, ready, test } from './fixtures';

const FILE = pathToFileURL(resolve('dist-file/pak-afghan-briefing.html')).href;

test('the briefing file opens from file:// with every panel drawn, and its filters work', async ({
  page,
}) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) outside.push(r.url());
  });
  await page.goto(`${FILE}?year=2021`);
  await ready(page);
  expect(await panelStates(page)).toEqual({
    ready: ['map', 'opinion', 'refugees', 'security', 'trade'],
    failed: [],
  });
  // Figures from the bundled datasets, and the boundaries drawn on the map.
  await expect(page.getByText('+56%').first()).toBeVisible();
  await expect(page.locator('[data-panel=map] path[data-province]').first()).toBeVisible();
  await expect(page.locator('#sources')).toContainText('All consistency checks pass');

  // A filter change is kept in the file's own address (its query), and the panels follow.
  await page.getByRole('button', { name: 'Next year' }).first().click();
  await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2022');
  expect(new URL(page.url()).pathname.endsWith('/pak-afghan-briefing.html')).toBe(true);

  expect(outside, 'requests beyond the file').toEqual([]);
  await assertClean(page, { label: 'the briefing file' });
});
