// Briefing mode, exports and deck files, as a person uses them: build slides from two views and
// present them with the keyboard; export a deck and import it back; refuse a broken deck file;
// export a panel as PNG (the map too, with every outside request blocked) and a table as CSV.

import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Papa from 'papaparse';
import {
  checkA11y,
  expectUrl,
  formatViolations,
  newPage,
  screenshot,
  setupSuite,
} from './harness.mjs';

const suite = setupSuite();

async function open(path = '/') {
  const p = await newPage(suite.browser, suite.server, { viewport: { width: 1280, height: 900 } });
  await p.goto(path);
  await p.page.waitForFunction(() => {
    const panels = [...document.querySelectorAll('[data-panel]:not([hidden])')];
    return panels.length > 0 && panels.every((el) => el.getAttribute('data-ready') === 'true');
  });
  return p;
}

/** Opens the Briefing dialog and returns it. */
async function openBriefing(page) {
  await page.getByRole('button', { name: 'Briefing', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing' });
  await dialog.waitFor();
  return dialog;
}

const slideTitles = (dialog) =>
  dialog.locator('.slide-card__title').evaluateAll((inputs) => inputs.map((i) => i.value));

async function expectClean(p, what) {
  assert.deepEqual(p.pageErrors, [], `${what}: page errors`);
  assert.deepEqual(p.appConsoleErrors(), [], `${what}: console errors`);
  assert.deepEqual(p.blockedRequests, [], `${what}: requests to other hosts`);
}

async function assertNoViolations(page, label) {
  const violations = await checkA11y(page);
  assert.equal(violations.length, 0, `${label}\n${formatViolations(violations)}`);
}

test('two slides from two views: present them, move with the keyboard, and the dashboard follows', async () => {
  const p = await open('/?year=2021&themes=security');
  const { page } = p;
  try {
    // View 1: 2021, Security, with the security panel in focus.
    let dialog = await openBriefing(page);
    const before = (await slideTitles(dialog)).length;
    await dialog.getByRole('button', { name: 'Add current view' }).click();
    assert.equal((await slideTitles(dialog)).length, before + 1);
    const first = dialog.locator('.slide-card').nth(before);
    await first.getByLabel('Panel in focus').selectOption('security');
    await first.getByLabel(/^Title of slide/).fill('Incidents in 2021');
    await first.getByLabel('Speaker notes').fill('370 incidents in 2021, observed (JSSA 2025).');
    await assertNoViolations(page, 'briefing dialog');
    await screenshot(page, 'briefing-dialog', { fullPage: false });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // View 2: 2023, Trade, the trade panel as a table — set with the dashboard's own controls.
    const themes = page.getByRole('group', { name: 'Themes' });
    await themes.getByRole('button', { name: /Security$/ }).click();
    await themes.getByRole('button', { name: /Trade$/ }).click();
    await page.getByRole('button', { name: 'Next year' }).click();
    await page.getByRole('button', { name: 'Next year' }).click();
    const trade = page.locator('[data-panel=trade]');
    await trade.getByRole('button', { name: 'Table' }).click();
    await expectUrl(page, { year: '2023', themes: 'trade', tables: 'trade' });

    dialog = await openBriefing(page);
    await dialog.getByRole('button', { name: 'Add current view' }).click();
    const second = dialog.locator('.slide-card').nth(before + 1);
    await second.getByLabel('Panel in focus').selectOption('trade');
    assert.deepEqual((await slideTitles(dialog)).slice(-2), ['Incidents in 2021', 'Trade, 2023']);

    // Present from the first of the two.
    await first.getByRole('button', { name: /^Present from here/ }).click();
    const presenter = page.getByRole('region', { name: 'Presentation' });
    await presenter.waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const counter = presenter.locator('.presenter__counter');
    const total = before + 2;
    const expectSlide = async (n) =>
      page.waitForFunction(
        (text) => document.querySelector('.presenter__counter')?.textContent === text,
        `Slide ${n} / ${total}`,
      );

    await expectSlide(before + 1);
    assert.equal(await presenter.locator('.presenter__title').innerText(), 'Incidents in 2021');
    await expectUrl(page, { year: '2021', themes: 'security', focus: 'security' });
    assert.match(
      await page.locator('[data-panel=security]').getAttribute('class'),
      /panel--focused/,
    );
    assert.equal(await trade.isVisible(), false, 'the trade panel is hidden by the Security theme');
    await assertNoViolations(page, 'presenting');
    await screenshot(page, 'briefing-presenting', { fullPage: false });

    await page.keyboard.press('ArrowRight');
    await expectSlide(before + 2);
    await expectUrl(page, {
      year: '2023',
      themes: 'trade',
      tables: 'trade',
      focus: 'trade',
    });
    assert.equal(
      await trade.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed'),
      'true',
    );
    assert.match(await trade.getAttribute('class'), /panel--focused/);
    assert.equal(await page.locator('[data-panel=security]').isVisible(), false);

    await page.keyboard.press('ArrowRight'); // the last slide: stays
    await expectSlide(before + 2);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(before + 1);
    await expectUrl(page, { year: '2021' }, { partial: true });
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
    await presenter.getByRole('heading', { name: 'Speaker notes' }).waitFor();
    assert.match(
      await presenter.locator('.presenter__notes').innerText(),
      /370 incidents in 2021, observed \(JSSA 2025\)\./,
    );
    await screenshot(page, 'briefing-presenting-notes', { fullPage: false });
    await page.keyboard.press('Escape');
    await presenter.waitFor({ state: 'detached' });
    await expectUrl(page, { year: '2023', themes: 'trade', tables: 'trade' });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.presenting), undefined);
    assert.equal(await counter.count(), 0);
    await expectClean(p, 'presenting');
  } finally {
    await p.close();
  }
});

