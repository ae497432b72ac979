// Briefing mode, exports and deck files, as a person uses them: build slides from two views and
// present them with the keyboard; export a deck and import it back; refuse a broken deck file;
// export a panel as PNG (the map too, with every outside request blocked) and a table as CSV.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import { assertClean, expect, expectQuery, open, openBriefing, screenshot, test } from './fixtures';

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
  dialog = await openBriefing(page);
  await expect(dialog.getByLabel('Deck title')).toHaveValue('Kept deck');
  expect(await slideTitles(dialog)).toEqual(titles);
});

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Reads a PNG's size from its header, then compares it, scaled down, with a screenshot of the
 * panel, in the region given (the chart): the mean difference per colour channel (0–255) and how
 * much is inked.
 */
async function inspectPng(page: Page, bytes: Buffer, shot: Buffer, body: Region) {
  expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const result = await page.evaluate(
    async ({ exported, onScreen, body }) => {
      const load = async (src: string) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return img;
      };
      const [a, b] = await Promise.all([load(exported), load(onScreen)]);
      // Both at a quarter of the screen size: hatching and hairlines average out the same way,
      // while a wrong fill or a missing label still shows.
      const k = 0.25;
      const pixels = (img: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(b.naturalWidth * k);
        canvas.height = Math.round(b.naturalHeight * k);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2D canvas');
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
        const r = [body.x, body.y, body.width, body.height].map((v) =>
          Math.max(1, Math.floor(v * k)),
        );
        return ctx.getImageData(r[0], r[1], r[2], r[3]).data;
      };
      const pa = pixels(a);
      const pb = pixels(b);
      let diff = 0;
      let inked = 0;
      for (let i = 0; i < pa.length; i += 4) {
        for (let c = 0; c < 3; c++) diff += Math.abs(pa[i + c] - pb[i + c]);
        if (pa[i] < 200 || pa[i + 1] < 200 || pa[i + 2] < 200) inked++;
      }
      return { meanDiff: diff / ((pa.length / 4) * 3), inked };
    },
    {
      exported: `data:image/png;base64,${bytes.toString('base64')}`,
      onScreen: `data:image/png;base64,${shot.toString('base64')}`,
      body,
    },
  );
  return { width, height, ...result };
}

/** Opens the panel's Export menu and returns the menu item for `item` (png, svg, csv-visible…). */
async function chooseExport(page: Page, panel: string, item: string) {
  const section = page.locator(`[data-panel=${panel}]`);
  await section.getByRole('button', { name: /^Export/ }).click();
  const button = section.locator(`[data-export=${item}]`);
  await expect(button).toBeVisible();
  return { section, button };
}

