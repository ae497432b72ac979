import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import {
  checkA11y,
  expectUrl,
  formatViolations,
  newPage,
  PROJECT_ROOT,
  screenshot,
  setupSuite,
} from './harness.mjs';

const suite = setupSuite();

const PROVINCE_COUNT = 41;
const MAP = '[data-panel=map]';

/** Opens the dashboard and waits until the map has drawn its provinces. */
async function openMap(p, path = '/') {
  const response = await p.goto(path);
  assert.equal(response?.status(), 200);
  await p.page.waitForSelector(`${MAP}[data-ready=true]`);
  await p.page.waitForFunction(
    (n) => document.querySelectorAll('path[data-province]').length === n,
    PROVINCE_COUNT,
  );
}

/** A point on screen where the province's own path is the topmost element (not a marker or label). */
async function pointOn(page, id) {
  await page.locator(`path[data-province="${id}"]`).scrollIntoViewIfNeeded();
  const point = await page.evaluate((pid) => {
    const path = document.querySelector(`path[data-province="${pid}"]`);
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
  assert.ok(point, `no visible point on ${id}`);
  return point;
}

/** Polls a condition on the Node side (e.g. requests the harness recorded). */
async function until(condition, what, timeout = 5000) {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const provinceAttr = (page, id, name) =>
  page.locator(`path[data-province="${id}"]`).getAttribute(name);

function assertClean(p) {
  assert.deepEqual(p.pageErrors, [], 'uncaught errors');
  assert.deepEqual(p.appConsoleErrors(), [], 'console errors');
  assert.deepEqual(p.httpErrors, [], 'HTTP errors');
}

test('the map draws its provinces, border and places from bundled data, with no outside request', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await openMap(p);
    const page = p.page;
    const map = page.locator(`${MAP} .leaflet-container`);

    // Every province is its own path, named by its ISO 3166-2 id; the neighbours and the Durand Line too.
    const ids = await page.$$eval('path[data-province]', (els) =>
      els.map((el) => el.getAttribute('data-province')),
    );
    assert.equal(new Set(ids).size, PROVINCE_COUNT);
    for (const id of ['PK-KP', 'PK-BA', 'PK-PB', 'PK-SD', 'PK-JK', 'PK-GB', 'AF-PKA', 'AF-KAB']) {
      assert.ok(ids.includes(id), id);
    }
    assert.equal(await page.locator('.leaflet-map-neighbours-pane path').count(), 7);
    assert.ok((await page.locator('.leaflet-map-durand-pane path').count()) >= 1);
    // Drawn as SVG, no tiles: the map exports offline.
    assert.equal(await page.locator(`${MAP} .leaflet-tile`).count(), 0);
    assert.ok((await page.locator(`${MAP} .leaflet-overlay-pane, ${MAP} svg`).count()) > 0);

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
      const label = await page.locator(`[data-place="${id}"]`).getAttribute('aria-label');
      assert.match(label ?? '', /approximate/, id);
    }
    // Events with a place, all five shown with the default filters.
    assert.equal(await page.locator('[data-event][data-visible=true]').count(), 5);

    // Named for assistive technology; source and licence in the attribution; legend says the rest.
    assert.match((await map.getAttribute('aria-label')) ?? '', /^Map of Pakistan and Afghanistan/);
    const attribution = await page.locator(`${MAP} .leaflet-control-attribution`).innerText();
    assert.match(attribution, /Boundaries: Natural Earth \(public domain\)/);
    assert.doesNotMatch(attribution, /OpenStreetMap/);
    const legend = await page.locator(`${MAP} .map-legend`).innerText();
    assert.match(legend, /Other \/ not specified: 5% \(not assigned to any province\)/);
    assert.match(legend, /No data/);
    assert.match(legend, /Afghanistan: not applicable/);
    assert.match(legend, /projected/);

    // A year without province figures: the legend says so, and its key stays where it was.
    const keyTop = () =>
      page
        .locator(`${MAP} .map-legend__title`, { hasText: 'Border, places and events' })
        .evaluate((el) => el.getBoundingClientRect().top);
    const top2024 = await keyTop();
    await page.getByRole('button', { name: 'Previous year' }).click();
    await expectUrl(page, /year=2023/);
    const legend2023 = await page.locator(`${MAP} .map-legend`).innerText();
    assert.match(legend2023, /No province figures from the documents for 2023 or earlier/);
    assert.doesNotMatch(legend2023, /Other \/ not specified/);
    assert.equal(await keyTop(), top2024, 'the key below the set did not move');
    await page.getByRole('button', { name: 'Next year' }).click();
    await page.locator(`${MAP} .map-legend__other:not([hidden])`).waitFor();

    // The Durand Line's lengths by source and the measured one, labelled as such.
    await page.locator(`${MAP} summary`, { hasText: 'Durand Line length by source' }).click();
    const lengths = await page.locator(`${MAP} .map-legend__details`).first().innerText();
    for (const km of ['2,430 km', '2,611 km', '2,670 km', '2,600 km'])
      assert.ok(lengths.includes(km), km);
    assert.match(lengths, /Measured on generalised Natural Earth boundaries: about 2,244 km/);
    // The line itself: a keyboard stop whose tooltip says the same.
    await page.locator('.leaflet-map-durand-pane path[tabindex="0"]').focus();
    const durandTip = page.locator('.leaflet-tooltip', { hasText: 'Durand Line' });
    await durandTip.waitFor();
    assert.match(await durandTip.innerText(), /2,611 km/);
    assert.match(await durandTip.innerText(), /about 2,244 km/);
    await page.locator(`${MAP} .leaflet-container`).focus();

    // Leaflet came in its own chunk, after the page's main script.
    assert.ok(suite.server.requests.some((r) => /\/assets\/map-view-[\w-]+\.js$/.test(r)));

    const violations = await checkA11y(page, { include: MAP });
    assert.equal(violations.length, 0, formatViolations(violations));
    await screenshot(page, 'map-default');
    assert.deepEqual(p.blockedRequests, [], 'requests left the machine with the basemap off');
    assertClean(p);
  } finally {
    await p.close();
  }
});

