// Exports: each panel's still (its static view, drawn from data) as SVG and PNG, its table drawn
// whole, and its rows as CSV, compared with what the panel shows.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { assertClean, expect, open, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 900 } });

const PANELS = ['map', 'security', 'trade', 'refugees', 'opinion'] as const;
const TITLES: Record<(typeof PANELS)[number], string> = {
  map: 'Border map',
  security: 'Security incidents',
  trade: 'Trade balance',
  refugees: 'Refugees by province',
  opinion: 'Public opinion',
};

/** Opens the panel's Export menu and returns the menu item for `item` (png, svg, csv-visible…). */
async function chooseExport(page: Page, panel: string, item: string) {
  const section = page.locator(`[data-panel=${panel}]`);
  await section.getByRole('button', { name: /^Export/ }).click();
  const button = section.locator(`[data-export=${item}]`);
  await expect(button).toBeVisible();
  return { section, button };
}

/** Exports `item` of `panel` and returns the downloaded file's name and bytes. */
async function download(page: Page, panel: string, item: 'svg' | 'png') {
  const { button } = await chooseExport(page, panel, item);
  await expect(button).not.toHaveAttribute('aria-disabled', /.*/);
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

const squash = (text: string | null | undefined) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();

interface SvgReading {
  error: string | null;
  title: string | null;
  width: number;
  height: number;
  /** Each <text>, its tspans joined by spaces. */
  texts: string[];
  /** Texts whose box reaches outside the figure's viewBox. */
  outside: string[];
  missingRefs: string[];
  external: boolean;
  interactive: number;
}

/**
 * Reads an exported SVG the way a viewer draws it: parsed on its own, drawn in a blank page at its
 * own size (outside the dashboard, whose Content-Security-Policy is not the file's), each text's
 * box measured against the figure's.
 */
async function readSvg(page: Page, svg: string): Promise<SvgReading> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
      document.body.style.margin = '0';
      document.body.append(root);
      const frame = root.getBoundingClientRect();
      const texts = [...root.querySelectorAll('text')];
      // A text's lines are tspans placed on their own (x or y given): read with a space between.
      const join = (t: Element) =>
        [...t.childNodes]
          .map((n) =>
            n instanceof Element && (n.hasAttribute('x') || n.hasAttribute('y'))
              ? ` ${n.textContent ?? ''}`
              : (n.textContent ?? ''),
          )
          .join('')
          .replace(/\s+/g, ' ')
          .trim();
      const outside = texts
        .filter((t) => {
          const r = t.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) return false;
          return (
            r.left < frame.left - 0.5 ||
            r.top < frame.top - 0.5 ||
            r.right > frame.right + 0.5 ||
            r.bottom > frame.bottom + 0.5
          );
        })
        .map(join);
      const refs = [...source.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!);
      return {
        error,
        title: root.querySelector(':scope > title')?.textContent ?? null,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        texts: texts.map(join),
        outside,
        missingRefs: refs.filter((id) => !root.querySelector(`[id="${id}"]`)),
        external: /(href|src)="(https?:)?\/\//.test(source),
        interactive: root.querySelectorAll('[role=button], [tabindex="0"], a').length,
      };
    }, svg);
  } finally {
    await blank.close();
  }
}

/**
 * What the panel's chart shows as words and figures: the labels drawn in its chart (values, years,
 * categories, names) and its legend's entries, as the page has them.
 */
async function shownLabels(page: Page, panel: string): Promise<string[]> {
  return page.locator(`[data-panel=${panel}] .panel__body`).evaluate((body) => {
    const shown = (el: Element) =>
      !el.closest('[hidden], .recharts-tooltip-wrapper, .leaflet-control-container') &&
      el.getClientRects().length > 0;
    const squashed = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    // A numeric axis's ticks depend on the width drawn at, so they are left out; the figures,
    // years, names and categories are not.
    const labels = [...body.querySelectorAll('svg text')]
      .filter((t) => shown(t) && !t.matches('.recharts-cartesian-axis-tick-value'))
      .map(squashed);
    const legend = [
      ...body.querySelectorAll('.chart-legend li, [data-legend-item], .map-legend__title'),
    ]
      .filter(shown)
      .map(squashed);
    return [...new Set([...labels, ...legend])].filter((t) => t !== '');
  });
}

test('each panel exports its still as SVG: what the panel shows, titled, sourced, dated, nothing outside the frame', async ({
  page,
}) => {
  await open(page);
  for (const panel of PANELS) {
    const { name, bytes } = await download(page, panel, 'svg');
    expect(name).toMatch(new RegExp(`^${panel}-\\d{4}-\\d{2}-\\d{2}\\.svg$`));
    const svg = await readSvg(page, bytes.toString('utf8'));
    expect(svg.error, `${panel}: the file parses`).toBeNull();
    expect(svg.title).toBe(TITLES[panel]);
    expect(svg.texts).toContain(TITLES[panel]);
    expect(svg.outside, `${panel}: text outside the figure`).toEqual([]);
    expect(svg.missingRefs, `${panel}: every url(#id) is in the file`).toEqual([]);
    expect(svg.external, `${panel}: no external references`).toBe(false);
    expect(svg.interactive, `${panel}: no buttons or links in a figure`).toBe(0);
    expect(
      svg.texts.some((t) => t.startsWith('Source')),
      `${panel}: sources line`,
    ).toBe(true);
    expect(svg.texts.join(' ')).toContain(`View: ${page.url()}`);
    expect(svg.texts.some((t) => /^Exported \d{4}-\d{2}-\d{2}/.test(t))).toBe(true);
    const joined = ` ${svg.texts.join(' | ')} `;
    for (const label of await shownLabels(page, panel)) {
      expect(joined, `${panel}: the panel shows "${label}"`).toContain(label);
    }
    if (panel === 'map') {
      // The map's names and its colour key (the old export had none), drawn with no tiles.
      for (const label of ['Kabul', 'Torkham', 'Islamabad', '<1%', '≥30%', 'Durand Line']) {
        expect(joined, `map: "${label}"`).toContain(label);
      }
    }
  }
  await assertClean(page, { label: 'SVG exports' });
});

