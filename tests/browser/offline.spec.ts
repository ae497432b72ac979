// The hosted build after one visit (vite-plugin-pwa): it opens offline with every panel drawn,
// and a new deployment is offered with a Reload button, never applied by itself.
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { assertClean, expect, open, panelStates, ready, screenshot, test } from './fixtures';

const SW = 'dist/sw.js';

// The other specs block service workers, so that every request is seen; this one needs them.
test.use({ serviceWorkers: 'allow' });

const controlled = (page: Page) =>
  page.evaluate(() => navigator.serviceWorker.controller?.state ?? null);

const waitingWorker = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.waiting?.state ?? null;
  });

test('after one visit every panel opens offline; a new deployment is offered, not applied', async ({
  page,
  context,
}) => {
  await open(page);
  await expect(page.getByText(/Data built \d{4}-\d{2}-\d{2}\./)).toBeVisible();
  // Installed on the first visit, the worker controls the page from the next load on.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await ready(page);
  await expect.poll(() => controlled(page)).toBe('activated');

  await context.setOffline(true);
  await page.reload();
  await ready(page);
  expect(await panelStates(page)).toEqual({
    ready: ['map', 'opinion', 'refugees', 'security', 'trade'],
    failed: [],
  });
  await expect(page.locator('[data-panel=map] path[data-province]').first()).toBeVisible();
  await expect(page.locator('#sources')).toContainText('All consistency checks pass');
  await context.setOffline(false);

  // A second deployment: its service worker differs (the preview server reads dist/ afresh on
  // every request; the worker's own update fetch is not routed through the test's network).
  const worker = await readFile(SW, 'utf8');
  try {
    await writeFile(SW, `${worker}\n// the next deployment\n`);
    await page.reload();
    await ready(page);
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'A newer version of the data is available' });
    await expect(notice).toBeVisible();
    await expect.poll(() => waitingWorker(page)).toBe('installed');
    await screenshot(page, 'update-offered', false);
    await assertClean(page, { include: '.notice', label: 'the update notice' });
    // Not applied: the page is still run by the worker it had, and stays so on a reload.
    await page.reload();
    await ready(page);
    await expect(notice).toBeVisible();
    expect(await waitingWorker(page)).toBe('installed');

    await notice.getByRole('button', { name: 'Reload' }).click();
    await page.waitForEvent('load');
    await ready(page);
    await expect.poll(() => waitingWorker(page)).toBeNull();
    await expect(notice).toBeHidden();
    expect(await controlled(page)).toBe('activated');
  } finally {
    await writeFile(SW, worker);
  }
});
