// The refugees and public-opinion panels in the production build: gaps shown as gaps, the
// province selection reaching the URL and the chips, the computation and the flagged discrepancy
// on screen, keyboard operation, and no console errors or axe violations.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkA11y,
  expectUrl,
  formatViolations,
  newPage,
  screenshot,
  setupSuite,
} from './harness.mjs';

const suite = setupSuite();

const PANELS = ['[data-panel=refugees]', '[data-panel=opinion]'];

/** Click where a person would: the middle of the element's box, whatever is drawn on top. */
async function clickCentre(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  assert.ok(box, 'the element is on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function ready(page, panel) {
  await page.locator(`[data-panel=${panel}][data-ready=true]`).waitFor({ timeout: 15_000 });
}

function assertClean(p) {
  assert.deepEqual(p.pageErrors, [], 'uncaught errors');
  assert.deepEqual(p.consoleErrors, [], 'console errors');
  assert.deepEqual(p.httpErrors, [], 'HTTP errors');
  assert.deepEqual(p.blockedRequests, [], 'requests off the loopback host');
}

async function assertNoViolations(page, label) {
  const violations = await checkA11y(page, { include: PANELS });
  assert.equal(violations.length, 0, `${label}: ${formatViolations(violations)}`);
}

test('opinion, 2023: the unreported questions are "no data" in the chart and the table', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await p.goto('/?year=2023');
    await ready(p.page, 'opinion');
    const panel = p.page.locator('[data-panel=opinion]');
    assert.equal(await panel.getByRole('radio', { name: /2023 survey/ }).isChecked(), true);

    // Chart: a "no data" mark where each missing bar would be (3 questions × 2 countries), and
    // exactly the four bars the survey reported.
    const marks = panel.locator('.opinion-chart svg text', { hasText: 'no data' });
    assert.equal(await marks.count(), 6);
    const marked = await marks.allTextContents();
    assert.equal(marked.filter((t) => t.startsWith('Pakistan')).length, 3);
    assert.equal(marked.filter((t) => t.startsWith('Afghanistan')).length, 3);
    assert.equal(await panel.locator('.opinion-chart [data-country]').count(), 4);
    // The diverging view says positive and neutral were not reported, and draws only "negative".
    assert.equal(
      await panel.locator('.sentiment-chart svg text', { hasText: 'not reported' }).count(),
      2,
    );
    assert.deepEqual(
      [
        ...new Set(
          await panel
            .locator('.sentiment-chart [data-sentiment]')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-sentiment'))),
        ),
      ],
      ['negative'],
    );
    await assertNoViolations(p.page, 'opinion chart, 2023');

    // Table: the same gaps, in words.
    await panel.getByRole('button', { name: 'Table' }).click();
    const table = panel.getByRole('table');
    await table.waitFor();
    for (const question of [
      'Positive view of bilateral relations',
      'Neutral / no opinion',
      'Support for joint counter-terrorism efforts',
    ]) {
      const row = table.getByRole('row').filter({ hasText: question });
      assert.equal(await row.getByText('no data', { exact: true }).count(), 2, question);
    }
    const negative = table.getByRole('row').filter({ hasText: 'Negative view' });
    assert.match(await negative.innerText(), /60%\s+70%\s+observed/);
    await expectUrl(p.page, /tables=opinion/);
    await assertNoViolations(p.page, 'opinion table, 2023');

    // The 2024 projection: every question has figures, hatched and labelled "projected".
    await panel.getByRole('radio', { name: /2024 projection/ }).check();
    assert.equal(await table.getByText('no data', { exact: true }).count(), 0);
    assert.equal(await table.getByText('projected', { exact: true }).count(), 5);
    assertClean(p);
  } finally {
    await p.close();
  }
});

