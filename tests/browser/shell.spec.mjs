import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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
const PANEL_HEADINGS = [
  'Border map',
  'Security incidents',
  'Trade balance',
  'Refugees by province',
  'Public opinion',
];

const panelHeadings = (page) =>
  page
    .locator('[data-panel]:not([hidden]) h2')
    .evaluateAll((els) => els.map((el) => el.textContent.trim()));

/** Opens the dashboard and checks that all five panels show their figures, none an error. */
async function openWithAllPanelsReady(p) {
  await p.goto('/');
  const { ready, failed } = await waitForPanels(p.page);
  assert.deepEqual(failed, []);
  assert.deepEqual(ready.sort(), ['map', 'opinion', 'refugees', 'security', 'trade']);
}

test('the shell renders all five panels with real data, sources and no errors', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await openWithAllPanelsReady(p);
    for (const name of PANEL_HEADINGS) {
      const region = p.page.getByRole('region', { name, exact: true });
      assert.equal(await region.count(), 1, `one region named ${name}`);
    }
    // Real figures from the datasets, with their citations one click away.
    await p.page.getByText('+56%').first().waitFor();
    const sources = await p.page.locator('#sources').innerText();
    assert.match(sources, /JSSA 2025/);
    assert.match(sources, /UNHCR/);
    assert.match(sources, /Where sources disagree/);
    assert.match(sources, /All consistency checks pass/);
    const citation = p.page.locator('[data-panel=trade] .panel-sources a').first();
    const href = await citation.getAttribute('href');
    assert.match(href ?? '', /^#source-/);
    await citation.click();
    assert.equal(await p.page.evaluate(() => location.hash), href);
    assert.equal(await p.page.locator(`${href}:target`).count(), 1);
    // The link lands on the citation, on screen and below the sticky filter bar.
    await p.page.waitForTimeout(100);
    const landed = await p.page.locator(`${href}:target`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      const bar = document.querySelector('.filter-bar').getBoundingClientRect();
      return { top: r.top, barBottom: bar.bottom, height: r.height, viewport: innerHeight };
    });
    assert.ok(landed.height > 0 && landed.top < landed.viewport, 'the cited source is on screen');
    assert.ok(
      landed.top >= landed.barBottom,
      `not under the filter bar: ${JSON.stringify(landed)}`,
    );

    const violations = await checkA11y(p.page);
    assert.equal(violations.length, 0, formatViolations(violations));
    await screenshot(p.page, 'shell-desktop');
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(p.consoleErrors, []);
    assert.deepEqual(p.blockedRequests, []);
  } finally {
    await p.close();
  }
});

test('a link to a source opened from outside lands on it once the sources have loaded', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    const { sources } = JSON.parse(
      await readFile(new URL('../../public/data/sources.json', import.meta.url), 'utf8'),
    );
    const id = `source-${sources.at(-1).id}`;
    await p.goto(`/?year=2023#${id}`);
    await waitForPanels(p.page);
    await p.page.locator(`#${id}:target`).waitFor();
    const landed = await p.page.locator(`#${id}`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      const bar = document.querySelector('.filter-bar').getBoundingClientRect();
      return { top: r.top, barBottom: bar.bottom, height: r.height, viewport: innerHeight };
    });
    assert.ok(landed.height > 0 && landed.top < landed.viewport, 'the source is on screen');
    assert.ok(landed.top >= landed.barBottom, `below the filter bar: ${JSON.stringify(landed)}`);
    // The view in the link is kept: the fragment is visited again, the filters are not touched.
    assert.equal(new URL(p.page.url()).search, '?year=2023');
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(p.consoleErrors, []);
  } finally {
    await p.close();
  }
});

