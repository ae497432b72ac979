// The refugees and public-opinion panels in the production build: gaps shown as gaps, the
// province selection reaching the URL and the chips, the computation and the flagged discrepancy
// on screen, keyboard operation, and no console errors or axe violations.
import type { Locator, Page } from '@playwright/test';
import { assertClean, expect, open, openFilters, screenshot, test } from './fixtures';

const PANELS = ['[data-panel=refugees]', '[data-panel=opinion]'];

const refugees = (page: Page) => page.getByRole('region', { name: 'Refugees by province' });
const opinion = (page: Page) => page.getByRole('region', { name: 'Public opinion' });

/** Click where a person would: the middle of the element's box, whatever is drawn on top. */
async function clickCentre(page: Page, locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

test('opinion, 2023: the unreported questions are "no data" in the chart and the table', async ({
  page,
}) => {
  await open(page, '/?year=2023');
  const panel = opinion(page);
  await expect(panel.getByRole('radio', { name: /2023 survey/ })).toBeChecked();

  // Chart: a "no data" mark where each missing bar would be (3 questions × 2 countries), and
  // exactly the four bars the survey reported.
  const marks = panel.locator('.opinion-chart svg text', { hasText: 'no data' });
  await expect(marks).toHaveCount(6);
  const marked = await marks.allTextContents();
  expect(marked.filter((t) => t.startsWith('Pakistan')).length).toBe(3);
  expect(marked.filter((t) => t.startsWith('Afghanistan')).length).toBe(3);
  await expect(panel.locator('.opinion-chart [data-country]:visible')).toHaveCount(4);
  // The diverging view says positive and neutral were not reported, and draws only "negative".
  await expect(panel.locator('.sentiment-chart svg text', { hasText: 'not reported' })).toHaveCount(
    2,
  );
  const sentiments = await panel
    .locator('.sentiment-chart [data-sentiment]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-sentiment')));
  expect([...new Set(sentiments)]).toEqual(['negative']);
  await assertClean(page, { include: PANELS, label: 'opinion chart, 2023' });

  // Table: the same gaps, in words.
  await panel.getByRole('button', { name: 'Table' }).click();
  const table = panel.getByRole('table');
  await expect(table).toBeVisible();
  for (const question of [
    'Positive view of bilateral relations',
    'Neutral / no opinion',
    'Support for joint counter-terrorism efforts',
  ]) {
    const row = table.getByRole('row').filter({ hasText: question });
    await expect(row.getByText('no data', { exact: true }), question).toHaveCount(2);
  }
  const negative = table.getByRole('row', { name: /^Negative view/ });
  await expect(negative).toHaveText(/60%\s*70%\s*observed/);
  await expect(page).toHaveURL(/tables=opinion/);
  await assertClean(page, { include: PANELS, label: 'opinion table, 2023' });

  // The 2024 projection: every question has figures, hatched and labelled "projected".
  await panel.getByRole('radio', { name: /2024 projection/ }).check();
  await expect(table.getByText('no data', { exact: true })).toHaveCount(0);
  await expect(table.getByText('projected', { exact: true })).toHaveCount(5);
});

test('opinion: a change of survey shows only that survey, and nothing after the charts moves', async ({
  page,
}) => {
  await open(page, '/?year=2023');
  const panel = opinion(page);
  const charts = (name: string) =>
    panel.getByRole('application', { name: `Public opinion: ${name}` });
  const bars = panel.locator('.opinion-chart [data-country]:visible');
  await expect(bars).toHaveCount(4);

  // The dashboard's year moves to 2024: the projection's charts, the 2023 ones out of sight.
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(panel.getByRole('radio', { name: /2024 projection/ })).toBeChecked();
  await expect(bars).toHaveCount(10);
  await expect(charts('2024 projection').first()).toBeVisible();
  await expect(charts('2023 survey'), 'the hidden survey is not announced').toHaveCount(0);
  await assertClean(page, { include: PANELS, label: 'opinion chart, 2024' });

  // Back to 2023 with the panel's own radio.
  await panel.getByRole('radio', { name: /2023 survey/ }).check();
  await expect(bars).toHaveCount(4);
  await expect(charts('2023 survey')).toHaveCount(1);
  await expect(charts('2024 projection'), 'the hidden survey is not announced').toHaveCount(0);

  // Both seen once, a change of survey keeps the panel's height, so nothing after it moves.
  const box = () =>
    panel.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, height: r.height };
    });
  const before = await box();
  await panel.getByRole('radio', { name: /2024 projection/ }).check();
  await expect(bars).toHaveCount(10);
  expect(await box(), 'the panel keeps its place and height').toEqual(before);
  await panel.getByRole('radio', { name: /2023 survey/ }).check();
  await expect(bars).toHaveCount(4);
  expect(await box(), 'the panel keeps its place and height').toEqual(before);
  await assertClean(page, { include: PANELS, label: 'opinion chart, 2023 again' });
});