test('a deck exported to a file imports back, and survives a reload', async () => {
  const p = await open('/?year=2022&themes=trade');
  const { page } = p;
  const dir = await mkdtemp(path.join(tmpdir(), 'deck-'));
  try {
    let dialog = await openBriefing(page);
    await dialog.getByLabel('Deck title').fill('Round trip');
    await dialog.getByRole('button', { name: 'Add current view' }).click();
    const titles = await slideTitles(dialog);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export deck' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'round-trip.deck.json');
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const saved = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(saved.schemaVersion, 1);
    assert.equal(saved.title, 'Round trip');
    assert.deepEqual(
      saved.slides.map((s) => s.title),
      titles,
    );
    assert.deepEqual(saved.slides.at(-1).view, {
      year: 2022,
      range: [1893, 2025],
      themes: ['trade'],
      province: null,
      country: null,
      event: null,
      tier: 'document',
      tables: [],
      focus: null,
    });

    // Change the deck, then import the file: the exported deck comes back.
    await dialog.getByRole('button', { name: 'Restore the default deck' }).click();
    assert.notEqual(await dialog.getByLabel('Deck title').inputValue(), 'Round trip');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      dialog.getByRole('button', { name: 'Import deck…' }).click(),
    ]);
    await chooser.setFiles(file);
    await dialog.getByText('Loaded “Round trip”').waitFor();
    assert.equal(await dialog.getByLabel('Deck title').inputValue(), 'Round trip');
    assert.deepEqual(await slideTitles(dialog), titles);

    await page.reload();
    dialog = await openBriefing(page);
    assert.equal(await dialog.getByLabel('Deck title').inputValue(), 'Round trip');
    assert.deepEqual(await slideTitles(dialog), titles);
    await expectClean(p, 'deck round trip');
  } finally {
    await p.close();
  }
});

test('a broken deck file is refused with the field path, and the deck already kept is intact', async () => {
  const p = await open('/');
  const { page } = p;
  try {
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
          country: null,
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
    await alert.waitFor();
    const message = await alert.innerText();
    assert.match(
      message,
      /broken\.deck\.json was not loaded: it is not a valid deck\. Your deck is unchanged\./,
    );
    assert.match(message, /slides\[2\]\.view\.year: expected a year between 1893 and 2025/);
    assert.equal(await dialog.getByLabel('Deck title').inputValue(), 'Kept deck');
    assert.deepEqual(await slideTitles(dialog), titles);
    await assertNoViolations(page, 'import error');

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
    await dialog.getByText('notes.txt was not loaded').waitFor();
    assert.match(await dialog.getByRole('alert').innerText(), /the file is not valid JSON/);

    await page.reload();
    dialog = await openBriefing(page);
    assert.equal(await dialog.getByLabel('Deck title').inputValue(), 'Kept deck');
    assert.deepEqual(await slideTitles(dialog), titles);
    await expectClean(p, 'broken import');
  } finally {
    await p.close();
  }
});