test('opinion: a survey shown before comes back as it was drawn; the other is out of sight', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await p.goto('/?year=2023');
    await ready(p.page, 'opinion');
    const panel = p.page.locator('[data-panel=opinion]');
    const view = (year) => panel.locator(`.kept-view[data-view="${year}"]`);
    const chart = (year) => view(year).locator('.opinion-chart svg.recharts-surface');
    await view(2023).locator('.opinion-chart [data-country]').first().waitFor();
    await chart(2023).evaluate((svg) => {
      svg.__probe = 'drawn once';
    });

    // The dashboard's year moves to 2024: the projection's charts, the 2023 ones hidden and inert.
    await p.page.getByRole('button', { name: 'Next year' }).click();
    await view(2024).locator('.opinion-chart [data-country]').first().waitFor();
    assert.equal(await panel.getByRole('radio', { name: /2024 projection/ }).isChecked(), true);
    assert.equal(await view(2023).isVisible(), false);
    assert.equal(await view(2023).getAttribute('inert'), '');
    assert.equal(await panel.locator('.kept-view:not([hidden]) [data-country]').count(), 10);
    // Hidden, it keeps its width: shown again, its charts need not measure themselves again.
    const widths = await panel
      .locator('.kept-view')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
    assert.equal(new Set(widths).size, 1, `both views as wide: ${widths}`);
    await assertNoViolations(p.page, 'opinion chart, 2024 with 2023 kept');

    // Back to 2023 with the panel's own radio: the same drawing, not a new one.
    await panel.getByRole('radio', { name: /2023 survey/ }).check();
    await view(2024).waitFor({ state: 'hidden' });
    assert.equal(await view(2023).isVisible(), true);
    assert.equal(await chart(2023).evaluate((svg) => svg.__probe), 'drawn once');
    assert.equal(await panel.locator('.kept-view:not([hidden]) [data-country]').count(), 4);
    // Only the survey shown is in the accessibility tree.
    const charts = (year) => panel.getByRole('application', { name: `Public opinion: ${year}` });
    assert.equal(await charts('2023 survey').count(), 1);
    assert.equal(await charts('2024 projection').count(), 0, 'the hidden survey is not announced');

    // Both drawn once, the views are stacked: a change of survey keeps their box, as tall as the
    // taller view, so nothing after it moves.
    const box = () =>
      panel.locator('.kept-views').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, height: r.height };
      });
    const before = await box();
    await panel.getByRole('radio', { name: /2024 projection/ }).check();
    await view(2023).waitFor({ state: 'hidden' });
    assert.deepEqual(await box(), before, 'the views keep their place and height');
    const heights = await panel
      .locator('.kept-view')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    assert.equal(before.height, Math.max(...heights), `as tall as the taller view: ${heights}`);
    assertClean(p);
  } finally {
    await p.close();
  }
});

test('refugees: clicking Khyber Pakhtunkhwa selects it in the URL and the chips', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await p.goto('/');
    await ready(p.page, 'refugees');
    const panel = p.page.locator('[data-panel=refugees]');
    const chips = p.page.getByRole('list', { name: 'Active filters' });
    assert.equal(await chips.count(), 0, 'no chips before a choice');

    await clickCentre(p.page, panel.locator('.province-chart [data-province="PK-KP"]'));
    await p.page.waitForURL(/[?&]province=PK-KP(&|$)/);
    await chips.getByRole('button', { name: /Province/ }).waitFor();
    assert.match(await chips.innerText(), /Province/);
    // Highlighted here too: outlined, and named "✓" in the label.
    await panel.locator('.province-chart svg text', { hasText: '✓ Khyber Pakhtunkhwa' }).waitFor();

    // "Other / not specified" is not a province: clicking it changes nothing.
    await clickCentre(p.page, panel.locator('.province-chart [data-province="other"]'));
    await p.page.waitForTimeout(200);
    await expectUrl(p.page, /[?&]province=PK-KP(&|$)/);

    // A small bar is as easy to pick: Balochistan, right after the last click elsewhere.
    await clickCentre(p.page, panel.locator('.province-chart [data-province="PK-BA"]'));
    await p.page.waitForURL(/[?&]province=PK-BA(&|$)/);

    // Clearing the chip clears the selection.
    await chips.getByRole('button', { name: /Province/ }).click();
    await p.page.waitForFunction(() => !location.search.includes('province='));
    assertClean(p);
  } finally {
    await p.close();
  }
});

test('refugees: the total sits beside the flagged 2.6 million, and the table shows the computation', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await p.goto('/');
    await ready(p.page, 'refugees');
    const panel = p.page.locator('[data-panel=refugees]');
    const totals = panel.locator('.refugee-totals');
    const documents = totals.locator('.refugee-totals__block').first();
    assert.match(await documents.innerText(), /1,400,000/);
    const flag = documents.locator('.flag');
    assert.match(await flag.innerText(), /Sources disagree:.*2\.6 million.*2,600,000/s);
    const link = flag.getByRole('link');
    assert.equal(await link.getAttribute('href'), '#discrepancy-refugee-total-documents');
    // The link lands on the note in the sources view.
    await p.page.locator('#discrepancy-refugee-total-documents').waitFor({ state: 'attached' });
    assert.match(await totals.innerText(), /UNHCR, end of 2024\s+1,559,964/i);
    await assertNoViolations(p.page, 'refugees chart');
    await screenshot(p.page, 'refugees-opinion-1280');

    await panel.getByRole('button', { name: 'Table' }).click();
    await panel.getByText('1,400,000 × 60% = 840,000', { exact: true }).waitFor();
    for (const text of ['1,400,000 × 20% = 280,000', '1,400,000 × 15% = 210,000']) {
      assert.equal(await panel.getByText(text, { exact: true }).count(), 1, text);
    }
    const totalsTable = panel.getByRole('table', { name: /Totals/ });
    assert.match(await totalsTable.innerText(), /Sources disagree[\s\S]*2,600,000/);

    // The UNHCR tier: shares multiplied by UNHCR's own end-2020 total, and said so.
    await panel.getByRole('radio', { name: 'UNHCR (Feb 2021 shares)' }).check();
    await panel.getByText('1,438,432 × 58.1% ≈ 835,729', { exact: true }).waitFor();
    await expectUrl(p.page, /tier=public-series/);
    assert.match(await panel.innerText(), /UNHCR end-2020 refugee total/);
    await assertNoViolations(p.page, 'refugees table');
    assertClean(p);
  } finally {
    await p.close();
  }
});