test('a filter change shows in the URL, a reload restores it, and Back undoes it', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await p.goto('/');
    await waitForPanels(p.page);
    const bar = p.page.getByRole('search', { name: 'Filters' });
    await bar.getByRole('button', { name: 'Security', exact: true }).click();
    await p.page.waitForFunction(() => location.search.includes('themes=security'));
    await bar.getByRole('button', { name: 'Previous year' }).click();
    await p.page.waitForFunction(() => location.search.includes('year=2023'));
    assert.deepEqual(await panelHeadings(p.page), ['Border map', 'Security incidents']);
    assert.equal(await bar.getByRole('button', { name: 'Clear Theme: Security' }).count(), 1);

    const url = p.page.url();
    await p.page.reload();
    await waitForPanels(p.page);
    assert.equal(p.page.url(), url);
    assert.equal(
      await bar.getByRole('button', { name: 'Security', exact: true }).getAttribute('aria-pressed'),
      'true',
    );
    assert.equal(await bar.locator('output').innerText(), '2023');
    assert.deepEqual(await panelHeadings(p.page), ['Border map', 'Security incidents']);

    await p.page.goBack();
    await p.page.waitForFunction(() => !location.search.includes('year='));
    assert.equal(await bar.locator('output').innerText(), '2024');
    await expectUrl(p.page, /themes=security/);
    await p.page.goBack();
    await p.page.waitForFunction(() => location.search === '');
    assert.deepEqual((await panelHeadings(p.page)).length, 5);
    await waitForPanels(p.page);
    // Panels a theme hid come back with their data already loaded, and say they show it.
    await bar.getByRole('button', { name: 'Security', exact: true }).click();
    await bar.getByRole('button', { name: 'Security', exact: true }).click();
    await p.page.waitForFunction(
      () => document.querySelectorAll('[data-panel]:not([hidden])').length === 5,
    );
    const shownAgain = await waitForPanels(p.page, { timeout: 5000 });
    assert.deepEqual(shownAgain.ready.sort(), ['map', 'opinion', 'refugees', 'security', 'trade']);

    // A chip clears its filter.
    await p.goto('/?themes=trade,opinion&year=2021');
    await waitForPanels(p.page);
    await bar.getByRole('button', { name: 'Clear Theme: Trade' }).click();
    await p.page.waitForFunction(() => location.search === '?year=2021&themes=opinion');
    assert.deepEqual(p.pageErrors, []);
  } finally {
    await p.close();
  }
});