test('refugees: clicking Khyber Pakhtunkhwa selects it in the URL and the chips', async ({
  page,
}) => {
  await open(page);
  const panel = refugees(page);
  const chips = page.getByRole('list', { name: 'Active filters' });
  await expect(chips, 'no chips before a choice').toHaveCount(0);

  await clickCentre(page, panel.locator('.province-chart [data-province="PK-KP"]'));
  await expect(page).toHaveURL(/[?&]province=PK-KP(&|$)/);
  await openFilters(page);
  await expect(chips.getByRole('button', { name: /Province/ })).toBeVisible();
  await expect(chips).toContainText('Province');
  await page.keyboard.press('Escape');
  // Highlighted here too: outlined, and named "✓" in the label.
  await expect(
    panel.locator('.province-chart svg text', { hasText: '✓ Khyber Pakhtunkhwa' }),
  ).toBeVisible();

  // "Other / not specified" is not a province: clicking it changes nothing.
  await clickCentre(page, panel.locator('.province-chart [data-province="other"]'));
  await expect(page).toHaveURL(/[?&]province=PK-KP(&|$)/);

  // A small bar is as easy to pick: Balochistan, right after the last click elsewhere.
  await clickCentre(page, panel.locator('.province-chart [data-province="PK-BA"]'));
  await expect(page).toHaveURL(/[?&]province=PK-BA(&|$)/);
  await expect(
    panel.locator('.province-chart svg text', { hasText: '✓ Khyber Pakhtunkhwa' }),
  ).toHaveCount(0);

  // Clearing the chip clears the selection.
  await openFilters(page);
  await chips.getByRole('button', { name: /Province/ }).click();
  await expect(page).not.toHaveURL(/province=/);
  await assertClean(page, { include: PANELS });
});

