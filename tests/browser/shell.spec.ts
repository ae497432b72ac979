// The dashboard shell in the production build: the five panels with their figures and sources,
// filters in the address bar, panels a theme hides, links that do not match, broken data files,
// and the layout from a phone to a projector.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import {
  assertClean,
  expect,
  net,
  open,
  openFilters,
  panelStates,
  ready,
  screenshot,
  test,
} from './fixtures';

const ALL_PANELS = ['map', 'opinion', 'refugees', 'security', 'trade'];
const PANEL_HEADINGS = [
  'Border map',
  'Security incidents',
  'Trade balance',
  'Refugees by province',
  'Public opinion',
];

const shownHeadings = (page: Page) => page.locator('[data-panel]:not([hidden]) h2');
const filters = (page: Page) => page.getByRole('search', { name: 'Filters' });
const theme = (page: Page, name: string) =>
  filters(page).getByRole('button', { name, exact: true });

/** The element's top and height, the filter bar's bottom and the viewport's height. */
const placement = (page: Page, target: Locator) =>
  target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const bar = document.querySelector('[role=search]')?.getBoundingClientRect();
    return { top: r.top, barBottom: bar?.bottom ?? 0, height: r.height, viewport: innerHeight };
  });

/** Waits until `target` is on screen, not under the sticky filter bar. */
async function expectLandedOn(page: Page, target: Locator) {
  await expect
    .poll(async () => {
      const p = await placement(page, target);
      return p.height > 0 && p.top < p.viewport && p.top >= p.barBottom;
    })
    .toBe(true);
}

