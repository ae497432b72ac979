// Security incidents and Trade balance panels, and the year Play control, in the production build.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkA11y,
  expectUrl,
  formatViolations,
  newPage,
  screenshot,
  setupSuite,
  waitForPanels,
} from './harness.mjs';

const suite = setupSuite();

const PANELS = ['#panel-security', '#panel-trade'];

/** Opens a path and waits until every panel shows its data. */
async function open(p, path = '/') {
  await p.goto(path);
  const { failed } = await waitForPanels(p.page);
  assert.deepEqual(failed, [], 'every panel shows its data');
}

const yearParam = (page) => new URL(page.url()).searchParams.get('year');

/** The text of each cell in the table row whose year button is `year`. */
async function rowCells(panel, year) {
  const row = panel
    .locator('tr')
    .filter({ has: panel.page().getByRole('button', { name: `Select ${year}`, exact: true }) });
  return row.locator('td').allInnerTexts();
}

async function assertAccessible(page, label) {
  const violations = await checkA11y(page, { include: PANELS });
  assert.equal(violations.length, 0, `${label}: ${formatViolations(violations)}`);
}

function assertNoErrors(p) {
  assert.deepEqual(p.pageErrors, []);
  assert.deepEqual(p.appConsoleErrors(), []);
  assert.deepEqual(p.httpErrors, []);
  assert.deepEqual(p.blockedRequests, []);
}

test('clicking the 2021 security bar selects 2021 everywhere', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await open(p);
    const security = p.page.locator('#panel-security');
    const trade = p.page.locator('#panel-trade');

    // 2022 has no figure: an empty outline saying so, and no bar.
    assert.equal(await security.locator('.year-gap[data-year="2022"]').textContent(), 'no data');
    assert.equal(await security.locator('rect[data-year="2022"][data-series]').count(), 0);
    // 2024 is projected: hatched, and said in words under the year.
    const projected = security.locator('rect[data-year="2024"][data-series]');
    // recharts draws its bars in a second pass, after the panel has its data.
    await projected.first().waitFor();
    assert.equal(await projected.count(), 3);
    for (const fill of await projected.evaluateAll((els) =>
      els.map((e) => e.getAttribute('fill')),
    )) {
      assert.match(fill, /^url\(#projected-/);
    }
    assert.match(
      await security.locator('[role=button][data-year="2024"]').getAttribute('aria-label'),
      /^2024 projected: 290 incidents$/,
    );
    assert.equal(
      await security.locator('[role=button][data-year="2024"]').textContent(),
      '2024 projected',
    );

    await security.locator('rect[data-year="2021"][data-series="totalOnly"]').click();
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2021');
    assert.equal(yearParam(p.page), '2021');
    assert.equal(await p.page.locator('.year-control__value').innerText(), '2021');
    assert.equal(
      await security.locator('[role=button][data-year="2021"]').getAttribute('aria-pressed'),
      'true',
    );
    // The trade panel highlights the same year: its tick pressed, its bar outlined.
    assert.equal(
      await trade.locator('[role=button][data-year="2021"]').getAttribute('aria-pressed'),
      'true',
    );
    assert.equal(await trade.locator('.year-band--selected').getAttribute('data-year'), '2021');
    assert.equal(await trade.locator('.year-selected-outline').count(), 1);
    assert.equal(
      await trade.locator('[role=button][data-year="2024"]').getAttribute('aria-pressed'),
      'false',
    );

    await assertAccessible(p.page, 'charts');
    assertNoErrors(p);
  } finally {
    await p.close();
  }
});

test('a year can be chosen from the keyboard on the chart’s axis', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await open(p);
    const tick = p.page.locator('#panel-trade [role=button][data-year="2019"]');
    await tick.focus();
    await p.page.keyboard.press('Enter');
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2019');
    await p.page.locator('#panel-security [role=button][data-year="2023"]').focus();
    await p.page.keyboard.press(' ');
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2023');
    assert.equal(await p.page.locator('.year-control__value').innerText(), '2023');

    // The chart itself: arrow keys move recharts' tooltip from year to year, Enter selects.
    await p.page.locator('#panel-security svg.recharts-surface').focus();
    await p.page.keyboard.press('ArrowRight');
    await p.page.keyboard.press('ArrowRight');
    const tooltip = p.page.locator('#panel-security .chart-tooltip');
    await tooltip.waitFor();
    const shown = (await tooltip.locator('.chart-tooltip__title').innerText()).slice(0, 4);
    await p.page.keyboard.press('Enter');
    await p.page.waitForFunction(
      (y) => new URL(location.href).searchParams.get('year') === y,
      shown,
    );
    assert.match(shown, /^20(2[0-4])$/);
    assert.notEqual(shown, '2023');
    assertNoErrors(p);
  } finally {
    await p.close();
  }
});