test('a PNG export draws the panel as the page does, at twice the size, the map too, offline', async ({
  page,
}) => {
  await open(page);
  for (const panel of ['trade', 'map']) {
    const section = page.locator(`[data-panel=${panel}]`);
    // On screen in full and clear of the sticky filter bar, so the screenshot is the panel alone.
    await section.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    const clear = await section.evaluate(
      (el) =>
        el.getBoundingClientRect().top >=
        (document.querySelector('[role=search]')?.getBoundingClientRect().bottom ?? 0),
    );
    expect(clear, `${panel}: the panel fits below the filter bar for its screenshot`).toBe(true);
    await page.mouse.move(0, 0);
    // Wait until the panel has stopped moving (the map settles after fitting its bounds): two
    // screenshots in a row are the same.
    let shot = await section.screenshot({ animations: 'disabled' });
    await expect
      .poll(
        async () => {
          const next = await section.screenshot({ animations: 'disabled' });
          const same = next.equals(shot);
          shot = next;
          return same;
        },
        { intervals: [150], timeout: 5_000 },
      )
      .toBe(true);
    const box = await section.boundingBox();
    if (!box) throw new Error(`${panel}: not on screen`);
    // Compare the chart drawing (or, without one, the panel's body), inside the panel.
    const body = await section.evaluate((el) => {
      const outer = el.getBoundingClientRect();
      const svgs = [...el.querySelectorAll('.panel__body svg')]
        .map((svg) => svg.getBoundingClientRect())
        .filter((r) => r.width * r.height > 4000)
        .sort((a, b) => b.width * b.height - a.width * a.height);
      const r = svgs[0] ?? (el.querySelector('.panel__body') ?? el).getBoundingClientRect();
      const x = Math.max(r.left, outer.left);
      const y = Math.max(r.top, outer.top);
      return {
        x: Math.round(x - outer.left),
        y: Math.round(y - outer.top),
        width: Math.floor(Math.min(r.right, outer.right) - x),
        height: Math.floor(Math.min(r.bottom, outer.bottom) - y),
      };
    });

    const { button } = await chooseExport(page, panel, 'png');
    await assertClean(page, { label: `export menu (${panel})` });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^${panel}-\\d{4}-\\d{2}-\\d{2}\\.png$`),
    );
    const bytes = await readFile(await download.path());
    const { width, height, meanDiff, inked } = await inspectPng(page, bytes, shot, body);
    expect(
      Math.abs(width - 2 * box.width),
      `${panel}: width ${width} for ${box.width}px`,
    ).toBeLessThanOrEqual(4);
    expect(
      Math.abs(height - 2 * box.height),
      `${panel}: height ${height} for ${box.height}px`,
    ).toBeLessThanOrEqual(4);
    expect(inked, `${panel}: inked pixels in the chart`).toBeGreaterThan(2000);
    // Antialiasing differs a little; a lost stylesheet (black fills, missing labels) a lot.
    expect(meanDiff, `${panel}: mean difference from the page per channel`).toBeLessThan(6);
    await expect(section.getByRole('status').filter({ hasText: 'Downloaded' })).toBeVisible();
  }
});

const NUMBER = /[+-]?\d[\d,]*(?:\.\d+)?/g;
const clean = (text: string | null | undefined) => String(text ?? '').replace(/\u2212/g, '-');
/** Every figure in a row's cells, as numbers: "1,700" = 1700, "+1,050" = 1050, "−1.4%" = -1.4. */
const figures = (row: string[]) =>
  [
    ...new Set(
      row.flatMap((c) => [...clean(c).matchAll(NUMBER)].map((m) => Number(m[0].replace(/,/g, '')))),
    ),
  ].sort((a, b) => a - b);
/** A cell's words without its figures and punctuation; "no data" and dashes say nothing. */
const words = (text: string) => {
  const t = clean(text).replace(NUMBER, ' ').trim();
  return /^(no data|[—–-]*)$/i.test(t) ? [] : (t.toLowerCase().match(/[\p{L}]+/gu) ?? []);
};
const containsRun = (hay: string[], needle: string[]) =>
  hay.some((_, i) => needle.every((w, j) => hay[i + j] === w));

/*
 * "The CSV's rows equal the table", compared deliberately: the table is read as a person sees it
 * (visually hidden text left out), and each row must carry the same figures (compared as numbers,
 * so "1,700" = 1700 and "+1,050" = 1050; "no data" is an empty cell) and, cell by cell, the words
 * the table shows, in order, within one cell of the same CSV row (punctuation aside: the table's
 * "(original source: …)" is the CSV's "; original source: …"). The CSV may add columns.
 */
test('a CSV export of the visible rows equals the panel’s table', async ({ page }) => {
  await open(page);
  const trade = page.locator('[data-panel=trade]');
  await trade.getByRole('button', { name: 'Table' }).click();
  const { button } = await chooseExport(page, 'trade', 'csv-visible');
  // Enabled once the panel has registered its rows for export.
  await expect(button).not.toHaveAttribute('aria-disabled', /.*/);
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/^trade-visible-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const [header, ...rows] = Papa.parse<string[]>(text.trim()).data;

  const cells = await trade
    .getByRole('table')
    .first()
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        [...(tr as HTMLTableRowElement).cells].map((td) => {
          const copy = td.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.visually-hidden').forEach((el) => el.remove());
          return copy.textContent ?? '';
        }),
      ),
    );
  expect(cells.length, 'the table has rows').toBeGreaterThan(0);
  expect(rows.length, 'one CSV row per table row').toBe(cells.length);
  cells.forEach((tableRow, i) => {
    const csvRow = rows[i];
    expect(figures(csvRow), `row ${i + 1}: the same figures`).toEqual(figures(tableRow));
    const csvWords = csvRow.map(words);
    for (const cell of tableRow) {
      const shown = words(cell);
      if (shown.length === 0) continue;
      expect(
        csvWords.some((w) => containsRun(w, shown)),
        `row ${i + 1}: the table shows "${cell.trim()}", the CSV row is ${JSON.stringify(csvRow)}`,
      ).toBe(true);
    }
  });
  for (const column of ['unit', 'status', 'source']) {
    expect(
      header.some((h) => h.toLowerCase().includes(column)),
      `the CSV has a ${column} column: ${JSON.stringify(header)}`,
    ).toBe(true);
  }
  await assertClean(page, { include: '[data-panel=trade]', label: 'CSV export' });
});

test('SVG export: a standalone file with title, legend (with "projected") and sources; not from a table', async ({
  page,
}) => {
  await open(page);
  const trade = page.locator('[data-panel=trade]');
  await trade.getByRole('button', { name: 'Table' }).click();
  let { button } = await chooseExport(page, 'trade', 'svg');
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(button).toContainText('Switch to Chart to export SVG');
  await page.keyboard.press('Escape');

  await trade.getByRole('button', { name: 'Chart' }).click();
  ({ button } = await chooseExport(page, 'trade', 'svg'));
  await expect(button).not.toHaveAttribute('aria-disabled', /.*/);
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/^trade-\d{4}-\d{2}-\d{2}\.svg$/);
  const text = await readFile(await download.path(), 'utf8');
  // The files are read in a blank page: parsed under the dashboard's Content-Security-Policy,
  // their style attributes would be reported as violations of it.
  const scratch = await page.context().newPage();
  const check = await scratch.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const texts = [...doc.querySelectorAll('text')].map((n) => n.textContent ?? '');
    const refs = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      title: doc.querySelector('svg > title')?.textContent,
      texts,
      missing: refs.filter((id) => !doc.getElementById(id)),
      external: /(href|src)="(https?:)?\/\//.test(svg),
    };
  }, text);
  expect(check.error).toBeNull();
  expect(check.title).toBe('Trade balance');
  expect(check.texts).toContain('Trade balance');
  expect(check.texts).toContain('projected');
  expect(
    check.texts.some((s) => s.startsWith('Sources:')),
    JSON.stringify(check.texts),
  ).toBe(true);
  expect(check.missing, 'every url(#id) the drawing uses is in the file').toEqual([]);
  expect(check.external, 'no external references').toBe(false);

  // The map: every layer (provinces, the Durand Line…) and its HTML markers' names, offline.
  const mapExport = await chooseExport(page, 'map', 'svg');
  const [mapDownload] = await Promise.all([
    page.waitForEvent('download'),
    mapExport.button.click(),
  ]);
  const mapSvg = await readFile(await mapDownload.path(), 'utf8');
  const mapCheck = await scratch.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      layers: doc.querySelectorAll('svg > g svg').length,
      texts: [...doc.querySelectorAll('text')].map((n) => n.textContent ?? ''),
    };
  }, mapSvg);
  expect(mapCheck.error).toBeNull();
  expect(mapCheck.layers, 'map layers').toBeGreaterThanOrEqual(2);
  for (const name of ['Border map', 'Kabul', 'Torkham']) expect(mapCheck.texts).toContain(name);
  expect(/(href|src)="(https?:)?\/\//.test(mapSvg), 'external references in the map').toBe(false);
  await assertClean(page, {
    include: ['[data-panel=trade]', '[data-panel=map]'],
    label: 'SVG export',
  });
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