test('the app loads with its heading and all five panels showing real data and sources', async ({
  page,
}) => {
  await open(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Pakistan');
  expect(await panelStates(page)).toEqual({ ready: ALL_PANELS, failed: [] });
  for (const name of PANEL_HEADINGS) {
    await expect(page.getByRole('region', { name, exact: true })).toHaveCount(1);
  }
  // Real figures from the datasets, with their citations one click away.
  await expect(page.getByText('+56%').first()).toBeVisible();
  const sources = page.locator('#sources');
  await expect(sources).toContainText('JSSA 2025');
  await expect(sources).toContainText('UNHCR');
  await expect(sources).toContainText('Where sources disagree');
  await expect(sources).toContainText('All consistency checks pass');
  const citation = page
    .getByRole('region', { name: 'Trade balance' })
    .locator('a[href^="#source-"]')
    .first();
  const href = (await citation.getAttribute('href')) ?? '';
  expect(href).toMatch(/^#source-/);
  await citation.click();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
  const target = page.locator(`${href}:target`);
  await expect(target).toHaveCount(1);
  // The link lands on the citation, on screen and below the sticky filter bar.
  await expectLandedOn(page, target);

  await assertClean(page);
  await screenshot(page, 'shell-desktop');
});

test('a link to a source opened from outside lands on it once the sources have loaded', async ({
  page,
}) => {
  const { sources } = JSON.parse(
    await readFile(new URL('../../public/data/sources.json', import.meta.url), 'utf8'),
  ) as { sources: { id: string }[] };
  const id = `source-${sources.at(-1)?.id}`;
  await open(page, `/?year=2023#${id}`);
  const target = page.locator(`#${id}:target`);
  await expect(target).toHaveCount(1);
  await expectLandedOn(page, target);
  // The view in the link is kept: the fragment is visited again, the filters are not touched.
  expect(new URL(page.url()).search).toBe('?year=2023');
  await assertClean(page, { include: '#sources' });
});

test('a filter change shows in the URL, a reload restores it, and Back undoes it', async ({
  page,
}) => {
  await open(page);
  await theme(page, 'Security').click();
  await expect(page).toHaveURL(/themes=security/);
  await filters(page).getByRole('button', { name: 'Previous year' }).click();
  await expect(page).toHaveURL(/year=2023/);
  await expect(shownHeadings(page)).toHaveText(['Border map', 'Security incidents']);
  await openFilters(page);
  await expect(filters(page).getByRole('button', { name: 'Clear Theme: Security' })).toHaveCount(1);

  const url = page.url();
  await page.reload();
  await ready(page);
  expect(page.url()).toBe(url);
  await expect(theme(page, 'Security')).toHaveAttribute('aria-pressed', 'true');
  await expect(filters(page).locator('output')).toHaveText('2023');
  await expect(shownHeadings(page)).toHaveText(['Border map', 'Security incidents']);

  await page.goBack();
  await expect(page).not.toHaveURL(/year=/);
  await expect(filters(page).locator('output')).toHaveText('2024');
  await expect(page).toHaveURL(/themes=security/);
  await page.goBack();
  await expect.poll(() => new URL(page.url()).search).toBe('');
  await expect(shownHeadings(page)).toHaveCount(5);
  await ready(page);
  // Panels a theme hid come back with their data already loaded, and say they show it.
  await theme(page, 'Security').click();
  await theme(page, 'Security').click();
  await expect(shownHeadings(page)).toHaveCount(5);
  await ready(page);
  expect(await panelStates(page)).toEqual({ ready: ALL_PANELS, failed: [] });

  // A chip clears its filter.
  await open(page, '/?themes=trade,opinion&year=2021');
  await openFilters(page);
  await filters(page).getByRole('button', { name: 'Clear Theme: Trade' }).click();
  await expect.poll(() => new URL(page.url()).search).toBe('?year=2021&themes=opinion');
  await assertClean(page, { include: '[role=search]' });
});

test.describe('at 1280 × 900', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a panel a theme hides is out of sight, reach and print, and comes back drawn', async ({
    page,
    newContext,
  }) => {
    const layoutOf = (p: Page) =>
      p.locator('.panels > :not([hidden])').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return [
            (el as HTMLElement).dataset.panel ?? el.className,
            r.x,
            r.y + scrollY,
            r.width,
            r.height,
          ];
        }),
      );
    const drawing = (panel: string) =>
      page.locator(`[data-panel=${panel}]`).evaluate((s) => ({
        charts: [...s.querySelectorAll('.recharts-wrapper')].map(
          (w) => w.getBoundingClientRect().width,
        ),
        shapes: s.querySelectorAll('.recharts-surface path, .recharts-surface rect').length,
        map: [...s.querySelectorAll('.leaflet-container')].map(
          (m) => m.getBoundingClientRect().width,
        ),
        provinces: s.querySelectorAll('path.leaflet-interactive').length,
      }));

    await open(page);
    await expect(page.locator('[data-panel=trade] .recharts-surface rect').first()).toBeAttached();
    await expect(page.locator('[data-panel=map] path.leaflet-interactive').first()).toBeAttached();
    const trade = await drawing('trade');
    const map = await drawing('map');
    expect(trade.charts[0], 'the trade chart is drawn').toBeGreaterThan(0);
    expect(trade.shapes).toBeGreaterThan(0);
    expect(map.map[0], 'the map is drawn').toBeGreaterThan(0);
    expect(map.provinces).toBeGreaterThan(0);

    await theme(page, 'Security').click();
    const hidden = page.locator('[data-panel=trade]');
    await expect(hidden, 'kept in the page, hidden').toHaveAttribute('hidden', '');
    await expect(hidden).toBeHidden();
    await expect(page.getByRole('region', { name: 'Trade balance' })).toHaveCount(0);
    await expect(hidden.getByRole('button'), 'no buttons in the a11y tree').toHaveCount(0);
    // Nothing in it takes focus, by script or by Tab.
    expect(
      await hidden.evaluate((s) => {
        const focusable = s.querySelectorAll<HTMLElement>('button, a[href], input, [tabindex]');
        for (const el of focusable) el.focus();
        return focusable.length > 0 && !s.contains(document.activeElement);
      }),
    ).toBe(true);
    await page.locator('#panels').focus();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const inHidden = await page.evaluate(() =>
        Boolean(document.activeElement?.closest('[data-panel][hidden]')),
      );
      expect(inHidden, `Tab ${i + 1} reached a hidden panel`).toBe(false);
    }
    await expect(
      page.getByText(/3 panels are hidden by the theme filter \(Security\)/),
    ).toBeVisible();
    // The grid looks as it does when the hidden panels were never there.
    const layout = await layoutOf(page);
    const other = await (await newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await open(other, '/?themes=security');
    await expect(other.locator('[data-panel=trade]'), 'never shown: not rendered').toHaveCount(0);
    expect(await layoutOf(other)).toEqual(layout);

    await page.emulateMedia({ media: 'print' });
    expect(await hidden.evaluate((s) => getComputedStyle(s).display)).toBe('none');
    // The timeline, not drawn on screen until scrolled to, is printed.
    await expect
      .poll(() => page.locator('.timeline').innerText())
      .toMatch(/Timeline of events\s+\d+ (of \d+ )?events/);
    await page.emulateMedia({ media: 'screen' });

    // A year change while hidden; then the panel comes back, ready, drawn at its size, current.
    await filters(page).getByRole('button', { name: 'Previous year' }).click();
    await theme(page, 'Security').click();
    await expect.poll(() => new URL(page.url()).search).toBe('?year=2023');
    await ready(page);
    expect(await panelStates(page)).toEqual({ ready: ALL_PANELS, failed: [] });
    await expect(page.getByRole('region', { name: 'Trade balance' })).toBeVisible();
    await expect.poll(async () => (await drawing('trade')).charts).toEqual(trade.charts);
    expect((await drawing('trade')).shapes).toBeGreaterThan(0);

    // The map too: hidden by Opinion, shown again at the same size with its provinces.
    await theme(page, 'Opinion').click();
    await expect(page.locator('[data-panel=map]')).toBeHidden();
    await theme(page, 'Opinion').click();
    await ready(page);
    await expect.poll(() => drawing('map')).toEqual(map);
    await expect(page.locator('[data-panel=map] .leaflet-container')).toBeVisible();

    await assertClean(page);
  });
});