test('the tables give exact figures, with "no data" for the gaps', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await open(p);
    const trade = p.page.locator('#panel-trade');
    const security = p.page.locator('#panel-security');
    await trade
      .getByRole('group', { name: 'Trade balance: view as' })
      .getByRole('button', { name: 'Table' })
      .click();
    await security
      .getByRole('group', { name: 'Security incidents: view as' })
      .getByRole('button', { name: 'Table' })
      .click();
    await trade.locator('table').waitFor();
    await security.locator('table').waitFor();

    const t2024 = await rowCells(trade, 2024);
    assert.deepEqual(t2024.slice(1, 5), ['1,400', '350', '1,750', '+1,050 (Pakistan surplus)']);
    assert.match(t2024.join(' '), /projected/);
    const t2020 = await rowCells(trade, 2020);
    assert.deepEqual(t2020.slice(1, 5), ['no data', 'no data', 'no data', 'no data']);
    assert.equal((await rowCells(trade, 2019))[3], '1,700');

    const s2022 = await rowCells(security, 2022);
    assert.equal(s2022[1], 'no data');
    assert.ok(!s2022.includes('0'));
    const s2024 = await rowCells(security, 2024);
    assert.deepEqual(s2024.slice(1, 5), ['290', '140', '80', '70']);
    assert.match(s2024.join(' '), /projected/);

    // Choosing a year in a table selects it everywhere too.
    await trade.getByRole('button', { name: 'Select 2022', exact: true }).click();
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2022');
    assert.equal(
      await security
        .getByRole('button', { name: 'Select 2022', exact: true })
        .getAttribute('aria-pressed'),
      'true',
    );
    await expectUrl(p.page, /tables=security%2Ctrade|tables=security,trade/);

    await assertAccessible(p.page, 'tables');
    await screenshot(p.page, 'security-trade-tables');
    assertNoErrors(p);
  } finally {
    await p.close();
  }
});

test('the connectivity projects: n/a kept, disagreements flagged and linked', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    // With the connectivity theme alone, the panel opens on the projects.
    await open(p, '/?themes=connectivity');
    const trade = p.page.locator('#panel-trade');
    assert.equal(
      await trade
        .getByRole('button', { name: 'Connectivity projects' })
        .getAttribute('aria-pressed'),
      'true',
    );
    assert.equal(await trade.locator('.connectivity-na text').textContent(), 'n/a');
    const flags = trade.getByRole('list', { name: 'Where the sources disagree' });
    assert.equal(
      await flags.getByRole('link', { name: /CPEC investment: 62 or 65/ }).getAttribute('href'),
      '#discrepancy-cpec-investment',
    );
    await flags.getByRole('link', { name: /APTTA/ }).click();
    await p.page.waitForFunction(() => location.hash === '#discrepancy-aptta-trade-gain');
    assert.ok(await p.page.locator('#discrepancy-aptta-trade-gain').isVisible());
    await assertAccessible(p.page, 'connectivity chart');

    await trade.getByRole('button', { name: 'Table' }).click();
    const apttaRow = trade.locator('tr', { hasText: 'APTTA' });
    assert.match(await apttaRow.innerText(), /n\/a/);
    assert.match(await apttaRow.innerText(), /Trust deficit/);
    await assertAccessible(p.page, 'connectivity table');
    assertNoErrors(p);
  } finally {
    await p.close();
  }
});

test('Play steps through the years with one history entry, and pauses', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await open(p, '/?year=2021&range=2019-2024');
    const startLength = await p.page.evaluate(() => history.length);
    const play = p.page.getByRole('button', { name: 'Play through the years' });
    assert.equal(await play.getAttribute('aria-pressed'), 'false');
    await play.click();
    const pause = p.page.getByRole('button', { name: 'Pause' });
    assert.equal(await pause.getAttribute('aria-pressed'), 'true');
    await p.page.waitForFunction(
      () => new URL(location.href).searchParams.get('year') === '2023',
      null,
      {
        timeout: 5_000,
      },
    );
    await pause.click();
    assert.equal(await play.getAttribute('aria-pressed'), 'false');
    const shownYear = () => p.page.locator('.year-control__value').innerText();
    const pausedAt = await shownYear();
    await p.page.waitForTimeout(1_500);
    assert.equal(await shownYear(), pausedAt, 'still after Pause');
    assert.equal(yearParam(p.page), pausedAt, 'the address bar has the year playing stopped at');
    assert.equal(await p.page.evaluate(() => history.length), startLength + 1);

    // Back returns to the year before playing, not one step back.
    await p.page.goBack();
    await p.page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2021');
    assert.equal(await p.page.locator('.year-control__value').innerText(), '2021');

    // Changing the year by hand pauses playing.
    await play.click();
    await p.page.locator('#panel-security [role=button][data-year="2020"]').click();
    assert.equal(await play.getAttribute('aria-pressed'), 'false');
    await p.page.waitForTimeout(1_500);
    assert.equal(yearParam(p.page), '2020');

    const violations = await checkA11y(p.page, { include: '.filter-bar' });
    assert.equal(violations.length, 0, formatViolations(violations));
    assertNoErrors(p);
  } finally {
    await p.close();
  }
});

test('both panels are readable at 360 px wide', async () => {
  const p = await newPage(suite.browser, suite.server, { viewport: { width: 360, height: 800 } });
  try {
    await open(p);
    const overflow = await p.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0, 'no sideways scrolling');
    for (const id of PANELS) {
      const box = await p.page.locator(`${id} .recharts-surface`).first().boundingBox();
      assert.ok(box && box.width >= 280 && box.width <= 340, `${id} chart fits: ${box?.width}`);
      for (const year of id === '#panel-trade' ? [2019, 2024] : [2020, 2024]) {
        assert.ok(await p.page.locator(`${id} [role=button][data-year="${year}"]`).isVisible());
      }
    }
    await security360Click(p);
    await assertAccessible(p.page, '360 px');
    await screenshot(p.page, 'security-trade-360');
    assertNoErrors(p);
  } finally {
    await p.close();
  }
});

async function security360Click(p) {
  await p.page.locator('#panel-trade rect[data-year="2022"][data-series="totalOnly"]').click();
  await p.page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2022');
}
