// The border map in the production build: provinces, border and places from bundled data, offline;
// selection by mouse and keyboard, shared with the dashboard and the URL; filters recolouring it;
// dataset text shown as text; the optional online basemap; Table mode; a phone's layout.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { assertClean, expect, net, open, openFilters, screenshot, test } from './fixtures';

const PROVINCE_COUNT = 41;
const MAP = '[data-panel=map]';
/** A string only Leaflet's code has: where it is, Leaflet was loaded. */
const LEAFLET_CODE = 'leaflet-zoom-anim';

const mapPanel = (page: Page) => page.getByRole('region', { name: 'Border map', exact: true });
const province = (page: Page, id: string) => page.locator(`path[data-province="${id}"]`);

/** Opens the dashboard and waits until the map has drawn its provinces. */
async function openMap(page: Page, query = '/') {
  await open(page, query);
  await expect(page.locator('path[data-province]')).toHaveCount(PROVINCE_COUNT);
}

/** A point on screen where the province's own path is the topmost element (not a marker or label). */
async function pointOn(page: Page, id: string) {
  await province(page, id).scrollIntoViewIfNeeded();
  const point = await page.evaluate((pid) => {
    const path = document.querySelector(`path[data-province="${pid}"]`);
    if (!path) return null;
    const r = path.getBoundingClientRect();
    for (let fy = 0.5; fy < 1; fy += 0.05) {
      for (let fx = 0.5; fx < 1; fx += 0.05) {
        for (const [x, y] of [
          [r.left + r.width * fx, r.top + r.height * fy],
          [r.left + r.width * (1 - fx), r.top + r.height * (1 - fy)],
        ]) {
          if (document.elementFromPoint(x, y) === path) return { x, y };
        }
      }
    }
    return null;
  }, id);
  expect(point, `a visible point on ${id}`).not.toBeNull();
  return point as { x: number; y: number };
}

test('the map draws its provinces, border and places from bundled data, with no outside request', async ({
  page,
}) => {
  await openMap(page);
  const map = page.locator(`${MAP} .leaflet-container`);

  // Every province is its own path, named by its ISO 3166-2 id; the neighbours and the Durand Line too.
  const ids = await page
    .locator('path[data-province]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-province')));
  expect(new Set(ids).size).toBe(PROVINCE_COUNT);
  for (const id of ['PK-KP', 'PK-BA', 'PK-PB', 'PK-SD', 'PK-JK', 'PK-GB', 'AF-PKA', 'AF-KAB']) {
    expect(ids, id).toContain(id);
  }
  await expect(page.locator('.leaflet-map-neighbours-pane path')).toHaveCount(7);
  expect(await page.locator('.leaflet-map-durand-pane path').count()).toBeGreaterThanOrEqual(1);
  // Drawn as SVG, no tiles: the map exports offline.
  await expect(page.locator(`${MAP} .leaflet-tile`)).toHaveCount(0);
  expect(await page.locator(`${MAP} svg`).count()).toBeGreaterThan(0);

  // Crossings and the places the documents name, each focusable with a name saying "approximate".
  for (const id of [
    'torkham',
    'chaman-spin-boldak',
    'angoor-adda',
    'kabul',
    'islamabad',
    'paktika',
    'mir-ali',
  ]) {
    await expect(page.locator(`[data-place="${id}"]`), id).toHaveAttribute(
      'aria-label',
      /approximate/,
    );
  }
  // Events with a place, all five shown with the default filters.
  await expect(page.locator('[data-event][data-visible=true]')).toHaveCount(4);

  // Named for assistive technology; source and licence in the attribution; legend says the rest.
  await expect(map).toHaveAttribute('aria-label', /^Map of Pakistan and Afghanistan/);
  const attribution = page.locator(`${MAP} .leaflet-control-attribution`);
  await expect(attribution).toContainText('Boundaries: Natural Earth (public domain)');
  await expect(attribution).not.toContainText('OpenStreetMap');
  const legend = page.locator(`${MAP} .map-legend`);
  await expect(legend).toContainText('Other / not specified: 5% (not assigned to any province)');
  await expect(legend).toContainText('No data');
  await expect(legend).toContainText('Afghanistan: not applicable');
  await expect(legend).toContainText('projected');

  // A year without province figures: the legend says so, and its key stays where it was.
  const keyTop = () =>
    mapPanel(page)
      .getByText('Border, places and events')
      .evaluate((el) => el.getBoundingClientRect().top);
  const top2024 = await keyTop();
  await page.getByRole('button', { name: 'Previous year' }).click();
  await expect(page).toHaveURL(/year=2023/);
  await expect(legend).toContainText('No province figures from the documents for 2023 or earlier');
  await expect(legend.getByText('Other / not specified')).toBeHidden();
  expect(await keyTop(), 'the key below the set did not move').toBe(top2024);
  await page.getByRole('button', { name: 'Next year' }).click();
  await expect(legend.getByText('Other / not specified')).toBeVisible();

  // The Durand Line's lengths by source and the measured one, labelled as such.
  await mapPanel(page).getByText('Durand Line length by source').click();
  const lengths = mapPanel(page).locator('details', { hasText: 'Durand Line length by source' });
  for (const km of ['2,430 km', '2,611 km', '2,670 km', '2,600 km']) {
    await expect(lengths).toContainText(km);
  }
  await expect(lengths).toContainText(
    /Measured on generalised Natural Earth boundaries: about 2,244 km/,
  );
  // The line itself: a keyboard stop whose tooltip says the same.
  await page.locator('.leaflet-map-durand-pane path[tabindex="0"]').focus();
  const durandTip = page.locator('.leaflet-tooltip', { hasText: 'Durand Line' });
  await expect(durandTip).toContainText('2,611 km');
  await expect(durandTip).toContainText('about 2,244 km');
  await map.focus();

  // Leaflet came in its own chunk, after the page's main script.
  const scripts = net(page).scripts;
  expect(await scripts[0].text(), 'the main script').not.toContain(LEAFLET_CODE);
  expect(await net(page).loadedScriptContaining(LEAFLET_CODE), 'Leaflet loaded').toBe(true);

  // No request left the machine with the basemap off (checked again when the test ends).
  expect(net(page).blocked).toEqual([]);
  await assertClean(page, { include: MAP });
  await screenshot(page, 'map-default');
});

