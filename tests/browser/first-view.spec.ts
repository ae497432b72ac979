// The default view baked into dist/index.html at build (scripts/bake.mjs): read with JavaScript
// off, drawn from the first frame and replaced by the app without a shift or an empty frame, and
// never shown under a link that carries a view of its own.
import type { Page } from '@playwright/test';
import { assertClean, expect, open, test } from './fixtures';

const PANELS = ['map', 'security', 'trade', 'refugees', 'opinion'];
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

interface FrameLog {
  frames: {
    /** The page was still being parsed: a panel may have arrived in part, as in any HTML page. */
    parsing: boolean;
    baked: boolean;
    shown: number;
    drawn: number;
    bakedFigures: number;
    linkedNote: boolean;
  }[];
  placeholders: number;
  cls: number;
}

/**
 * Records, before the page's own scripts run, what each painted frame shows (a rAF callback runs
 * before every frame is drawn): the panels on screen and how many of them show their figures,
 * whether the baked markup is still there, and any loading placeholder ever added. Plus layout shifts.
 */
function recordFrames(page: Page) {
  return page.addInitScript(() => {
    const log = {
      frames: [] as FrameLog['frames'],
      placeholders: 0,
      cls: 0,
    };
    Object.assign(window, { __frames: log });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
        log.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // A panel's skeleton, the key figures' placeholder, a "Loading …" line.
    const loading = (el: Element) =>
      [el, ...el.querySelectorAll('*')].some(
        (e) =>
          e.matches('.skeleton, .key-figures--loading') ||
          (e.matches('[role=status]') && (e.textContent ?? '').startsWith('Loading')),
      );
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) if (n instanceof Element && loading(n)) log.placeholders += 1;
    }).observe(document, { childList: true, subtree: true });
    const onScreen = (el: Element) => el.checkVisibility({ visibilityProperty: true });
    const tick = () => {
      const shown = [...document.querySelectorAll('[data-panel]')].filter(onScreen);
      const drawn = shown.filter((p) => p.querySelector('svg path, svg rect, table td'));
      const bakedFigures = [
        ...document.querySelectorAll('[data-baked] :is([data-panel], .key-figure, .timeline)'),
      ].filter(onScreen).length;
      const baked = document.querySelector('[data-baked]') !== null;
      const note = document.querySelector('.baked-linked');
      const linkedNote = note !== null && onScreen(note);
      log.frames.push({
        parsing: document.readyState === 'loading',
        baked,
        shown: shown.length,
        drawn: drawn.length,
        bakedFigures,
        linkedNote,
      });
      if (baked || shown.length === 0 || log.frames.length < 600) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

const frameLog = (page: Page) =>
  page.evaluate(() => (window as unknown as { __frames: FrameLog }).__frames);

test('with JavaScript off, the page reads every panel’s figures and says what needs JavaScript', async ({
  page,
  newContext,
}) => {
  // What a person reads in each panel's Table view with JavaScript on.
  await open(page, `/?tables=${PANELS.join(',')}`);
  const cells = await page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-panel]')].map((panel) => [
        panel.dataset.panel,
        [...panel.querySelectorAll<HTMLElement>('.data-table :is(td, th)')].map((c) => c.innerText),
      ]),
    ),
  );
  const keyFigures = await page.locator('.key-figure__value').allInnerTexts();
  const events = await page.locator('.timeline li').count();
  expect(Object.keys(cells).sort()).toEqual([...PANELS].sort());

  const off = await (await newContext({ javaScriptEnabled: false })).newPage();
  await off.goto('/');
  // (In a <noscript>, which Playwright's text selectors skip.)
  const note = off.locator('.baked-note');
  await expect(note).toBeVisible();
  await expect(note).toHaveText(
    'This is the dashboard’s default view, as built. Filtering, the map, exports and briefing mode need JavaScript.',
  );
  for (const id of PANELS) {
    const text = squash(await off.locator(`[data-panel=${id}]`).innerText());
    expect(cells[id].length, `panel ${id} has table cells`).toBeGreaterThan(5);
    for (const cell of cells[id]) expect(text, `panel ${id}`).toContain(squash(cell));
  }
  const strip = squash(await off.getByRole('region', { name: 'Key figures' }).innerText());
  for (const figure of keyFigures) expect(strip).toContain(squash(figure));
  await expect(off.locator('.timeline li')).toHaveCount(events);
  await expect(off.getByRole('heading', { name: 'Sources and data checks' })).toBeVisible();
  // The controls that do nothing without JavaScript are not offered.
  await expect(off.getByRole('button', { name: /^Export/ })).toHaveCount(0);
  for (const name of ['Copy link', 'Print', 'Briefing', 'Play through the years'])
    await expect(off.getByRole('button', { name, exact: true })).toBeHidden();
  await expect(off.getByRole('slider', { name: 'Year in focus', exact: true })).toBeHidden();
});

test('the default view is drawn from the first frame, and the app takes it over with no shift, no empty panel and no placeholder', async ({
  page,
}) => {
  await recordFrames(page);
  await open(page);
  await expect(page.locator('[data-baked]')).toHaveCount(0);
  const log = await frameLog(page);
  const painted = log.frames.filter((f) => f.shown > 0);
  expect(painted[0]?.baked, 'the first frame with panels is the baked view').toBe(true);
  // Once the page has arrived, every panel on screen shows its figures in every frame, the baked
  // page's and the app's. (While it is parsed, a frame may show a panel whose figures are still
  // on their way, as the same page as plain HTML would.)
  const arrived = painted.filter((f) => !f.parsing);
  expect(
    arrived.some((f) => f.baked),
    'the baked view was on screen once parsed',
  ).toBe(true);
  expect(arrived.filter((f) => f.drawn < f.shown)).toEqual([]);
  expect(painted.at(-1)).toMatchObject({ baked: false, shown: PANELS.length });
  expect(log.placeholders).toBe(0);
  expect(log.cls).toBe(0);
  await assertClean(page);
});

test('a link with a view of its own never shows the default view’s figures, not even in its first frame', async ({
  page,
}) => {
  await recordFrames(page);
  await open(page, '/?year=2019&themes=security');
  const log = await frameLog(page);
  expect(log.frames.filter((f) => f.bakedFigures > 0)).toEqual([]);
  // Until the app draws the link's view, the page says it is opening it.
  expect(log.frames.some((f) => f.linkedNote)).toBe(true);
  // What shows is the link's own view: 2019 in focus, the security panel and the map only.
  await expect(page.locator('.year-control__value')).toHaveText('2019');
  await expect(page.locator('[data-panel]:not([hidden])')).toHaveCount(2);
  await assertClean(page);
});

test('a link to a source on the default view lands on it below the filter bar, on the baked page and after the take-over', async ({
  page,
}) => {
  await recordFrames(page);
  await open(page, '/#source-gazetteer');
  const log = await frameLog(page);
  expect(
    log.frames.some((f) => f.baked && f.bakedFigures > 0),
    'the baked view was shown',
  ).toBe(true);
  const target = page.locator('#source-gazetteer:target');
  await expect(target).toHaveCount(1);
  const place = await target.evaluate((el) => ({
    top: el.getBoundingClientRect().top,
    bar: document.querySelector('[role=search]')!.getBoundingClientRect().bottom,
    viewport: innerHeight,
  }));
  expect(place.top).toBeGreaterThanOrEqual(place.bar);
  expect(place.top).toBeLessThan(place.viewport);
  await assertClean(page, { include: '#sources' });
});