test('refugees: the charts work from the keyboard', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await p.goto('/?range=2015-2025');
    await ready(p.page, 'refugees');
    const panel = p.page.locator('[data-panel=refugees]');

    // Province chart: focus lands on the first bar, ↓ moves down the list, ↑ back, Enter selects.
    await panel.locator('.province-chart svg[tabindex="0"]').focus();
    await p.page.keyboard.press('ArrowDown');
    await p.page.keyboard.press('ArrowDown');
    await p.page.keyboard.press('ArrowUp');
    const tooltip = panel.locator('.province-chart .chart-tooltip__title');
    assert.equal(await tooltip.innerText(), 'Punjab');
    await p.page.keyboard.press('Enter');
    await p.page.waitForURL(/[?&]province=PK-PB(&|$)/);
    // → also moves down the list (recharts alone would move up in a horizontal-bar chart).
    await p.page.keyboard.press('ArrowRight');
    assert.equal(await tooltip.innerText(), 'Balochistan');

    // Series chart: the first year in range is 2015; → twice and Enter puts 2017 in focus.
    await panel.locator('.series-chart svg[tabindex="0"]').focus();
    await p.page.keyboard.press('ArrowRight');
    await p.page.keyboard.press('ArrowRight');
    await p.page.keyboard.press('Enter');
    await p.page.waitForURL(/[?&]year=2017(&|$)/);
    // The year marker: a dashed line labelled with the year.
    await panel.locator('.series-chart .year-marker__line').waitFor({ state: 'attached' });
    await panel.locator('.series-chart .year-marker__label', { hasText: /^2017$/ }).waitFor();
    assert.match(await panel.locator('.refugee-totals').innerText(), /UNHCR, end of 2017/i);

    // And with the mouse: a click near the right end of the series picks 2025.
    const area = panel.locator('.series-chart .year-pick-area');
    await area.scrollIntoViewIfNeeded();
    const box = await area.boundingBox();
    await p.page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
    await p.page.waitForURL(/[?&]year=2025(&|$)/);
    await p.page.mouse.click(box.x + 2, box.y + box.height / 2);
    await p.page.waitForURL(/[?&]year=2015(&|$)/);
    assertClean(p);
  } finally {
    await p.close();
  }
});

test('both panels fit 360 px without sideways scrolling of the page', async () => {
  const p = await newPage(suite.browser, suite.server, { viewport: { width: 360, height: 800 } });
  try {
    await p.goto('/?themes=refugees,opinion');
    await ready(p.page, 'refugees');
    await ready(p.page, 'opinion');
    const overflow = await p.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0);
    for (const panel of PANELS) {
      const box = await p.page.locator(panel).boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `${panel} inside the viewport`);
    }
    // The 2024 projection's figures sit after their bars, by country code where a name leaves no
    // room (the key gives the codes), never over the bar.
    const labels = p.page.locator('[data-panel=opinion] .opinion-chart .opinion-labels');
    const texts = await labels.locator('text').allTextContents();
    assert.ok(texts.includes('PK 75%'), `a label by code: ${texts}`);
    assert.equal(await labels.locator('rect').count(), 0, 'no label drawn inside a bar');
    const key = await p.page
      .locator('[data-panel=opinion]')
      .getByRole('list', { name: 'Key', exact: true })
      .innerText();
    assert.match(key, /Pakistan \(PK\)/);
    assert.match(key, /Afghanistan \(AF\)/);

    // The 2023 survey's "not reported" notes are read whole, not cut off at the panel's edge.
    await p.page.getByRole('button', { name: 'Previous year' }).click();
    const notes = p.page.locator('[data-panel=opinion] .sentiment-chart .no-data-mark');
    await notes.first().waitFor();
    const panelBox = await p.page.locator('[data-panel=opinion]').boundingBox();
    for (const note of await notes.all()) {
      assert.match(await note.textContent(), /not reported/);
      const box = await note.boundingBox();
      assert.ok(
        box && box.x + box.width <= panelBox.x + panelBox.width - 8,
        'note inside the panel',
      );
    }
    await assertNoViolations(p.page, '360 px');
    await screenshot(p.page, 'refugees-opinion-360');
    assertClean(p);
  } finally {
    await p.close();
  }
});
