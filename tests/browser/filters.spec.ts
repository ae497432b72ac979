// Every filter says what it does: each test loads a link, does what a person does and reads what
// the panels show. One test per way a filter once showed something other than what it said.
import type { Page } from '@playwright/test';
import { assertClean, expect, open, openFilters, test } from './fixtures';

const filters = (page: Page) => page.getByRole('search', { name: 'Filters' });
const chips = (page: Page) =>
  filters(page).getByRole('list', { name: 'Active filters' }).getByRole('button');

const panel = (page: Page, name: string) => page.getByRole('region', { name });

test('an old link’s Country is reported as ignored and changes nothing', async ({ page }) => {
  await open(page, '/');
  const plain = await panel(page, 'Public opinion').innerText();
  await open(page, '/?country=AF&year=2024');
  await expect(page.locator('.notice')).toContainText('country=AF');
  await expect(page.locator('.notice')).toContainText('no longer a filter');
  await expect(page).not.toHaveURL(/country=/);
  await openFilters(page);
  await expect(chips(page)).toHaveCount(0);
  await expect(filters(page).getByText(/country/i)).toHaveCount(0);
  expect(await panel(page, 'Public opinion').innerText()).toBe(plain);
  await assertClean(page, { include: '[role=search]' });
});

test('a year without figures says so in every panel and puts no other year in focus', async ({
  page,
}) => {
  await open(page, '/?year=1990');
  await expect(panel(page, 'Security incidents')).toContainText(
    'No incident figures for 1990: they cover 2020–2024. No year is in focus here.',
  );
  await expect(panel(page, 'Trade balance')).toContainText('No trade figures for 1990');
  await expect(panel(page, 'Refugees by province')).toContainText(
    /No province figures for 1990: those shown are the \d{4} figures/,
  );
  await expect(panel(page, 'Public opinion')).toContainText(/No survey for 1990.*showing \d{4}’s/);
  // No year button claims to be the year in focus.
  for (const name of ['Security incidents', 'Trade balance']) {
    await expect(panel(page, name).locator('[role=button][aria-pressed=true]')).toHaveCount(0);
  }
  await assertClean(page);
});

test('chips are exactly the filters set, and clearing one changes only that one', async ({
  page,
}) => {
  // A narrowed range moves the year into it: one chip, the range, and clearing it clears both.
  await open(page, '/?range=2000-2022');
  await openFilters(page);
  await expect(chips(page)).toHaveText([/^Years 2000–2022/]);
  await chips(page).first().click();
  await expect(page).not.toHaveURL(/range=|year=/);
  await expect(filters(page).getByText('No filters: showing everything.')).toBeVisible();
  await expect(filters(page).getByRole('button', { name: 'Reset all' })).toBeDisabled();

  // A province is one chip (its country is part of it), and clearing it leaves nothing behind.
  await open(page, '/?province=PK-KP&year=2022');
  await openFilters(page);
  await expect(chips(page)).toHaveText([/^Year 2022/, /Khyber Pakhtunkhwa/]);
  await chips(page).filter({ hasText: 'Khyber Pakhtunkhwa' }).click();
  await expect(chips(page)).toHaveText([/^Year 2022/]);
  await expect(page).toHaveURL(/[?&]year=2022(&|$)/);
  await expect(page).not.toHaveURL(/province=/);

  // An unreadable province makes no chip.
  await open(page, '/?province=XX');
  await expect(page.locator('.notice')).toContainText('province=XX');
  await openFilters(page);
  await expect(chips(page)).toHaveCount(0);
  await assertClean(page, { include: '[role=search]' });
});

test('focus stays where a person is: the next chip, then the line saying nothing is filtered', async ({
  page,
}) => {
  await open(page, '/?year=2022&themes=security');
  await openFilters(page);
  await chips(page).first().click();
  await expect(chips(page)).toHaveCount(1);
  await expect(chips(page).first()).toBeFocused();
  await filters(page).getByRole('button', { name: 'Reset all' }).click();
  await expect(filters(page).getByText('No filters: showing everything.')).toBeFocused();
  await expect(page).not.toHaveURL(/year=|themes=/);
});

test('the map is one link away from the rest of the page: Skip the map', async ({ page }) => {
  await open(page, '/');
  const map = panel(page, 'Border map');
  await map.getByRole('checkbox', { name: /Online basemap/ }).focus();
  await page.keyboard.press('Tab');
  const skip = map.getByRole('link', { name: 'Skip the map' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const key = map.locator('.map-legend');
  await expect(key).toBeFocused();
  // The next Tab leaves the map's provinces and markers behind.
  await page.keyboard.press('Tab');
  const inLeaflet = await page.evaluate(
    () => document.activeElement?.closest('.leaflet-container') !== null,
  );
  expect(inLeaflet).toBe(false);
  await assertClean(page, { include: '#panel-map' });
});

test('the survey and the trade panel’s view are in the link, and a reload keeps them', async ({
  page,
}) => {
  await open(page, '/?year=2024');
  await panel(page, 'Public opinion')
    .getByRole('radio', { name: /2023 survey/ })
    .check();
  await expect(page).toHaveURL(/[?&]survey=2023(&|$)/);
  const trade = panel(page, 'Trade balance');
  await trade.getByRole('button', { name: /Connectivity projects/ }).click();
  await expect(page).toHaveURL(/[?&]trade=connectivity(&|$)/);
  await page.reload();
  await expect(
    panel(page, 'Public opinion').getByRole('radio', { name: /2023 survey/ }),
  ).toBeChecked();
  await expect(
    panel(page, 'Trade balance').getByRole('button', { name: /Connectivity projects/ }),
  ).toHaveAttribute('aria-pressed', 'true');
  await assertClean(page, { include: ['#panel-opinion', '#panel-trade'] });
});

test('people’s names, never ids: chips, disagreements and key figures', async ({ page }) => {
  await open(page, '/?province=PK-IS&year=2023');
  await openFilters(page);
  await expect(chips(page)).toHaveText([/^Year 2023/, /Islamabad Capital Territory/]);
  await expect(filters(page)).not.toContainText('PK-IS');
  const keyFigures = page.getByRole('region', { name: /Key figures/ });
  await expect(keyFigures).not.toContainText(/(\d{4}) \(\1\)/);
  const disagreements = page.locator('#sources');
  for (const link of await disagreements.getByRole('link').allInnerTexts()) {
    expect(link, 'a source named by its id').not.toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  }
});

test('every panel as a table passes axe', async ({ page }) => {
  await open(page, '/?tables=map,security,trade,refugees,opinion');
  for (const name of ['Security incidents', 'Trade balance', 'Refugees by province']) {
    await expect(panel(page, name).getByRole('table').first()).toBeVisible();
  }
  await expect(panel(page, 'Border map').getByRole('table').first()).toBeVisible();
  await expect(panel(page, 'Public opinion').getByRole('table').first()).toBeVisible();
  await assertClean(page, { label: 'every table view' });
});