test('clicking a province selects it for the whole dashboard and the URL; clicking again clears it', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await openMap(p);
    const page = p.page;
    assert.equal(await provinceAttr(page, 'PK-BA', 'data-selected'), 'false');

    const { x, y } = await pointOn(page, 'PK-BA');
    await page.mouse.click(x, y);
    await page.waitForFunction(() => location.search.includes('province=PK-BA'));
    assert.match(new URL(page.url()).search, /(^|[?&])province=PK-BA(&|$)/);
    await page.getByRole('button', { name: 'Clear Province: Balochistan' }).waitFor();
    assert.equal(await provinceAttr(page, 'PK-BA', 'data-selected'), 'true');
    assert.equal(await provinceAttr(page, 'PK-BA', 'aria-pressed'), 'true');
    // The refugees panel shows the same selection.
    assert.ok(
      (await page.locator('[data-panel=refugees] [data-selected=true]').count()) > 0,
      'the refugees panel highlights the selected province',
    );
    // The selection is drawn as a thick dashed outline above the other provinces.
    const outline = page.locator('.leaflet-map-selection-pane path:not([stroke=none])');
    assert.equal(await outline.count(), 1);
    assert.ok(Number(await outline.getAttribute('stroke-width')) >= 3);

    const again = await pointOn(page, 'PK-BA');
    await page.mouse.click(again.x, again.y);
    await page.waitForFunction(() => !location.search.includes('province='));
    assert.equal(await provinceAttr(page, 'PK-BA', 'data-selected'), 'false');
    assert.equal(await outline.count(), 0);
    assertClean(p);
  } finally {
    await p.close();
  }
});

test('provinces and event markers work from the keyboard; a selection made elsewhere shows on the map', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await openMap(p, '/?province=PK-PB');
    const page = p.page;
    assert.equal(await provinceAttr(page, 'PK-PB', 'data-selected'), 'true');
    const outline = page.locator('.leaflet-map-selection-pane path:not([stroke=none])');
    assert.equal(await outline.count(), 1);
    assert.ok(await outline.getAttribute('stroke-dasharray'));

    // Tab from the map itself reaches the provinces, Pakistan's first.
    await page.locator(`${MAP} .leaflet-container`).focus();
    await page.keyboard.press('Tab');
    assert.match(
      (await page.evaluate(() => document.activeElement?.getAttribute('data-province'))) ?? '',
      /^PK-/,
      'Tab from the map lands on a province of Pakistan',
    );

    // Zoomed in, a province reached by keyboard is brought into view (Herat, far west).
    await page.locator(`${MAP} .leaflet-container`).focus();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Equal');
      await page.waitForTimeout(300); // let each zoom step finish
    }
    const heratInView = () =>
      page.evaluate(() => {
        const a = document
          .querySelector('[data-panel=map] .leaflet-container')
          .getBoundingClientRect();
        const b = document.querySelector('[data-place="herat"]').getBoundingClientRect();
        return b.left >= a.left && b.right <= a.right && b.top >= a.top && b.bottom <= a.bottom;
      });
    assert.equal(await heratInView(), false);
    await page.locator('path[data-province="AF-HER"]').focus();
    await page.waitForTimeout(500);
    assert.equal(await heratInView(), true);

    // Focus shows the tooltip; Enter selects, Space toggles it off again.
    const kp = page.locator('path[data-province="PK-KP"]');
    await kp.focus();
    const tooltip = page.locator('.leaflet-tooltip', { hasText: 'Khyber Pakhtunkhwa' });
    await tooltip.waitFor();
    assert.match(await tooltip.innerText(), /Khyber Pakhtunkhwa/);
    assert.match(await tooltip.innerText(), /Federally Administered Tribal Areas \(FATA\), merged/);
    assert.match(await tooltip.innerText(), /60%/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('province=PK-KP'));
    assert.equal(await provinceAttr(page, 'PK-PB', 'data-selected'), 'false');
    await page.keyboard.press(' ');
    await page.waitForFunction(() => !location.search.includes('province='));

    // An event marker: Enter selects the event, and the timeline shows it selected.
    const marker = page.locator('[data-event="paktika-airstrikes"]');
    await marker.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('event=paktika-airstrikes'));
    assert.equal(await marker.getAttribute('data-selected'), 'true');

    // Choosing a province from the chip clears it on the map too.
    await page.goto(new URL('/?province=PK-SD', suite.server.url).href);
    await page.waitForFunction(
      () =>
        document.querySelector('path[data-province="PK-SD"]')?.getAttribute('data-selected') ===
        'true',
    );
    await page.getByRole('button', { name: 'Clear Province: Sindh' }).click();
    await page.waitForFunction(
      () =>
        document.querySelector('path[data-province="PK-SD"]')?.getAttribute('data-selected') ===
        'false',
    );
    assertClean(p);
  } finally {
    await p.close();
  }
});