test('a panel a theme hides is out of sight, reach and print, and comes back drawn', async () => {
  const p = await newPage(suite.browser, suite.server, { viewport: { width: 1280, height: 900 } });
  const { page } = p;
  const boxes = (selector) =>
    page.locator(selector).evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return [el.dataset.panel ?? el.className, r.x, r.y + scrollY, r.width, r.height];
      }),
    );
  const drawing = (panel) =>
    page.locator(`[data-panel=${panel}]`).evaluate((s) => ({
      charts: [...s.querySelectorAll('.recharts-wrapper')].map(
        (w) => w.getBoundingClientRect().width,
      ),
      shapes: s.querySelectorAll('.recharts-surface path, .recharts-surface rect').length,
      map: [...s.querySelectorAll('.leaflet-container')].map(
        (m) => m.getBoundingClientRect().width,
      ),
      provinces: s.querySelectorAll('[data-province]').length,
    }));
  try {
    await p.goto('/');
    await waitForPanels(page);
    const trade = await drawing('trade');
    const map = await drawing('map');
    assert.ok(trade.charts[0] > 0 && trade.shapes > 0, 'the trade chart is drawn');
    assert.ok(map.map[0] > 0 && map.provinces > 0, 'the map is drawn');

    const bar = page.getByRole('search', { name: 'Filters' });
    await bar.getByRole('button', { name: 'Security', exact: true }).click();
    const hidden = page.locator('[data-panel=trade]');
    assert.equal(await hidden.getAttribute('hidden'), '', 'kept in the page, hidden');
    assert.equal(await hidden.isVisible(), false);
    assert.equal(await page.getByRole('region', { name: 'Trade balance' }).count(), 0);
    assert.equal(await hidden.getByRole('button').count(), 0, 'no buttons in the a11y tree');
    // Nothing in it takes focus, by script or by Tab.
    assert.equal(
      await hidden.evaluate((s) => {
        const focusable = s.querySelectorAll('button, a[href], input, [tabindex]');
        for (const el of focusable) el.focus();
        return focusable.length > 0 && !s.contains(document.activeElement);
      }),
      true,
    );
    await page.locator('#panels').focus();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const inHidden = await page.evaluate(() =>
        Boolean(document.activeElement?.closest('[data-panel][hidden]')),
      );
      assert.equal(inHidden, false, `Tab ${i + 1} reached a hidden panel`);
    }
    assert.match(
      await page.locator('.hidden-panels').innerText(),
      /3 panels are hidden by the theme filter \(Security\)/,
    );
    // The grid looks as it does when the hidden panels were never there.
    const layout = await boxes('.panels > :not([hidden])');
    const q = await newPage(suite.browser, suite.server, {
      viewport: { width: 1280, height: 900 },
    });
    try {
      await q.goto('/?themes=security');
      await waitForPanels(q.page);
      assert.equal(
        await q.page.locator('[data-panel=trade]').count(),
        0,
        'never shown: not rendered',
      );
      const fresh = await q.page.locator('.panels > :not([hidden])').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return [el.dataset.panel ?? el.className, r.x, r.y + scrollY, r.width, r.height];
        }),
      );
      assert.deepEqual(layout, fresh);
    } finally {
      await q.close();
    }
    await page.emulateMedia({ media: 'print' });
    assert.equal(await hidden.evaluate((s) => getComputedStyle(s).display), 'none');
    // The timeline, not drawn on screen until scrolled to, is printed.
    assert.match(
      await page.locator('.timeline').innerText(),
      /Timeline of events\s+\d+ (of \d+ )?events/,
    );
    await page.emulateMedia({ media: 'screen' });

    // A year change while hidden; then the panel comes back, ready, drawn at its size, current.
    await bar.getByRole('button', { name: 'Previous year' }).click();
    await bar.getByRole('button', { name: 'Security', exact: true }).click();
    await page.waitForFunction(() => location.search === '?year=2023');
    const back = await waitForPanels(page, { timeout: 5000 });
    assert.deepEqual(back.ready.sort(), ['map', 'opinion', 'refugees', 'security', 'trade']);
    assert.equal(await page.getByRole('region', { name: 'Trade balance' }).isVisible(), true);
    assert.deepEqual((await drawing('trade')).charts, trade.charts);
    assert.ok((await drawing('trade')).shapes > 0);

    // The map too: hidden by Opinion, shown again at the same size with its provinces.
    await bar.getByRole('button', { name: 'Opinion', exact: true }).click();
    assert.equal(await page.locator('[data-panel=map]').isVisible(), false);
    await bar.getByRole('button', { name: 'Opinion', exact: true }).click();
    await waitForPanels(page, { timeout: 5000 });
    assert.deepEqual(await drawing('map'), map);
    assert.equal(await page.locator('[data-panel=map] .leaflet-container').isVisible(), true);

    const violations = await checkA11y(page);
    assert.equal(violations.length, 0, formatViolations(violations));
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(p.appConsoleErrors(), []);
  } finally {
    await p.close();
  }
});

test('a malformed link is read as far as it can be, and says what it ignored', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await p.goto('/?year=20x4&themes=security,%3Cb%3E&province=PK-KP');
    await waitForPanels(p.page);
    const notice = p.page.locator('.notice');
    await notice.waitFor();
    const text = await notice.innerText();
    assert.match(text, /year=20x4/);
    assert.match(text, /themes=security,<b>/);
    assert.equal(await notice.locator('b').count(), 0, 'URL text is shown as text, not HTML');
    assert.match(p.page.url(), /province=PK-KP/);
    assert.doesNotMatch(p.page.url(), /year=/);
    assert.deepEqual(p.pageErrors, []);
  } finally {
    await p.close();
  }
});

test('a link to a province or event the data does not have says it matches nothing', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await p.goto('/?province=PK-ZZ&event=no-such-event');
    await waitForPanels(p.page);
    const notice = p.page.locator('.notice');
    await notice.getByText('province=PK-ZZ').waitFor();
    const text = await notice.innerText();
    assert.match(text, /province=PK-ZZ \(no province with this id in the data/);
    assert.match(text, /event=no-such-event \(no event with this id in the data/);
    await p.page.getByRole('button', { name: 'Clear Province: PK-ZZ' }).click();
    await p.page.waitForFunction(() => !location.search.includes('province'));
    assert.doesNotMatch(await notice.innerText(), /PK-ZZ/);
    assert.deepEqual(p.pageErrors, []);
  } finally {
    await p.close();
  }
});

