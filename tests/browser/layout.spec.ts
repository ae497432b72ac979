// The layout on the screens a briefing meets (issue 21): a phone, a laptop, a projector. Each test
// measures what a person would see: the first figure on the first screen, a filter bar that stays
// on top and one row high, tables that fit their panels, a grid with no empty column.
import type { Page } from '@playwright/test';
import {
  assertClean,
  expect,
  filtersToggle,
  open,
  openFilters,
  screenshot,
  test,
} from './fixtures';

const bar = (page: Page) => page.getByRole('search', { name: 'Filters' });
const panel = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Every filter of filter-config.ts set to something other than its default. */
const EVERY_FILTER = [
  'year=2022',
  'range=2000-2024',
  'themes=security,trade,refugees,border',
  'province=PK-KP',
  'event=paktika-airstrikes',
  'tier=public-series',
  'survey=2023',
  'trade=trade',
  'series=all',
  'tables=security',
  'focus=security',
].join('&');

test.describe('on a phone, 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the first figure is on the first screen, and the year stays within reach', async ({
    page,
  }) => {
    await open(page);
    const map = panel(page, 'Border map').locator('.leaflet-container');
    const top = await map.evaluate((el) => el.getBoundingClientRect().top);
    expect(top, 'the map starts on the first screen, with room to see it').toBeLessThan(844 - 150);
    await screenshot(page, 'layout-390', false);

    // Scrolled down to a chart, the bar is still on top: the year changes from there.
    await panel(page, 'Security incidents').scrollIntoViewIfNeeded();
    await expect(bar(page)).toBeInViewport();
    expect(await bar(page).evaluate((el) => el.getBoundingClientRect().top)).toBe(0);
    await bar(page).getByRole('button', { name: 'Previous year' }).click();
    await expect(page).toHaveURL(/[?&]year=2023(&|$)/);

    // "Filters (n)" opens the rest, from the keyboard; Esc closes it and gives the focus back.
    await expect(bar(page).getByRole('button', { name: 'Security', exact: true })).toBeHidden();
    await filtersToggle(page).focus();
    await page.keyboard.press('Enter');
    await expect(filtersToggle(page)).toHaveAttribute('aria-expanded', 'true');
    await bar(page).getByRole('button', { name: 'Security', exact: true }).click();
    await expect(page).toHaveURL(/[?&]themes=security(&|$)/);
    await expect(filtersToggle(page)).toHaveAccessibleName('Filters (2)');
    await assertClean(page, { label: 'the phone, filters open' });
    await page.keyboard.press('Escape');
    await expect(filtersToggle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(filtersToggle(page)).toBeFocused();
    await expect(bar(page).getByRole('button', { name: 'Security', exact: true })).toBeHidden();
    await assertClean(page, { label: 'the phone' });
  });
});

