// Security incidents and Trade balance panels, and the year Play control, in the production build.
import type { Locator, Page } from '@playwright/test';
import { assertClean, expect, open, screenshot, test } from './fixtures';

const PANELS = ['#panel-security', '#panel-trade'];

const security = (page: Page) => page.getByRole('region', { name: 'Security incidents' });
const trade = (page: Page) => page.getByRole('region', { name: 'Trade balance' });
/** The year shown in the filter bar. */
const shownYear = (page: Page) => page.getByRole('search', { name: 'Filters' }).locator('output');
/** A year on a chart's axis: a button. */
const tick = (panel: Locator, year: number) => panel.locator(`[role=button][data-year="${year}"]`);
const yearIs = (year: number) => new RegExp(`[?&]year=${year}(&|$)`);

/** The text of each cell in the table row whose year button is `year`. */
function rowCells(panel: Locator, year: number) {
  return panel
    .getByRole('row')
    .filter({ has: panel.page().getByRole('button', { name: `Select ${year}`, exact: true }) })
    .getByRole('cell')
    .allInnerTexts();
}

test('clicking the 2021 security bar selects 2021 everywhere', async ({ page }) => {
  await open(page);
  // 2022 has no figure: an empty outline saying so, and no bar.
  await expect(security(page).locator('.year-gap[data-year="2022"]')).toHaveText('no data');
  await expect(security(page).locator('rect[data-year="2022"][data-series]')).toHaveCount(0);
  // 2024 is projected: hatched, and said in words under the year.
  const projected = security(page).locator('rect[data-year="2024"][data-series]');
  await expect(projected).toHaveCount(3);
  for (const fill of await projected.evaluateAll((els) => els.map((e) => e.getAttribute('fill')))) {
    expect(fill).toMatch(/^url\(#[\w-]+-projected-/);
  }
  await expect(tick(security(page), 2024)).toHaveAccessibleName('2024 projected: 290 incidents');
  await expect(tick(security(page), 2024)).toHaveText('2024 projected');

  await security(page).locator('rect[data-year="2021"][data-series="totalOnly"]').click();
  await expect(page).toHaveURL(yearIs(2021));
  await expect(shownYear(page)).toHaveText('2021');
  await expect(tick(security(page), 2021)).toHaveAttribute('aria-pressed', 'true');
  // The trade panel highlights the same year: its tick pressed, its bar outlined.
  await expect(tick(trade(page), 2021)).toHaveAttribute('aria-pressed', 'true');
  await expect(trade(page).locator('.year-band--selected')).toHaveAttribute('data-year', '2021');
  await expect(trade(page).locator('.year-selected-outline')).toHaveCount(1);
  await expect(tick(trade(page), 2024)).toHaveAttribute('aria-pressed', 'false');

  await assertClean(page, { include: PANELS, label: 'charts' });
});

test('a year can be chosen from the keyboard on the chart’s axis', async ({ page }) => {
  await open(page, '/?year=2023');
  // The year buttons are one Tab stop, the year in focus.
  await expect(tick(security(page), 2023)).toHaveAttribute('tabindex', '0');
  await expect(tick(security(page), 2020)).toHaveAttribute('tabindex', '-1');
  await tick(security(page), 2023).focus();
  // ← steps one year back from the year in focus (it used to jump to the first year).
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(yearIs(2022));
  await expect(tick(security(page), 2022)).toBeFocused();
  await expect(tick(security(page), 2022)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  // 2024 is the default year: the address no longer names one.
  await expect(page).not.toHaveURL(/year=/);
  await expect(shownYear(page)).toHaveText('2024');
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(yearIs(2020));
  await expect(tick(security(page), 2020)).toBeFocused();

  // The trade chart's buttons: Tab reaches the year in focus; Enter and Space select a year.
  await tick(trade(page), 2020).focus();
  await page.keyboard.press('End');
  await expect(page).not.toHaveURL(/year=/);
  await tick(trade(page), 2019).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(yearIs(2019));
  await tick(trade(page), 2021).focus();
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(yearIs(2021));
  await assertClean(page, { include: PANELS });
});

test('the tables give exact figures, with "no data" for the gaps', async ({ page }) => {
  await open(page);
  await trade(page)
    .getByRole('group', { name: 'Trade balance: view as' })
    .getByRole('button', { name: 'Table' })
    .click();
  await security(page)
    .getByRole('group', { name: 'Security incidents: view as' })
    .getByRole('button', { name: 'Table' })
    .click();
  await expect(trade(page).getByRole('table').first()).toBeVisible();
  await expect(security(page).getByRole('table').first()).toBeVisible();

  const t2024 = await rowCells(trade(page), 2024);
  expect(t2024.slice(1, 5)).toEqual(['1,400', '350', '1,750', '+1,050 (Pakistan surplus)']);
  expect(t2024.join(' ')).toMatch(/projected/);
  const t2020 = await rowCells(trade(page), 2020);
  expect(t2020.slice(1, 5)).toEqual(['no data', 'no data', 'no data', 'no data']);
  expect((await rowCells(trade(page), 2019))[3]).toBe('1,700');

  const s2022 = await rowCells(security(page), 2022);
  expect(s2022[1]).toBe('no data');
  expect(s2022).not.toContain('0');
  const s2024 = await rowCells(security(page), 2024);
  expect(s2024.slice(1, 5)).toEqual(['290', '140', '80', '70']);
  expect(s2024.join(' ')).toMatch(/projected/);
  // The source cell gives the document's own words beside its name and locator.
  expect(s2024.at(-1)).toBe('JSSA 2025, Table 3: “2024 140 80 70 290”');

  // Choosing a year in a table selects it everywhere too.
  await trade(page).getByRole('button', { name: 'Select 2022', exact: true }).click();
  await expect(page).toHaveURL(yearIs(2022));
  await expect(
    security(page).getByRole('button', { name: 'Select 2022', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/tables=security%2Ctrade|tables=security,trade/);

  await assertClean(page, { include: PANELS, label: 'tables' });
  await screenshot(page, 'security-trade-tables');
});

test('the connectivity projects: n/a kept, disagreements flagged and linked', async ({ page }) => {
  // With the connectivity theme alone, the panel opens on the projects.
  await open(page, '/?themes=connectivity');
  await expect(trade(page).getByRole('button', { name: 'Connectivity projects' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(trade(page).locator('.connectivity-na text')).toHaveText('n/a');
  const flags = trade(page).getByRole('list', { name: 'Where the sources disagree' });
  await expect(flags.getByRole('link', { name: /CPEC investment: 62 or 65/ })).toHaveAttribute(
    'href',
    '#discrepancy-cpec-investment',
  );
  await flags.getByRole('link', { name: /APTTA/ }).click();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#discrepancy-aptta-trade-gain');
  await expect(page.locator('#discrepancy-aptta-trade-gain')).toBeVisible();
  await assertClean(page, { include: PANELS, label: 'connectivity chart' });

  await trade(page).getByRole('button', { name: 'Table' }).click();
  const apttaRow = trade(page).getByRole('row').filter({ hasText: 'APTTA' });
  await expect(apttaRow).toContainText('n/a');
  await expect(apttaRow).toContainText('Trust deficit');
  await assertClean(page, { include: PANELS, label: 'connectivity table' });
});

test('Play steps through the years with one history entry, and pauses', async ({ page }) => {
  // The player steps once every 1.2 s (PLAY_STEP_MS): the page's clock is moved by hand.
  await page.clock.install();
  await open(page, '/?year=2021&range=2019-2024');
  const startLength = await page.evaluate(() => history.length);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);

  const play = page.getByRole('button', { name: 'Play through the years' });
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await play.click();
  const pause = page.getByRole('button', { name: 'Pause' });
  await expect(pause).toHaveAttribute('aria-pressed', 'true');
  await page.clock.runFor(2 * 1200 + 200);
  await expect(shownYear(page)).toHaveText('2023');
  await expect(page).toHaveURL(yearIs(2023));
  await pause.click();
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await page.clock.runFor(3 * 1200);
  await expect(shownYear(page), 'still after Pause').toHaveText('2023');
  await expect(page, 'the address bar has the year playing stopped at').toHaveURL(yearIs(2023));
  expect(await page.evaluate(() => history.length)).toBe(startLength + 1);

  // Back returns to the year before playing, not one step back.
  await page.goBack();
  await page.clock.runFor(100);
  await expect(page).toHaveURL(yearIs(2021));
  await expect(shownYear(page)).toHaveText('2021');

  // Changing the year by hand pauses playing.
  await play.click();
  await tick(security(page), 2020).click();
  await page.clock.runFor(100);
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await page.clock.runFor(3 * 1200);
  await expect(page).toHaveURL(yearIs(2020));
  await expect(shownYear(page)).toHaveText('2020');

  // axe waits on timers of its own: the clock runs on again for it.
  await page.clock.resume();
  await assertClean(page, { include: '[role=search]' });
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('both panels are readable at 360 px wide', async ({ page }) => {
    await open(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'no sideways scrolling').toBe(0);
    for (const panel of [security(page), trade(page)]) {
      const box = await panel.locator('.recharts-surface').first().boundingBox();
      expect(box?.width ?? 0, 'the chart fits').toBeGreaterThanOrEqual(280);
      expect(box?.width ?? 0, 'the chart fits').toBeLessThanOrEqual(340);
    }
    for (const year of [2019, 2024]) await expect(tick(trade(page), year)).toBeVisible();
    for (const year of [2020, 2024]) await expect(tick(security(page), year)).toBeVisible();
    await trade(page).locator('rect[data-year="2022"][data-series="totalOnly"]').click();
    await expect(page).toHaveURL(yearIs(2022));
    await assertClean(page, { include: PANELS, label: '360 px' });
    await screenshot(page, 'security-trade-360');
  });
});

test('the disagreements about the security and trade figures are flagged beside them, one click from the note', async ({
  page,
}) => {
  await open(page);
  const flags = (panel: Locator) =>
    panel.getByRole('list', { name: 'Where the sources disagree' }).getByRole('link');
  await expect(flags(security(page))).toHaveText([
    /^Attacks “have grown since 2021” \(JSSA’s text, the security-dilemma study, Punjab Today\), but JSSA’s own incident counts fall$/,
    /^2023: fatalities up 56% .* while incidents fell .*: different measures$/,
  ]);
  await expect(flags(trade(page))).toHaveText([
    /^JSSA 2025: trade “projected to expand substantially”/,
  ]);
  await flags(security(page)).last().click();
  await expect(page.locator('#discrepancy-fatalities-rise-vs-incidents-fall:target')).toContainText(
    'Different measures',
  );
  await assertClean(page, { include: PANELS, label: 'disagreement flags' });
});