test('a corrupted dataset shows an error naming the file in its own panel only, and Retry recovers', async () => {
  suite.server.setOverrides({
    '/data/trade.json': { status: 200, body: '{ "schemaVersion": 1, "records": [' },
  });
  const p = await newPage(suite.browser, suite.server);
  try {
    await p.goto('/');
    const { ready, failed } = await waitForPanels(p.page);
    assert.deepEqual(failed, ['trade']);
    assert.deepEqual(ready.sort(), ['map', 'opinion', 'refugees', 'security']);
    const alert = p.page.locator('[data-panel=trade] [role=alert]');
    assert.match(await alert.innerText(), /trade\.json/);
    assert.match(await alert.innerText(), /not valid JSON/i);
    await screenshot(p.page, 'shell-trade-error');

    suite.server.clearOverrides();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await p.page.locator('[data-panel=trade][data-ready=true]').waitFor();
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(p.appConsoleErrors(), []);
  } finally {
    await p.close();
  }
});

test('a schema violation names the file and the field path', async () => {
  const trade = JSON.parse(await (await fetch(`${suite.server.url}/data/trade.json`)).text());
  trade.records[1].total = 'about 1,200';
  suite.server.setOverrides({ '/data/trade.json': { status: 200, body: trade } });
  const p = await newPage(suite.browser, suite.server);
  try {
    await p.goto('/');
    await waitForPanels(p.page);
    const alert = p.page.locator('[data-panel=trade] [role=alert]');
    assert.match(await alert.innerText(), /trade\.json › records\[1\]\.total/);
    assert.equal(await p.page.locator('[data-panel=security][data-ready=true]').count(), 1);

    suite.server.setOverrides({ '/data/security-incidents.json': { status: 404, body: 'gone' } });
    const q = await newPage(suite.browser, suite.server);
    await q.goto('/');
    await waitForPanels(q.page);
    const missing = q.page.locator('[data-panel=security] [role=alert]');
    assert.match(await missing.innerText(), /security-incidents\.json/);
    assert.match(await missing.innerText(), /404/);
    assert.deepEqual(q.pageErrors, []);
    await q.close();
  } finally {
    await p.close();
  }
});

test('a broken sources.json or discrepancies.json leaves every panel showing its figures, with a note', async () => {
  suite.server.setOverrides({
    '/data/sources.json': { status: 404, body: 'gone' },
    '/data/discrepancies.json': { status: 200, body: '{ "schemaVersion": 1, ' },
  });
  const p = await newPage(suite.browser, suite.server);
  try {
    await openWithAllPanelsReady(p);
    const notes = p.page.locator('[data-panel=refugees] [role=note]');
    // Mounting the panels asks once more for a file that failed: the notes follow its answer.
    await notes.nth(1).waitFor();
    const texts = await notes.allInnerTexts();
    assert.equal(texts.length, 2, texts.join(' | '));
    assert.match(texts[0], /^Sources are named by their ids: sources\.json: HTTP 404/);
    assert.match(
      texts[1],
      /^Where sources disagree is not flagged: discrepancies\.json: not valid JSON/,
    );
    for (const panel of ['security', 'trade', 'opinion']) {
      assert.match(
        await p.page.locator(`[data-panel=${panel}] [role=note]`).first().innerText(),
        /sources\.json: HTTP 404/,
        panel,
      );
    }
    // The sources view, the place of both files, says what failed too.
    assert.match(await p.page.locator('#sources').innerText(), /sources\.json/);
    assert.deepEqual(p.pageErrors, []);
  } finally {
    suite.server.clearOverrides();
    await p.close();
  }
});

test('the layout holds from a phone to a projector', async () => {
  for (const width of [360, 1920]) {
    const p = await newPage(suite.browser, suite.server, { viewport: { width, height: 900 } });
    try {
      await p.goto('/');
      await waitForPanels(p.page);
      const overflow = await p.page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      assert.ok(overflow <= 0, `no horizontal scroll at ${width}px (overflow ${overflow}px)`);
      await screenshot(p.page, `shell-${width}`);
    } finally {
      await p.close();
    }
  }
});
