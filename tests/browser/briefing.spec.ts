// Briefing mode, exports and deck files, as a person uses them: build slides from two views and
// present them with the keyboard; export a deck and import it back; refuse a broken deck file;
// export a panel as PNG (the map too, with every outside request blocked) and a table as CSV.
import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import {
  assertClean,
  expect,
  expectQuery,
  open,
  openBriefing,
  ready,
  screenshot,
  test,
} from './fixtures';

test.use({ viewport: { width: 1280, height: 900 } });

/** The slides' titles, as their title fields read. */
const slideTitles = (dialog: Locator) =>
  dialog
    .getByRole('textbox', { name: /^Title of slide/ })
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

test('two slides from two views: present them, move with the keyboard, and the dashboard follows', async ({
  page,
}) => {
  await open(page, '/?year=2021&themes=security');
  // View 1: 2021, Security, with the security panel in focus.
  let dialog = await openBriefing(page);
  const before = (await slideTitles(dialog)).length;
  await dialog.getByRole('button', { name: 'Add current view' }).click();
  await expect.poll(async () => (await slideTitles(dialog)).length).toBe(before + 1);
  const first = dialog
    .getByRole('listitem')
    .filter({ has: page.getByLabel('Panel in focus') })
    .nth(before);
  await first.getByLabel('Panel in focus').selectOption('security');
  await first.getByLabel(/^Title of slide/).fill('Incidents in 2021');
  await first.getByLabel('Speaker notes').fill('370 incidents in 2021, observed (JSSA 2025).');
  await assertClean(page, { label: 'briefing dialog' });
  await screenshot(page, 'briefing-dialog', false);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // View 2: 2023, Trade, the trade panel as a table — set with the dashboard's own controls.
  const themes = page.getByRole('group', { name: 'Themes' });
  await themes.getByRole('button', { name: /Security$/ }).click();
  await themes.getByRole('button', { name: /Trade$/ }).click();
  await page.getByRole('button', { name: 'Next year' }).click();
  await page.getByRole('button', { name: 'Next year' }).click();
  const trade = page.locator('[data-panel=trade]');
  const security = page.locator('[data-panel=security]');
  await trade.getByRole('button', { name: 'Table' }).click();
  await expectQuery(page, { year: '2023', themes: 'trade', tables: 'trade' });

  dialog = await openBriefing(page);
  await dialog.getByRole('button', { name: 'Add current view' }).click();
  const second = dialog
    .getByRole('listitem')
    .filter({ has: page.getByLabel('Panel in focus') })
    .nth(before + 1);
  // In focus: the panel last used (its Table button), so the title names it.
  await expect(second.getByLabel('Panel in focus')).toHaveValue('trade');
  expect((await slideTitles(dialog)).slice(-2)).toEqual([
    'Incidents in 2021',
    'Trade balance, 2023',
  ]);

  // Present from the first of the two.
  await first.getByRole('button', { name: /^Present from here/ }).click();
  const presenter = page.getByRole('region', { name: 'Presentation' });
  await expect(presenter).toBeVisible();
  await expect(dialog).toBeHidden();
  const total = before + 2;
  const expectSlide = (n: number) => expect(presenter).toContainText(`Slide ${n} / ${total}`);

  await expectSlide(before + 1);
  await expect(presenter.getByText('Incidents in 2021', { exact: true })).toBeVisible();
  await expectQuery(page, { year: '2021', themes: 'security', focus: 'security' });
  await expect(security).toHaveClass(/panel--focused/);
  await expect(trade, 'the trade panel is hidden by the Security theme').toBeHidden();
  await assertClean(page, { label: 'presenting' });
  await screenshot(page, 'briefing-presenting', false);

  await page.keyboard.press('ArrowRight');
  await expectSlide(before + 2);
  await expectQuery(page, { year: '2023', themes: 'trade', tables: 'trade', focus: 'trade' });
  await expect(trade.getByRole('button', { name: 'Table' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(trade).toHaveClass(/panel--focused/);
  await expect(security).toBeHidden();

  await page.keyboard.press('ArrowRight'); // the last slide: stays
  await expectSlide(before + 2);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(before + 1);
  await expectQuery(page, { year: '2021' }, { partial: true });
  await page.keyboard.press('Home');
  await expectSlide(1);
  await page.keyboard.press('End');
  await expectSlide(total);
  await page.keyboard.press('3');
  await expectSlide(3);
  await page.keyboard.press('Space');
  await expectSlide(4);
  await page.keyboard.press('PageUp');
  await expectSlide(3);
  await page.keyboard.press('PageDown');
  await expectSlide(4);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await expectSlide(4);

  // Notes on a toggle; then Esc ends and brings back the view from before.
  await page.keyboard.press(String(before + 1));
  await expectSlide(before + 1);
  await presenter.getByRole('button', { name: 'Notes' }).click();
  await expect(presenter.getByRole('heading', { name: 'Speaker notes' })).toBeVisible();
  await expect(presenter).toContainText('370 incidents in 2021, observed (JSSA 2025).');
  await screenshot(page, 'briefing-presenting-notes', false);
  await page.keyboard.press('Escape');
  await expect(presenter).toHaveCount(0);
  // Back in the dialog, on the button that started the presentation.
  await expect(dialog).toBeVisible();
  await expect(first.getByRole('button', { name: /^Present from here/ })).toBeFocused();
  await expectQuery(page, { year: '2023', themes: 'trade', tables: 'trade' });
  expect(await page.evaluate(() => document.documentElement.dataset.presenting)).toBeUndefined();
  await expect(page.getByText(/^Slide \d+ \/ \d+$/)).toHaveCount(0);
});

test('a deck exported to a file imports back, and survives a reload', async ({ page }) => {
  await open(page, '/?year=2022&themes=trade');
  let dialog = await openBriefing(page);
  await dialog.getByLabel('Deck title').fill('Round trip');
  await dialog.getByRole('button', { name: 'Add current view' }).click();
  const titles = await slideTitles(dialog);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export deck' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('round-trip.deck.json');
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const saved = JSON.parse(await readFile(file, 'utf8')) as {
    schemaVersion: number;
    title: string;
    slides: { title: string; view: unknown }[];
  };
  expect(saved.schemaVersion).toBe(1);
  expect(saved.title).toBe('Round trip');
  expect(saved.slides.map((s) => s.title)).toEqual(titles);
  expect(saved.slides.at(-1)?.view).toEqual({
    year: 2022,
    range: [1893, 2025],
    themes: ['trade'],
    province: null,
    event: null,
    tier: 'document',
    survey: null,
    tradeView: null,
    allSeries: false,
    tables: [],
    focus: null,
  });

  // Change the deck, then import the file: the exported deck comes back.
  await dialog.getByRole('button', { name: 'Restore the default deck' }).click();
  await expect(dialog.getByLabel('Deck title')).not.toHaveValue('Round trip');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: 'Import deck…' }).click(),
  ]);
  await chooser.setFiles(file);
  await expect(dialog.getByText('Loaded “Round trip”')).toBeVisible();
  await expect(dialog.getByLabel('Deck title')).toHaveValue('Round trip');
  expect(await slideTitles(dialog)).toEqual(titles);

  await page.reload();
  // The app has taken over the page baked in at build: its Briefing button works.
  await ready(page);
  dialog = await openBriefing(page);
  await expect(dialog.getByLabel('Deck title')).toHaveValue('Round trip');
  expect(await slideTitles(dialog)).toEqual(titles);
  await assertClean(page, { label: 'deck round trip' });
});

