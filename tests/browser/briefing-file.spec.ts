// The single-file build (`npm run build:file`): the whole dashboard in one HTML file that opens
// from a folder or a USB stick, with no server and no network; "Download briefing file" writes it
// with a deck inside.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { assertClean, expect, net, open, panelStates, ready, screenshot, test } from './fixtures';

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

/** Opens the Briefing dialog from the header and returns it. */
async function openBriefing(page: Page) {
  await page.getByRole('button', { name: 'Briefing', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Makes a deck of two slides in the hosted build and downloads it as a briefing file. */
async function downloadBriefing(page: Page): Promise<string> {
  await open(page, '/?year=2021&themes=security');
  const dialog = await openBriefing(page);
  await dialog.getByLabel('Deck title').fill('Border brief </script> <b>');
  // Only this deck's own slides: delete the default ones, then add two views.
  while ((await dialog.getByRole('button', { name: /^Delete slide/ }).count()) > 0) {
    await dialog
      .getByRole('button', { name: /^Delete slide/ })
      .first()
      .click();
  }
  await dialog.getByRole('button', { name: 'Add current view' }).click();
  await dialog.getByLabel('Title of slide 1').fill('Incidents in 2021');
  await dialog.getByLabel('Speaker notes').first().fill('370 incidents, observed.');
  await dialog.getByLabel('Panel in focus').first().selectOption('security');
  await dialog.getByRole('button', { name: 'Add current view' }).click();
  await dialog.getByLabel('Title of slide 2').fill('Second look');

  const button = dialog.getByRole('button', { name: 'Download briefing file' });
  await expect(button).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe('border-brief-script-b.html');
  await expect(
    dialog.getByText('Saved the briefing file border-brief-script-b.html'),
  ).toBeVisible();
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

test('"Download briefing file" writes the single file with the deck inside; it opens offline on that deck and presents it', async ({
  page,
  newContext,
}) => {
  const file = await downloadBriefing(page);
  const html = await readFile(file, 'utf8');
  // The deck's text cannot close its script element.
  expect(html).not.toContain('</script> <b>');
  expect(html).toContain('id="briefing-deck"');

  // Another person, offline, opens the file by double-click.
  const context = await newContext({ offline: true });
  const reader = await context.newPage();
  const outside: string[] = [];
  reader.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) outside.push(r.url());
  });
  await reader.goto(pathToFileURL(file).href);
  await ready(reader);
  const dialog = reader.getByRole('dialog', { name: 'Briefing' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Deck title')).toHaveValue('Border brief </script> <b>');
  await expect(dialog.getByText('from this briefing file')).toBeVisible();
  await expect(dialog.getByLabel('Title of slide 1')).toHaveValue('Incidents in 2021');
  await expect(dialog.getByLabel('Title of slide 2')).toHaveValue('Second look');
  await assertClean(reader, { label: 'the downloaded briefing file' });

  await dialog.getByRole('button', { name: 'Present', exact: true }).click();
  const presenter = reader.getByRole('region', { name: 'Presentation' });
  await expect(presenter).toContainText('Slide 1 / 2');
  await expect(presenter.getByText('Incidents in 2021', { exact: true })).toBeVisible();
  await expect(reader.locator('[data-panel=security]')).toHaveClass(/panel--focused/);
  await expect.poll(() => new URL(reader.url()).searchParams.get('year')).toBe('2021');
  await screenshot(reader, 'briefing-file-presenting', false);
  await reader.keyboard.press('Escape');

  // The file writes itself again, with the deck as it now is.
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Deck title').fill('Second edition');
  const [again] = await Promise.all([
    reader.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download briefing file' }).click(),
  ]);
  expect(again.suggestedFilename()).toBe('second-edition.html');
  const secondFile = test.info().outputPath('second-edition.html');
  await again.saveAs(secondFile);
  const second = await readFile(secondFile, 'utf8');
  expect(second.match(/id="briefing-deck"/g)).toHaveLength(1);
  expect(second).toContain('Second edition');
  expect(outside, 'requests beyond the file').toEqual([]);
});

test('a briefing file whose deck is not valid says so, and the saved deck stays', async ({
  page,
  newContext,
}) => {
  const file = await downloadBriefing(page);
  const html = await readFile(file, 'utf8');
  const broken = test.info().outputPath('broken-briefing.html');
  await writeFile(broken, html.replace('"year":2021', '"year":3000'));

  const context = await newContext({ offline: true });
  const reader = await context.newPage();
  // First the good file: its deck becomes the one saved in this browser.
  await reader.goto(pathToFileURL(file).href);
  await ready(reader);
  const dialog = reader.getByRole('dialog', { name: 'Briefing' });
  await expect(dialog.getByLabel('Deck title')).toHaveValue('Border brief </script> <b>');

  await reader.goto(pathToFileURL(broken).href);
  await ready(reader);
  await expect(dialog).toBeVisible();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText(
    'The deck inside this briefing file could not be read: it is not a valid deck. Your saved deck is unchanged.',
  );
  await expect(alert).toContainText('slide 1, view.year: expected a year between 1893 and 2025');
  await expect(dialog.getByLabel('Deck title')).toHaveValue('Border brief </script> <b>');
  await assertClean(reader, { label: 'a briefing file with a broken deck' });
});

test('where there is no briefing file to copy, the button is disabled and says why', async ({
  page,
}) => {
  net(page).serve('/pak-afghan-briefing.html', { status: 404, body: 'not here' });
  await open(page);
  const dialog = await openBriefing(page);
  await expect(dialog.getByText(/has no briefing file to copy \(HTTP 404\)/)).toBeVisible();
  const button = dialog.getByRole('button', { name: 'Download briefing file' });
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(/has no briefing file to copy/);

  // A server that answers every address with the dashboard's own page (a development server).
  net(page).serve('/pak-afghan-briefing.html', {
    body: '<!doctype html><title>dashboard</title>',
    contentType: 'text/html',
  });
  await page.keyboard.press('Escape');
  await openBriefing(page);
  await expect(dialog.getByText(/development server/)).toBeVisible();
  await expect(button).toBeDisabled();
});