test('a PNG export is its SVG drawn at twice the size', async ({ page }) => {
  await open(page, '/?year=2023');
  for (const panel of ['security', 'map'] as const) {
    const svg = await download(page, panel, 'svg');
    const png = await download(page, panel, 'png');
    expect(png.name).toMatch(new RegExp(`^${panel}-\\d{4}-\\d{2}-\\d{2}\\.png$`));
    expect([...png.bytes.subarray(0, 8)], 'PNG signature').toEqual([
      137, 80, 78, 71, 13, 10, 26, 10,
    ]);
    const { width, height } = await readSvg(page, svg.bytes.toString('utf8'));
    expect(png.bytes.readUInt32BE(16)).toBe(2 * width);
    expect(png.bytes.readUInt32BE(20)).toBe(2 * height);
    // The PNG against the SVG drawn by the browser at the same size: the same picture.
    const { meanDiff, inked } = await page.evaluate(
      async ({ svgText, pngUrl }) => {
        const load = async (src: string) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          return img;
        };
        const svgUrl = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
        const [a, b] = await Promise.all([load(pngUrl), load(svgUrl)]);
        const pixels = (img: HTMLImageElement) => {
          const canvas = document.createElement('canvas');
          canvas.width = a.naturalWidth;
          canvas.height = a.naturalHeight;
          const ctx = canvas.getContext('2d')!;
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, canvas.width, canvas.height);
          ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
          return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        };
        const pa = pixels(a);
        const pb = pixels(b);
        let diff = 0;
        let inked = 0;
        for (let i = 0; i < pa.length; i += 4) {
          for (let c = 0; c < 3; c++) diff += Math.abs(pa[i + c]! - pb[i + c]!);
          if (pa[i]! < 200 || pa[i + 1]! < 200 || pa[i + 2]! < 200) inked++;
        }
        return { meanDiff: diff / ((pa.length / 4) * 3), inked };
      },
      {
        svgText: svg.bytes.toString('utf8'),
        pngUrl: `data:image/png;base64,${png.bytes.toString('base64')}`,
      },
    );
    expect(inked, `${panel}: inked pixels`).toBeGreaterThan(20_000);
    expect(meanDiff, `${panel}: mean difference from its SVG per channel`).toBeLessThan(2);
  }
  await expect(
    page.locator('[data-panel=map]').getByRole('status').filter({ hasText: 'Downloaded' }),
  ).toBeVisible();
});

test('in Table mode an image export draws the table whole: every column, every row, every cell', async ({
  page,
}) => {
  await open(page);
  const trade = page.locator('[data-panel=trade]');
  await trade.getByRole('button', { name: 'Table' }).click();
  const { name, bytes } = await download(page, 'trade', 'svg');
  expect(name).toMatch(/^trade-table-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = await readSvg(page, bytes.toString('utf8'));
  expect(svg.outside, 'text outside the figure').toEqual([]);
  const { button } = await chooseExport(page, 'trade', 'csv-visible');
  const [csvFile] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = (await readFile(await csvFile.path(), 'utf8')).replace(/^\uFEFF/, '');
  const [header, ...rows] = withoutStamp(Papa.parse<string[]>(text.trim()).data);
  // Cells wrap over lines inside their column: compare words in order, on the whole drawing,
  // figures without their thousands separators ("1,700" is the CSV's 1700).
  const plain = (text: string) =>
    squash(text)
      .replace(/\u2212/g, '-')
      .replace(/(\d),(\d{3})/g, '$1$2');
  const drawn = plain(svg.texts.join(' '));
  for (const cell of [...header!, ...rows.flat()]) {
    expect(drawn, `the drawn table has "${cell}"`).toContain(plain(cell) || 'no data');
  }
  await assertClean(page, { include: '[data-panel=trade]', label: 'table export' });
});

/** The last two columns of every CSV export: the view's link and the export's date. */
const STAMP = ['Exported from (link)', 'Exported'];
/** A CSV's rows without those columns (an image export carries them under the figure instead). */
const withoutStamp = (rows: string[][]) => {
  expect(rows[0]!.slice(-2), 'the CSV ends with the link and date columns').toEqual(STAMP);
  return rows.map((row) => row.slice(0, -2));
};

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
  const parsed = Papa.parse<string[]>(text.trim()).data;
  // Every row carries the view's link and the export's date, as it carries its unit.
  expect(parsed[0]!.slice(-2)).toEqual(STAMP);
  const today = new Date().toISOString().slice(0, 10);
  for (const row of parsed.slice(1)) expect(row.slice(-2)).toEqual([page.url(), today]);
  const [header, ...rows] = withoutStamp(parsed);

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