test('a broken deck file is refused with the field path, and the deck already kept is intact', async ({
  page,
}) => {
  await open(page);
  let dialog = await openBriefing(page);
  await dialog.getByLabel('Deck title').fill('Kept deck');
  await dialog.getByRole('button', { name: 'Add current view' }).click();
  const titles = await slideTitles(dialog);

  const broken = {
    schemaVersion: 1,
    title: 'Broken',
    slides: [0, 1, 2].map((i) => ({
      id: `s${i}`,
      title: `Slide ${i}`,
      notes: '',
      view: {
        year: i === 2 ? 3000 : 2021,
        range: [1893, 2025],
        themes: [],
        province: null,
        event: null,
        tier: 'document',
        tables: [],
        focus: null,
      },
    })),
  };
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: 'Import deck…' }).click(),
  ]);
  await chooser.setFiles({
    name: 'broken.deck.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText(
    'broken.deck.json was not loaded: it is not a valid deck. Your deck is unchanged.',
  );
  await expect(alert).toContainText('slide 3, view.year: expected a year between 1893 and 2025');
  await expect(dialog.getByLabel('Deck title')).toHaveValue('Kept deck');
  expect(await slideTitles(dialog)).toEqual(titles);
  await assertClean(page, { label: 'import error' });

  // Not JSON at all: the same, with its own reason.
  const [chooser2] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: 'Import deck…' }).click(),
  ]);
  await chooser2.setFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('slides: 3'),
  });
  await expect(dialog.getByText('notes.txt was not loaded')).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText('the file is not valid JSON');

  await page.reload();
  // The app has taken over the page baked in at build: its Briefing button works.
  await ready(page);
  dialog = await openBriefing(page);
  await expect(dialog.getByLabel('Deck title')).toHaveValue('Kept deck');
  expect(await slideTitles(dialog)).toEqual(titles);
});