test('clicking a province selects it for the whole dashboard and the URL; clicking again clears it', async ({
  page,
}) => {
  await openMap(page);
  await expect(province(page, 'PK-BA')).toHaveAttribute('aria-pressed', 'false');

  const { x, y } = await pointOn(page, 'PK-BA');
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(/[?&]province=PK-BA(&|$)/);
  await openFilters(page);
  await expect(page.getByRole('button', { name: 'Clear Province: Balochistan' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(province(page, 'PK-BA')).toHaveAttribute('aria-pressed', 'true');
  // The refugees panel shows the same selection: its bar's label is ticked.
  await expect(
    page
      .getByRole('region', { name: 'Refugees by province' })
      .locator('svg text', { hasText: '✓ Balochistan' }),
  ).toHaveCount(1);
  // The selection is drawn as a thick dashed outline above the other provinces.
  const outline = page.locator('.leaflet-map-selection-pane path:not([stroke=none])');
  await expect(outline).toHaveCount(1);
  expect(Number(await outline.getAttribute('stroke-width'))).toBeGreaterThanOrEqual(3);

  const again = await pointOn(page, 'PK-BA');
  await page.mouse.click(again.x, again.y);
  await expect(page).not.toHaveURL(/province=/);
  await expect(province(page, 'PK-BA')).toHaveAttribute('aria-pressed', 'false');
  await expect(outline).toHaveCount(0);
  await assertClean(page, { include: MAP });
});

test('provinces and event markers work from the keyboard; a selection made elsewhere shows on the map', async ({
  page,
}) => {
  await openMap(page, '/?province=PK-PB');
  await expect(province(page, 'PK-PB')).toHaveAttribute('aria-pressed', 'true');
  const outline = page.locator('.leaflet-map-selection-pane path:not([stroke=none])');
  await expect(outline).toHaveCount(1);
  await expect(outline).toHaveAttribute('stroke-dasharray', /\d/);

  // Tab from the map itself reaches the provinces, Pakistan's first.
  const container = page.locator(`${MAP} .leaflet-container`);
  await container.focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('path[data-province]:focus'), 'a province of Pakistan').toHaveAttribute(
    'data-province',
    /^PK-/,
  );

  // Zoomed in, a province reached by keyboard is brought into view (Herat, far west).
  await container.focus();
  const heratInView = () =>
    page.evaluate(() => {
      const a = document
        .querySelector(`[data-panel=map] .leaflet-container`)
        ?.getBoundingClientRect();
      const b = document.querySelector('[data-place="herat"]')?.getBoundingClientRect();
      if (!a || !b) return null;
      return b.left >= a.left && b.right <= a.right && b.top >= a.top && b.bottom <= a.bottom;
    });
  // "+" zooms in, one press at a time, each left to settle (the places stop moving), until Herat
  // is off the map, then two presses more. A press during an animation may be dropped: the loop
  // only counts where the map ends up.
  const heratToKabul = () =>
    page.evaluate(() => {
      const [a, b] = ['herat', 'kabul'].map((id) =>
        document.querySelector(`[data-place="${id}"]`)!.getBoundingClientRect(),
      );
      return Math.hypot(a.left - b.left, a.top - b.top);
    });
  const settled = async () => {
    let last = -1;
    await expect
      .poll(
        async () => {
          const now = await heratToKabul();
          const still = Math.abs(now - last) < 0.5;
          last = now;
          return still;
        },
        { intervals: [300] },
      )
      .toBe(true);
  };
  let extra = 0;
  for (let step = 0; step < 16 && extra < 2; step++) {
    await page.keyboard.press('Equal');
    await settled();
    if ((await heratInView()) === false) extra++;
  }
  expect(await heratInView(), 'Herat is off the zoomed-in map').toBe(false);
  await province(page, 'AF-HER').focus();
  await expect.poll(heratInView).toBe(true);

  // Focus shows the tooltip; Enter selects, Space toggles it off again.
  await province(page, 'PK-KP').focus();
  const tooltip = page.locator('.leaflet-tooltip', { hasText: 'Khyber Pakhtunkhwa' });
  await expect(tooltip).toContainText('Federally Administered Tribal Areas (FATA), merged');
  await expect(tooltip).toContainText('60%');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/province=PK-KP/);
  await expect(province(page, 'PK-PB')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press(' ');
  await expect(page).not.toHaveURL(/province=/);

  // An event marker: Enter selects the event, and the map shows it selected.
  const marker = page.locator('[data-event="paktika-airstrikes"]');
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/event=paktika-airstrikes/);
  await expect(marker).toHaveAttribute('aria-pressed', 'true');

  // Clearing a province from its chip clears it on the map too.
  await page.goto('/?province=PK-SD');
  await expect(province(page, 'PK-SD')).toHaveAttribute('aria-pressed', 'true');
  await openFilters(page);
  await page.getByRole('button', { name: 'Clear Province: Sindh' }).click();
  await expect(province(page, 'PK-SD')).toHaveAttribute('aria-pressed', 'false');
  await assertClean(page, { include: MAP });
});

test('filter changes recolour the provinces and show only the matching events', async ({
  page,
}) => {
  await openMap(page);
  const fill = (id: string) => province(page, id);
  await expect(fill('PK-SD'), 'Sindh: no figure in the documents').toHaveAttribute(
    'fill',
    '#c8ccd2',
  );
  await expect(fill('PK-KP')).toHaveAttribute('fill', 'url(#map-projected-4)');

  // Switch the refugee figures to the UNHCR series (as a link or a slide would).
  await page.evaluate(() => {
    history.pushState(null, '', '?tier=public-series');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(fill('PK-SD'), 'Sindh: 4.6% in the UNHCR fact sheet').toHaveAttribute(
    'fill',
    '#9ecae1',
  );
  await expect(fill('PK-KP')).toHaveAttribute('fill', '#08519c');
  await expect(fill('PK-GB'), 'Gilgit-Baltistan: no figure').toHaveAttribute('fill', '#c8ccd2');
  await expect(province(page, 'PK-GB')).toHaveAttribute(
    'aria-label',
    /Gilgit-Baltistan \(Pakistan-administered\).*no data/,
  );

  // A narrower year range hides the older events; a theme hides the rest.
  const shown = page.locator('[data-event][data-visible=true]');
  await openFilters(page);
  await page.getByRole('combobox', { name: 'From year' }).selectOption('2000');
  await expect(page.locator('[data-event="embassy-closed-1994"]')).toBeHidden();
  await expect(shown).toHaveCount(3);
  await page.getByRole('button', { name: 'Diplomacy', exact: true }).click();
  await expect(shown).toHaveCount(1);
  await expect(shown).toHaveAttribute('data-event', 'foreign-ministers-meet');
  await expect(page.locator('[data-event]:visible')).toHaveCount(1);
  await assertClean(page, { include: MAP });
});

test('markup in a dataset string is shown as text in tooltips and labels, never parsed', async ({
  page,
}) => {
  const places = JSON.parse(
    await readFile(new URL('../../public/data/places.json', import.meta.url), 'utf8'),
  ) as { places: { id: string; name: string; note?: string }[] };
  const hostile = '<img src=x onerror=alert(1)>Torkham';
  places.places = places.places.map((pl) =>
    pl.id === 'torkham' ? { ...pl, name: hostile, note: '<b>bold</b> note' } : pl,
  );
  net(page).serve('/data/places.json', { body: places });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await openMap(page);
  const marker = page.locator('[data-place="torkham"]');
  await marker.focus();
  const tooltip = page.locator('.leaflet-tooltip', { hasText: 'Torkham' });
  await expect(tooltip).toContainText('<img src=x onerror=alert(1)>Torkham');
  await expect(tooltip).toContainText('<b>bold</b> note');
  await expect(tooltip.locator('img, b')).toHaveCount(0);
  expect((await marker.getAttribute('aria-label'))?.startsWith(hostile)).toBe(true);
  // The name beside the marker (drawn when there is room for it) is text too.
  await expect(mapPanel(page).getByText(hostile, { exact: true }).first()).toBeAttached();
  await expect(page.locator(`${MAP} img`)).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect(
    net(page).requests.some((url) => new URL(url).pathname.endsWith('/x')),
    'a request for the injected image',
  ).toBe(false);
  await assertClean(page, { include: MAP });
});

test('the online basemap is off by default, and when chosen adds OpenStreetMap tiles with their credit', async ({
  page,
}) => {
  await openMap(page);
  const box = page.getByRole('checkbox', { name: 'Online basemap (OpenStreetMap)' });
  await expect(box).not.toBeChecked();
  expect(net(page).blocked).toEqual([]);
  // Offline here: the tile requests are refused, which this test expects.
  net(page).allowBlocked((url) => url.startsWith('https://tile.openstreetmap.org/'));

  await box.check();
  await expect(page.locator(`${MAP} .leaflet-tile`).first()).toBeAttached();
  const attribution = page.locator(`${MAP} .leaflet-control-attribution`);
  await expect(attribution).toContainText('© OpenStreetMap contributors');
  await expect.poll(() => net(page).blocked.length, 'tile requests').toBeGreaterThan(0);
  expect(net(page).blocked.every((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(
    true,
  );
  // The map still shows every province.
  await expect(page.locator('path[data-province]')).toHaveCount(PROVINCE_COUNT);

  await box.uncheck();
  await expect(page.locator(`${MAP} .leaflet-tile`)).toHaveCount(0);
  await expect(attribution).not.toContainText('OpenStreetMap');
  expect(net(page).pageErrors).toEqual([]);
});

test('Table mode lists every province with its figure, without loading Leaflet', async ({
  page,
}) => {
  await open(page, '/?tables=map&province=PK-BA');
  const table = mapPanel(page).getByRole('table').first();
  await expect(table).toBeVisible();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
    );
  expect(rows.length).toBe(PROVINCE_COUNT + 1);
  const row = (id: string) => rows.find((r) => r[0] === id);
  expect(row('PK-BA')).toEqual([
    'PK-BA',
    'Balochistan',
    'Pakistan',
    '15%',
    '1,400,000 × 15% = 210,000',
  ]);
  expect(row('PK-SD')?.slice(3)).toEqual(['no data', 'no data']);
  expect(row('AF-KAB')?.slice(3)).toEqual(['not applicable', 'not applicable']);
  expect(
    rows.some(
      (r) => r[1] === 'Other / not specified (not assigned to any province)' && r[3] === '5%',
    ),
  ).toBe(true);
  // The selected province's row is marked for assistive technology and the eye alike.
  await expect(
    table.locator('tr[aria-selected=true], tr[data-selected=true]').locator('td').first(),
  ).toHaveText('PK-BA');

  await expect(page.locator(`${MAP} .leaflet-container`)).toHaveCount(0);
  expect(await net(page).loadedScriptContaining(LEAFLET_CODE), 'Leaflet was loaded').toBe(false);
  await assertClean(page, { include: MAP });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('the map is full width and about 320 px tall, with the legend under it', async ({
    page,
  }) => {
    await openMap(page);
    const panel = await page.locator(MAP).boundingBox();
    const map = await page.locator(`${MAP} .leaflet-container`).boundingBox();
    const legend = await page.locator(`${MAP} .map-legend`).boundingBox();
    if (!panel || !map || !legend) throw new Error('the map panel is not on screen');
    expect(map.width, `map ${map.width}px wide in a ${panel.width}px panel`).toBeGreaterThanOrEqual(
      panel.width - 4,
    );
    expect(Math.round(map.height)).toBe(320);
    expect(legend.y, 'legend below the map').toBeGreaterThanOrEqual(map.y + map.height);
    await assertClean(page, { include: MAP });
    await screenshot(page, 'map-phone');
  });
});