/**
 * Reads a PNG's size from its header, then compares it, halved, with a screenshot of the panel, in
 * the region given (the chart): the mean difference per colour channel (0–255) and how much is inked.
 */
async function inspectPng(page, bytes, shot, body) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const result = await page.evaluate(
    async ({ exported, onScreen, body }) => {
      const load = async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return img;
      };
      const [a, b] = await Promise.all([load(exported), load(onScreen)]);
      // Both at a quarter of the screen size: hatching and hairlines average out the same way,
      // while a wrong fill or a missing label still shows.
      const k = 0.25;
      const pixels = (img) => {
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(b.naturalWidth * k);
        canvas.height = Math.round(b.naturalHeight * k);
        const ctx = canvas.getContext('2d');
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

async function chooseExport(page, panel, item) {
  const section = page.locator(`[data-panel=${panel}]`);
  await section.getByRole('button', { name: /^Export/ }).click();
  const button = section.locator(`[data-export=${item}]`);
  await button.waitFor();
  return { section, button };
}

test('a PNG export draws the panel as the page does, at twice the size, the map too, offline', async () => {
  const p = await open('/');
  const { page } = p;
  try {
    for (const panel of ['trade', 'map']) {
      const section = page.locator(`[data-panel=${panel}]`);
      // On screen in full and clear of the sticky filter bar, so the screenshot is the panel alone.
      await section.evaluate((el) => el.scrollIntoView({ block: 'end' }));
      const clear = await section.evaluate(
        (el) =>
          el.getBoundingClientRect().top >=
          (document.querySelector('.filter-bar')?.getBoundingClientRect().bottom ?? 0),
      );
      assert.ok(clear, `${panel}: the panel fits below the filter bar for its screenshot`);
      await page.mouse.move(0, 0);
      // Wait until the panel has stopped moving (the map settles after fitting its bounds).
      let shot = await section.screenshot({ animations: 'disabled' });
      for (let i = 0; i < 20; i++) {
        await page.waitForTimeout(150);
        const next = await section.screenshot({ animations: 'disabled' });
        if (next.equals(shot)) break;
        shot = next;
      }
      const box = await section.boundingBox();
      // Compare the chart drawing (or, without one, the panel's body), inside the panel.
      const body = await section.evaluate((el) => {
        const outer = el.getBoundingClientRect();
        const svgs = [...el.querySelectorAll('.panel__body svg')]
          .map((svg) => svg.getBoundingClientRect())
          .filter((r) => r.width * r.height > 4000)
          .sort((a, b) => b.width * b.height - a.width * a.height);
        const r = svgs[0] ?? el.querySelector('.panel__body').getBoundingClientRect();
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
      await assertNoViolations(page, `export menu (${panel})`);
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      assert.match(
        download.suggestedFilename(),
        new RegExp(`^${panel}-\\d{4}-\\d{2}-\\d{2}\\.png$`),
      );
      const bytes = await readFile(await download.path());
      const { width, height, meanDiff, inked } = await inspectPng(page, bytes, shot, body);
      assert.ok(
        Math.abs(width - 2 * box.width) <= 4,
        `${panel}: width ${width} for ${box.width}px`,
      );
      assert.ok(
        Math.abs(height - 2 * box.height) <= 4,
        `${panel}: height ${height} for ${box.height}px`,
      );
      assert.ok(inked > 2000, `${panel}: only ${inked} inked pixels in the chart`);
      // Antialiasing differs a little; a lost stylesheet (black fills, missing labels) a lot.
      assert.ok(
        meanDiff < 6,
        `${panel}: the image differs from the page by ${meanDiff.toFixed(1)} per channel`,
      );
      await section.getByRole('status').filter({ hasText: 'Downloaded' }).waitFor();
    }
    await expectClean(p, 'PNG export');
  } finally {
    await p.close();
  }
});

const NUMBER = /[+-]?\d[\d,]*(?:\.\d+)?/g;
const clean = (text) => String(text ?? '').replace(/\u2212/g, '-');
/** Every figure in a row's cells, as numbers: "1,700" = 1700, "+1,050" = 1050, "−1.4%" = -1.4. */
const figures = (row) =>
  [
    ...new Set(
      row.flatMap((c) => [...clean(c).matchAll(NUMBER)].map((m) => Number(m[0].replace(/,/g, '')))),
    ),
  ].sort((a, b) => a - b);
/** A cell's words without its figures and punctuation; "no data" and dashes say nothing. */
const words = (text) => {
  const t = clean(text).replace(NUMBER, ' ').trim();
  return /^(no data|[—–-]*)$/i.test(t) ? [] : (t.toLowerCase().match(/[\p{L}]+/gu) ?? []);
};
const containsRun = (hay, needle) => hay.some((_, i) => needle.every((w, j) => hay[i + j] === w));

/*
 * "The CSV's rows equal the table", compared deliberately: the table is read as a person sees it
 * (visually hidden text left out), and each row must carry the same figures (compared as numbers,
 * so "1,700" = 1700 and "+1,050" = 1050; "no data" is an empty cell) and, cell by cell, the words
 * the table shows, in order, within one cell of the same CSV row (punctuation aside: the table's
 * "(original source: …)" is the CSV's "; original source: …"). The CSV may add columns.
 */
test('a CSV export of the visible rows equals the panel’s table', async () => {
  const p = await open('/');
  const { page } = p;
  try {
    const trade = page.locator('[data-panel=trade]');
    await trade.getByRole('button', { name: 'Table' }).click();
    const { button } = await chooseExport(page, 'trade', 'csv-visible');
    // Enabled once the panel has registered its rows for export (usePanelData).
    assert.equal(await button.getAttribute('aria-disabled'), null, await button.innerText());
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    assert.match(download.suggestedFilename(), /^trade-visible-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const [header, ...rows] = Papa.parse(text.trim()).data;

    const cells = await trade
      .locator('table')
      .first()
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...tr.cells].map((td) => {
            const copy = td.cloneNode(true);
            copy.querySelectorAll('.visually-hidden').forEach((el) => el.remove());
            return copy.textContent;
          }),
        ),
      );
    assert.ok(cells.length > 0, 'the table has rows');
    assert.equal(rows.length, cells.length, 'one CSV row per table row');
    cells.forEach((tableRow, i) => {
      const csvRow = rows[i];
      assert.deepEqual(figures(csvRow), figures(tableRow), `row ${i + 1}: the same figures`);
      const csvWords = csvRow.map(words);
      for (const cell of tableRow) {
        const shown = words(cell);
        if (shown.length === 0) continue;
        assert.ok(
          csvWords.some((w) => containsRun(w, shown)),
          `row ${i + 1}: the table shows "${cell.trim()}", the CSV row is ${JSON.stringify(csvRow)}`,
        );
      }
    });
    for (const column of ['unit', 'status', 'source']) {
      assert.ok(
        header.some((h) => h.toLowerCase().includes(column)),
        `the CSV has a ${column} column: ${JSON.stringify(header)}`,
      );
    }
    await expectClean(p, 'CSV export');
  } finally {
    await p.close();
  }
});

test('SVG export: a standalone file with title, legend (with "projected") and sources; not from a table', async () => {
  const p = await open('/');
  const { page } = p;
  try {
    const trade = page.locator('[data-panel=trade]');
    await trade.getByRole('button', { name: 'Table' }).click();
    let { button } = await chooseExport(page, 'trade', 'svg');
    assert.equal(await button.getAttribute('aria-disabled'), 'true');
    assert.match(await button.innerText(), /Switch to Chart to export SVG/);
    await page.keyboard.press('Escape');

    await trade.getByRole('button', { name: 'Chart' }).click();
    ({ button } = await chooseExport(page, 'trade', 'svg'));
    assert.equal(await button.getAttribute('aria-disabled'), null, await button.innerText());
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    assert.match(download.suggestedFilename(), /^trade-\d{4}-\d{2}-\d{2}\.svg$/);
    const text = await readFile(await download.path(), 'utf8');
    const check = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const texts = [...doc.querySelectorAll('text')].map((n) => n.textContent);
      const refs = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        title: doc.querySelector('svg > title')?.textContent,
        texts,
        missing: refs.filter((id) => !doc.getElementById(id)),
        external: /(href|src)="(https?:)?\/\//.test(svg),
      };
    }, text);
    assert.equal(check.error, null);
    assert.equal(check.title, 'Trade balance');
    assert.ok(check.texts.includes('Trade balance'));
    assert.ok(check.texts.includes('projected'), JSON.stringify(check.texts));
    assert.ok(
      check.texts.some((s) => s.startsWith('Sources:')),
      JSON.stringify(check.texts),
    );
    assert.deepEqual(check.missing, [], 'every url(#id) the drawing uses is in the file');
    assert.equal(check.external, false, 'no external references');

    // The map: every layer (provinces, the Durand Line…) and its HTML markers' names, offline.
    const mapExport = await chooseExport(page, 'map', 'svg');
    const [mapDownload] = await Promise.all([
      page.waitForEvent('download'),
      mapExport.button.click(),
    ]);
    const mapSvg = await readFile(await mapDownload.path(), 'utf8');
    const mapCheck = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        layers: doc.querySelectorAll('svg > g svg').length,
        texts: [...doc.querySelectorAll('text')].map((n) => n.textContent),
      };
    }, mapSvg);
    assert.equal(mapCheck.error, null);
    assert.ok(mapCheck.layers >= 2, `${mapCheck.layers} map layers`);
    for (const name of ['Border map', 'Kabul', 'Torkham']) {
      assert.ok(mapCheck.texts.includes(name), `${name} in ${JSON.stringify(mapCheck.texts)}`);
    }
    assert.ok(!/(href|src)="(https?:)?\/\//.test(mapSvg), 'no external references in the map');
    await expectClean(p, 'SVG export');
  } finally {
    await p.close();
  }
});