test('filter changes restyle the existing layers and markers instead of recreating them', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await openMap(p);
    const page = p.page;
    // Mark the current elements: a recreated layer would come back without the mark.
    await page.evaluate(() => {
      document.querySelector('path[data-province="PK-SD"]').__probe = 'kept';
      document.querySelector('[data-event="embassy-closed-1994"]').__probe = 'kept';
    });
    const fill = (id) => provinceAttr(page, id, 'fill');
    assert.equal(await fill('PK-SD'), '#c8ccd2', 'Sindh: no figure in the documents');
    assert.match((await fill('PK-KP')) ?? '', /^url\(#map-projected-4\)$/);

    // Switch the refugee figures to the UNHCR series (as a link or a slide would).
    await page.evaluate(() => {
      history.pushState(null, '', '?tier=public-series');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForFunction(
      () =>
        document.querySelector('path[data-province="PK-SD"]')?.getAttribute('fill') !== '#c8ccd2',
    );
    assert.equal(await fill('PK-SD'), '#9ecae1', 'Sindh: 4.6% in the UNHCR fact sheet');
    assert.equal(await fill('PK-KP'), '#08519c');
    assert.equal(await fill('PK-GB'), '#c8ccd2', 'Gilgit-Baltistan: no figure');
    assert.match(
      (await provinceAttr(page, 'PK-GB', 'aria-label')) ?? '',
      /Gilgit-Baltistan \(Pakistan-administered\).*no data/,
    );

    // A narrower year range hides the older events; a theme hides the rest.
    await page.getByRole('combobox', { name: 'From year' }).selectOption('2000');
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-event="embassy-closed-1994"]')
          ?.getAttribute('data-visible') === 'false',
    );
    assert.equal(await page.locator('[data-event][data-visible=true]').count(), 3);
    assert.equal(await page.locator('[data-event="embassy-closed-1994"]').isVisible(), false);
    await page.getByRole('button', { name: 'Diplomacy', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-event][data-visible=true]').length === 1,
    );
    assert.equal(
      await page.locator('[data-event][data-visible=true]').getAttribute('data-event'),
      'foreign-ministers-meet',
    );

    const kept = await page.evaluate(() => [
      document.querySelector('path[data-province="PK-SD"]').__probe,
      document.querySelector('[data-event="embassy-closed-1994"]').__probe,
    ]);
    assert.deepEqual(kept, ['kept', 'kept']);
    assertClean(p);
  } finally {
    await p.close();
  }
});