test('refugees: the total sits beside the flagged 2.6 million, and the table shows the computation', async ({
  page,
}) => {
  await open(page);
  const panel = refugees(page);
  const totals = panel.locator('.refugee-totals');
  const documents = totals.locator('.refugee-totals__block').first();
  await expect(documents).toContainText('1,400,000');
  const flag = documents.locator('.flag');
  await expect(flag).toContainText(/Sources disagree:.*2\.6 million.*2,600,000/s);
  const link = flag.getByRole('link');
  await expect(link).toHaveAttribute('href', '#discrepancy-refugee-total-documents');
  // The link lands on the note in the sources view.
  await expect(page.locator('#discrepancy-refugee-total-documents')).toBeAttached();
  await expect(totals).toContainText(/UNHCR, end of 2024\s*1,559,964/i);
  await assertClean(page, { include: PANELS, label: 'refugees chart' });
  await screenshot(page, 'refugees-opinion-1280');

  await panel.getByRole('button', { name: 'Table' }).click();
  await expect(panel.getByText('1,400,000 × 60% = 840,000', { exact: true })).toBeVisible();
  for (const text of ['1,400,000 × 20% = 280,000', '1,400,000 × 15% = 210,000']) {
    await expect(panel.getByText(text, { exact: true }), text).toHaveCount(1);
  }
  await expect(panel.getByRole('table', { name: /Totals/ })).toContainText(
    /Sources disagree[\s\S]*2,600,000/,
  );

  // The UNHCR tier: shares multiplied by UNHCR's own end-2020 total, and said so.
  await panel.getByRole('radio', { name: 'UNHCR (Feb 2021 shares)' }).check();
  await expect(panel.getByText('1,438,432 × 58.1% ≈ 835,729', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/tier=public-series/);
  await expect(panel).toContainText('UNHCR end-2020 refugee total');
  await assertClean(page, { include: PANELS, label: 'refugees table' });
});

test('refugees: the charts work from the keyboard', async ({ page }) => {
  await open(page, '/?range=2015-2025');
  const panel = refugees(page);

  // Province chart: focus lands on the first bar, ↓ moves down the list, ↑ back, Enter selects.
  await panel.locator('.province-chart svg[tabindex="0"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const tooltip = panel.locator('.province-chart .chart-tooltip__title');
  await expect(tooltip).toHaveText('Punjab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]province=PK-PB(&|$)/);
  // → also moves down the list (recharts alone would move up in a horizontal-bar chart).
  await page.keyboard.press('ArrowRight');
  await expect(tooltip).toHaveText('Balochistan');

  // Series chart: one Tab stop, a slider from the year in focus (2024 here): ← is 2023, not
  // the series' first year; Home goes to the first year in range.
  const slider = panel.getByRole('slider', { name: 'UNHCR series: year in focus' });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/[?&]year=2023(&|$)/);
  await expect(slider).toHaveAttribute(
    'aria-valuetext',
    /^2023: Refugees \(end of year\) [\d,]+, Returned during the year [\d,]+$/,
  );
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]year=2017(&|$)/);
  await expect(slider).toHaveAttribute('aria-valuenow', '2017');
  // The year marker: a dashed line labelled with the year.
  await expect(panel.locator('.series-chart .year-marker line')).toHaveAttribute(
    'stroke-dasharray',
    '3 3',
  );
  await expect(
    panel.locator('.series-chart .year-marker__label', { hasText: /^2017$/ }),
  ).toBeVisible();
  await expect(panel.locator('.refugee-totals')).toContainText(/UNHCR, end of 2017/i);

  // And with the mouse: a click near the right end of the series picks 2025.
  const area = panel.locator('.series-chart .year-pick-area');
  await area.scrollIntoViewIfNeeded();
  const box = await area.boundingBox();
  if (!box) throw new Error('the series chart is not on screen');
  await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/[?&]year=2025(&|$)/);
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/[?&]year=2015(&|$)/);
  await assertClean(page, { include: PANELS });
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('both panels fit 360 px without sideways scrolling of the page', async ({ page }) => {
    await open(page, '/?themes=refugees,opinion');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    for (const panel of [refugees(page), opinion(page)]) {
      const box = await panel.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360, 'inside the viewport').toBe(true);
    }
    // The 2024 projection's figures sit after their bars, by country code where a name leaves no
    // room (the key gives the codes), never over the bar.
    const labels = opinion(page).locator('.opinion-chart .opinion-labels');
    await expect(labels.locator('text', { hasText: /^PK 75%$/ }).first()).toBeAttached();
    await expect(labels.locator('rect'), 'no label drawn inside a bar').toHaveCount(0);
    const key = opinion(page).getByRole('list', { name: 'Key', exact: true });
    await expect(key).toContainText('Pakistan (PK)');
    await expect(key).toContainText('Afghanistan (AF)');

    // The 2023 survey's "not reported" notes are read whole, not cut off at the panel's edge.
    await page.getByRole('button', { name: 'Previous year' }).click();
    const notes = opinion(page).locator('.sentiment-chart .no-data-mark');
    await expect(notes.first()).toBeVisible();
    const panelBox = await opinion(page).boundingBox();
    if (!panelBox) throw new Error('the opinion panel is not on screen');
    for (const note of await notes.all()) {
      await expect(note).toHaveText(/not reported/);
      const box = await note.boundingBox();
      expect(
        box && box.x + box.width <= panelBox.x + panelBox.width - 8,
        'note inside the panel',
      ).toBe(true);
    }
    await assertClean(page, { include: PANELS, label: '360 px' });
    await screenshot(page, 'refugees-opinion-360');
  });
});