test.describe('on a laptop, 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('with every filter set, the bar is one row, opaque, and lists the chips when opened', async ({
    page,
  }) => {
    await open(page, `/?${EVERY_FILTER}`);
    const height = await bar(page).evaluate((el) => el.getBoundingClientRect().height);
    expect(height, 'at most an eighth of the screen').toBeLessThanOrEqual(900 / 8);
    const background = await bar(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background, 'fully opaque').toMatch(/^rgb\(/);

    // The chips, one per filter set, are behind "Filters (n)"; opening them leaves the bar as it was.
    await expect(filtersToggle(page)).toHaveAccessibleName('Filters (10)');
    await openFilters(page);
    const chips = bar(page).getByRole('list', { name: 'Active filters' }).getByRole('button');
    await expect(chips).toHaveText([
      /^Year 2022/,
      /^Years 2000–2024/,
      /^Theme: Security/,
      /^Theme: Trade/,
      /^Theme: Refugees/,
      /^Theme: Border/,
      /^Province: Khyber Pakhtunkhwa/,
      /^Event: /,
      /^Refugee figures: UNHCR series/,
      /^Opinion: the 2023 survey/,
    ]);
    expect(await bar(page).evaluate((el) => el.getBoundingClientRect().height)).toBe(height);
    await screenshot(page, 'layout-1440-filters', false);
    await assertClean(page, { label: 'the laptop, filters open' });
    await page.keyboard.press('Escape');

    // A link to a panel lands with its heading below the bar, not under it.
    await page.evaluate(() => (location.hash = '#panel-trade'));
    const heading = panel(page, 'Trade balance').getByRole('heading', { level: 2 });
    await expect
      .poll(async () => {
        const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
        const bottom = await bar(page).evaluate((el) => el.getBoundingClientRect().bottom);
        return top >= bottom && top < 900;
      })
      .toBe(true);
    await assertClean(page, { label: 'the laptop' });
  });

  test('every table fits its panel, and a long citation opens in place', async ({ page }) => {
    for (const query of [
      '/?tables=map,security,trade,refugees,opinion',
      '/?tables=trade&trade=connectivity',
    ]) {
      await open(page, query);
      const tables = page.locator('[data-panel]:not([hidden]) .table-wrap');
      expect(await tables.count(), query).toBeGreaterThan(0);
      const overflowing = await tables.evaluateAll((els) =>
        els
          .filter((el) => el.scrollWidth > el.clientWidth)
          .map((el) => `${el.getAttribute('aria-label')}: ${el.scrollWidth} > ${el.clientWidth}`),
      );
      expect(overflowing, `${query}: tables wider than their panel`).toEqual([]);
    }
    await open(page, '/?tables=security');
    const row = panel(page, 'Security incidents')
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: 'Select 2020', exact: true }) });
    await expect(row.getByRole('link', { name: 'JSSA 2025' })).toBeVisible();
    const fold = row.locator('summary').first();
    await fold.click();
    await expect(row.locator('.cite__quote').first()).toBeVisible();
    await screenshot(page, 'layout-1440-table', false);
    await assertClean(page, { label: 'the security table' });
  });
});

test.describe('on a projector, 1920 × 1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('with one theme chosen, the panels and key figures fill the width; the type is larger', async ({
    page,
  }) => {
    await open(page, '/?themes=security');
    await expect(page.locator('[data-panel]:not([hidden]) h2')).toHaveText([
      'Border map',
      'Security incidents',
    ]);
    const grid = await page.locator('.panels').evaluate((el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return {
        left: r.left + parseFloat(style.paddingLeft),
        right: r.right - parseFloat(style.paddingRight),
      };
    });
    // Each row of panels reaches from the grid's left edge to its right edge.
    const rows = await page.locator('.panels > .panel:not([hidden])').evaluateAll((els) => {
      const byTop = new Map<number, { left: number; right: number }>();
      for (const el of els) {
        const r = el.getBoundingClientRect();
        const row = byTop.get(Math.round(r.top));
        byTop.set(Math.round(r.top), {
          left: Math.min(row?.left ?? Infinity, r.left),
          right: Math.max(row?.right ?? -Infinity, r.right),
        });
      }
      return [...byTop.values()];
    });
    expect(rows.length).toBe(2);
    for (const row of rows) {
      expect(row.left).toBeCloseTo(grid.left, 0);
      expect(row.right).toBeCloseTo(grid.right, 0);
    }
    // The key figures share the whole width.
    const figures = await page.getByRole('region', { name: 'Key figures' }).evaluate((el) => {
      const list = el.querySelector('ul')!.getBoundingClientRect();
      const cards = [...el.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
      return { right: list.right, last: Math.max(...cards.map((c) => c.right)) };
    });
    expect(figures.last).toBeCloseTo(figures.right, 0);

    const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(body, 'body text').toBeGreaterThanOrEqual(16);
    // The axes' labels: the figures up the side and the years along the bottom.
    const labels = panel(page, 'Security incidents').locator(
      '.recharts-cartesian-axis-tick-value, .year-tick text',
    );
    await expect(labels.first()).toBeAttached();
    const axis = await labels.evaluateAll((els) =>
      els.map((el) => parseFloat(getComputedStyle(el).fontSize)),
    );
    expect(Math.min(...axis), 'axis labels').toBeGreaterThanOrEqual(13);
    await screenshot(page, 'layout-1920', false);
    await assertClean(page, { label: 'the projector' });
  });
});