test('a small deck travels in a link; a large one says to use a file', async () => {
  const p = await open('/');
  const { page } = p;
  try {
    let dialog = await openBriefing(page);
    await dialog.getByRole('button', { name: 'Share deck link' }).click();
    await dialog.getByText('This deck is too large to share as a link').waitFor();

    // Keep two slides of the default deck and share those.
    while ((await slideTitles(dialog)).length > 2) {
      await dialog
        .getByRole('button', { name: /^Delete slide/ })
        .last()
        .click();
    }
    const titles = await slideTitles(dialog);
    await dialog.getByRole('button', { name: 'Share deck link' }).click();
    const link = await dialog.getByLabel('Link to this deck').inputValue();
    assert.match(link, /#deck=[A-Za-z0-9_-]+$/);
    assert.ok(link.length <= 2000, `${link.length} characters`);

    // Someone else opens it: the deck is offered, and taken only when they say so.
    const other = await newPage(suite.browser, suite.server);
    try {
      await other.page.goto(link);
      dialog = other.page.getByRole('dialog', { name: 'Briefing' });
      await dialog.getByRole('button', { name: 'Open the linked deck' }).click();
      assert.deepEqual(await slideTitles(dialog), titles);
      assert.equal(new URL(other.page.url()).hash, '', 'the deck is taken out of the address bar');
      await expectClean(other, 'opening a deck link');
    } finally {
      await other.close();
    }
    await expectClean(p, 'sharing a deck link');
  } finally {
    await p.close();
  }
});

test('Copy link copies the address of the current view and says so', async () => {
  const p = await newPage(suite.browser, suite.server, {
    contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
  });
  try {
    await p.goto('/?year=2021&themes=refugees');
    await p.page.getByRole('button', { name: 'Copy link' }).click();
    await p.page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    const copied = await p.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, p.page.url());
    assert.match(copied, /\?year=2021&themes=refugees$/);
  } finally {
    await p.close();
  }
});

test('an unreadable saved deck falls back to the default deck and says so', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await p.context.addInitScript(() => {
      localStorage.setItem('pak-afghan-dashboard:briefing-deck:v1', '{"state": {"deck": 42');
    });
    await p.goto('/');
    const dialog = await openBriefing(p.page);
    await dialog
      .getByRole('alert')
      .filter({ hasText: 'Your saved deck could not be read' })
      .waitFor();
    assert.equal(
      await dialog.getByLabel('Deck title').inputValue(),
      'Pakistan–Afghanistan relations: key figures',
    );
    assert.equal(
      await p.page.evaluate(() =>
        localStorage.getItem('pak-afghan-dashboard:briefing-deck:v1:unreadable'),
      ),
      '{"state": {"deck": 42',
    );
    await expectClean(p, 'unreadable saved deck');
  } finally {
    await p.close();
  }
});