test('the shipped deck travels in a link; a deck too long for one says to use a file', async ({
  page,
  newContext,
}) => {
  await open(page);
  const dialog = await openBriefing(page);
  const titles = await slideTitles(dialog);
  expect(titles.length, 'the shipped deck').toBeGreaterThan(5);
  await dialog.getByRole('button', { name: 'Share deck link' }).click();
  const linkField = dialog.getByLabel('Link to this deck');
  await expect(linkField).toHaveValue(/#deck=[A-Za-z0-9_-]+$/);
  const link = await linkField.inputValue();
  expect(link.length, `${link.length} characters`).toBeLessThanOrEqual(8000);

  // Someone else opens it: the deck is offered, and taken only when they say so.
  const other = await (await newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await other.goto(link);
  const offered = other.getByRole('dialog', { name: 'Briefing' });
  await offered.getByRole('button', { name: 'Open the linked deck' }).click();
  await expect.poll(() => slideTitles(offered)).toEqual(titles);
  expect(new URL(other.url()).hash, 'the deck is taken out of the address bar').toBe('');
  await assertClean(other, { label: 'opening a deck link' });

  // Long notes that hardly compress (4,000 pseudo-random characters on each of five slides).
  const notes = dialog.getByLabel('Speaker notes');
  let seed = 1;
  const word = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed.toString(36);
  };
  for (let i = 0; i < 5; i += 1) {
    await notes.nth(i).fill(Array.from({ length: 700 }, word).join(' ').slice(0, 4000));
  }
  await dialog.getByRole('button', { name: 'Share deck link' }).click();
  await expect(dialog.getByText('This deck is too large to share as a link')).toBeVisible();
  await expect(dialog.getByText(/Use “Export deck” and send the file instead/)).toBeVisible();
  await assertClean(page, { label: 'sharing a deck link' });
});

test.describe('with the clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy link copies the address of the current view and says so', async ({ page }) => {
    await open(page, '/?year=2021&themes=refugees');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toMatch(/\?year=2021&themes=refugees$/);
  });

  test('Copy citation gives a passage with its document, locator and the link of the view', async ({
    page,
  }) => {
    await open(page, '/?year=2021');
    const jssa = page.locator('#source-jssa-2025');
    await jssa.getByText(/^Passages quoted on this dashboard/).click();
    const passage = jssa.getByRole('listitem').filter({ hasText: /^Table 3/ });
    await expect(passage.locator('.passages__quote')).toHaveText('“2024 140 80 70 290”');
    await passage.getByRole('button', { name: /^Copy citation/ }).click();
    await expect(passage.getByRole('status')).toHaveText('Citation copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^Article on Pakistan–Afghanistan relations .* Table 3: “2024 140 80 70 290” /,
    );
    expect(copied.endsWith(`dashboard: ${page.url()}`)).toBe(true);
    await assertClean(page, { include: '#sources', label: 'a passage copied' });
  });
});

test('an unreadable saved deck falls back to the default deck and says so', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('pak-afghan-dashboard:briefing-deck:v1', '{"state": {"deck": 42');
  });
  await open(page);
  const dialog = await openBriefing(page);
  await expect(
    dialog.getByRole('alert').filter({ hasText: 'Your saved deck could not be read' }),
  ).toBeVisible();
  await expect(dialog.getByLabel('Deck title')).toHaveValue(
    'Pakistan–Afghanistan relations: key figures',
  );
  expect(
    await page.evaluate(() =>
      localStorage.getItem('pak-afghan-dashboard:briefing-deck:v1:unreadable'),
    ),
  ).toBe('{"state": {"deck": 42');
  await assertClean(page, { label: 'unreadable saved deck' });
});