test('a malformed link is read as far as it can be, and says what it ignored', async ({ page }) => {
  await open(page, '/?year=20x4&themes=security,%3Cb%3E&province=PK-KP');
  const notice = page.locator('.notice');
  await expect(notice).toContainText('year=20x4');
  await expect(notice).toContainText('themes=security,<b>');
  await expect(notice.locator('b'), 'URL text is shown as text, not HTML').toHaveCount(0);
  await expect(page).toHaveURL(/province=PK-KP/);
  await expect(page).not.toHaveURL(/year=/);
  await assertClean(page, { include: '.notice' });
});

test('a link to a province or event the data does not have says so, and selects nothing', async ({
  page,
}) => {
  await open(page, '/?province=PK-ZZ&event=no-such-event&year=2010');
  const notice = page.locator('.notice');
  await expect(notice).toContainText('province=PK-ZZ (no province with this id in the data');
  await expect(notice).toContainText('event=no-such-event (no event with this id in the data');
  // Nothing claims the unknown ids: no chip, not in the address; the rest of the link holds.
  await openFilters(page);
  const chips = page.getByRole('list', { name: 'Active filters' });
  await expect(chips.getByRole('button')).toHaveText(['Year 2010×']);
  await expect(page).not.toHaveURL(/province|event/);
  await expect(page).toHaveURL(/year=2010/);
  await assertClean(page, { include: '[role=search]' });
});

test('a corrupted dataset shows an error naming the file in its own panel only, and Retry recovers', async ({
  page,
}) => {
  net(page).serve('/data/trade.json', { body: '{ "schemaVersion": 1, "records": [' });
  await open(page);
  expect(await panelStates(page)).toEqual({
    ready: ['map', 'opinion', 'refugees', 'security'],
    failed: ['trade'],
  });
  const alert = page.getByRole('region', { name: 'Trade balance' }).getByRole('alert');
  await expect(alert).toContainText('trade.json');
  await expect(alert).toContainText(/not valid JSON/i);
  await assertClean(page, { include: '[data-panel=trade]', label: 'the error' });
  await screenshot(page, 'shell-trade-error');

  net(page).clearOverrides();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('[data-panel=trade]')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('region', { name: 'Trade balance' }).getByRole('alert')).toHaveCount(
    0,
  );
});

test('a schema violation names the file and the field path; a missing file its status', async ({
  page,
  request,
  newContext,
}) => {
  const trade = (await (await request.get('/data/trade.json')).json()) as {
    records: Record<string, unknown>[];
  };
  trade.records[1].total = 'about 1,200';
  net(page).serve('/data/trade.json', { body: trade });
  await open(page);
  await expect(page.locator('[data-panel=trade] [role=alert]')).toContainText(
    'trade.json › records[1].total',
  );
  await expect(page.locator('[data-panel=security]')).toHaveAttribute('data-ready', 'true');

  const other = await (await newContext()).newPage();
  net(other).serve('/data/security-incidents.json', { status: 404, body: 'gone' });
  await open(other);
  const missing = other.locator('[data-panel=security] [role=alert]');
  await expect(missing).toContainText('security-incidents.json');
  await expect(missing).toContainText('404');
  await assertClean(other, { include: '[data-panel=security]' });
});

test('a broken sources.json or discrepancies.json leaves every panel showing its figures, with a note', async ({
  page,
}) => {
  net(page).serve('/data/sources.json', { status: 404, body: 'gone' });
  net(page).serve('/data/discrepancies.json', { body: '{ "schemaVersion": 1, ' });
  await open(page);
  expect(await panelStates(page)).toEqual({ ready: ALL_PANELS, failed: [] });
  const notes = page.getByRole('region', { name: 'Refugees by province' }).getByRole('note');
  // Mounting the panels asks once more for a file that failed: the notes follow its answer.
  await expect(notes).toHaveCount(2);
  await expect(notes.nth(0)).toHaveText(/^Sources are named by their ids: sources\.json: HTTP 404/);
  await expect(notes.nth(1)).toHaveText(
    /^Where sources disagree is not flagged: discrepancies\.json: not valid JSON/,
  );
  for (const name of ['Security incidents', 'Trade balance', 'Public opinion']) {
    await expect(page.getByRole('region', { name }).getByRole('note').first(), name).toContainText(
      /sources\.json: HTTP 404/,
    );
  }
  // The sources view, the place of both files, says what failed too.
  await expect(page.locator('#sources')).toContainText('sources.json');
  await assertClean(page, { include: '#sources' });
});

for (const width of [360, 1920]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test(`the layout holds without sideways scrolling at ${width} px`, async ({ page }) => {
      await open(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `no horizontal scroll (overflow ${overflow}px)`).toBeLessThanOrEqual(0);
      await assertClean(page);
      await screenshot(page, `shell-${width}`);
    });
  });
}