test('markup in a dataset string is shown as text in tooltips and labels, never parsed', async () => {
  const places = JSON.parse(
    await readFile(new URL('public/data/places.json', `file://${PROJECT_ROOT}`)),
  );
  const hostile = '<img src=x onerror=alert(1)>Torkham';
  places.places = places.places.map((pl) =>
    pl.id === 'torkham' ? { ...pl, name: hostile, note: '<b>bold</b> note' } : pl,
  );
  suite.server.setOverrides({ '/data/places.json': { body: places } });

  const p = await newPage(suite.browser, suite.server);
  const dialogs = [];
  p.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  try {
    await openMap(p);
    const page = p.page;
    const marker = page.locator('[data-place="torkham"]');
    await marker.focus();
    const tooltip = page.locator('.leaflet-tooltip', { hasText: 'Torkham' });
    await tooltip.waitFor();
    const text = await tooltip.evaluate((el) => el.textContent);
    assert.ok(text.includes('<img src=x onerror=alert(1)>Torkham'), text);
    assert.ok(text.includes('<b>bold</b> note'), text);
    assert.equal(await tooltip.locator('img, b').count(), 0);
    assert.equal(await marker.getAttribute('aria-label').then((l) => l.startsWith(hostile)), true);
    // The name beside the marker is text too.
    const labels = await page.$$eval(`${MAP} .map-label__text`, (els) =>
      els.map((e) => e.textContent),
    );
    assert.ok(labels.includes(hostile));
    assert.equal(await page.locator(`${MAP} img`).count(), 0);
    await page.waitForTimeout(200);
    assert.deepEqual(dialogs, []);
    assert.ok(
      !suite.server.requests.some((r) => r.endsWith('/x')),
      'no request for the injected image',
    );
    assertClean(p);
  } finally {
    await p.close();
  }
});

test('the online basemap is off by default, and when chosen adds OpenStreetMap tiles with their credit', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await openMap(p);
    const page = p.page;
    const box = page.getByRole('checkbox', { name: 'Online basemap (OpenStreetMap)' });
    assert.equal(await box.isChecked(), false);
    assert.deepEqual(p.blockedRequests, []);

    await box.check();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-panel=map] .leaflet-tile').length > 0,
    );
    const attribution = page.locator(`${MAP} .leaflet-control-attribution`);
    assert.match(await attribution.innerText(), /© OpenStreetMap contributors/);
    // Offline here: the tile requests are refused, and the map still shows every province.
    await until(() => p.blockedRequests.length > 0, 'tile requests');
    assert.ok(p.blockedRequests.every((u) => u.startsWith('https://tile.openstreetmap.org/')));
    assert.equal(await page.locator('path[data-province]').count(), PROVINCE_COUNT);

    await box.uncheck();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-panel=map] .leaflet-tile').length === 0,
    );
    assert.doesNotMatch(await attribution.innerText(), /OpenStreetMap/);
    assert.deepEqual(p.pageErrors, []);
  } finally {
    await p.close();
  }
});

test('Table mode lists every province with its figure, without loading Leaflet', async () => {
  const p = await newPage(suite.browser, suite.server);
  const before = suite.server.requests.length;
  try {
    await p.goto('/?tables=map&province=PK-BA');
    const page = p.page;
    await page.waitForSelector(`${MAP}[data-ready=true] table`);
    const table = page.locator(`${MAP} table`).first();
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())),
      );
    assert.equal(rows.length, PROVINCE_COUNT + 1);
    const row = (id) => rows.find((r) => r[0] === id);
    assert.deepEqual(row('PK-BA'), [
      'PK-BA',
      'Balochistan',
      'Pakistan',
      '15%',
      '1,400,000 × 15% = 210,000',
    ]);
    assert.deepEqual(row('PK-SD').slice(3), ['no data', 'no data']);
    assert.deepEqual(row('AF-KAB').slice(3), ['not applicable', 'not applicable']);
    assert.ok(
      rows.some(
        (r) => r[1] === 'Other / not specified (not assigned to any province)' && r[3] === '5%',
      ),
    );
    assert.equal(await table.locator('tr[data-selected=true] td').first().innerText(), 'PK-BA');

    assert.equal(await page.locator(`${MAP} .leaflet-container`).count(), 0);
    const requested = suite.server.requests.slice(before);
    assert.ok(!requested.some((r) => r.includes('map-view')), 'the Leaflet chunk was not loaded');

    const violations = await checkA11y(page, { include: MAP });
    assert.equal(violations.length, 0, formatViolations(violations));
    assertClean(p);
  } finally {
    await p.close();
  }
});

test('on a phone the map is full width and about 320 px tall, with the legend under it', async () => {
  const p = await newPage(suite.browser, suite.server, { viewport: { width: 360, height: 800 } });
  try {
    await openMap(p);
    const page = p.page;
    const panel = await page.locator(MAP).boundingBox();
    const map = await page.locator(`${MAP} .leaflet-container`).boundingBox();
    const legend = await page.locator(`${MAP} .map-legend`).boundingBox();
    assert.ok(map.width >= panel.width - 4, `map ${map.width}px wide in a ${panel.width}px panel`);
    assert.equal(Math.round(map.height), 320);
    assert.ok(legend.y >= map.y + map.height, 'legend below the map');
    await screenshot(page, 'map-phone');
    assert.deepEqual(p.blockedRequests, []);
    assertClean(p);
  } finally {
    await p.close();
  }
});
