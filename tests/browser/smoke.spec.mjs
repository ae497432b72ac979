import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkA11y,
  contentTypeFor,
  formatViolations,
  newPage,
  screenshot,
  setupSuite,
  startServer,
} from './harness.mjs';

const suite = setupSuite();

test('the app loads from dist/ with a visible heading, no errors and no axe violations', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    const response = await p.goto('/');
    assert.equal(response?.status(), 200);

    const heading = p.page.getByRole('heading', { level: 1 });
    await heading.waitFor({ state: 'visible' });
    assert.match(await heading.innerText(), /Pakistan/);

    const violations = await checkA11y(p.page);
    assert.equal(violations.length, 0, formatViolations(violations));

    await screenshot(p.page, 'smoke-home');
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(p.consoleErrors, []);
    assert.deepEqual(p.httpErrors, []);
    assert.deepEqual(p.blockedRequests, []);
  } finally {
    await p.close();
  }
});

test('requests to non-loopback hosts are aborted and recorded', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await p.goto('/');
    const result = await p.page.evaluate(() =>
      fetch('https://example.com/x').then(
        (r) => `reached (${r.status})`,
        () => 'blocked',
      ),
    );
    assert.equal(result, 'blocked');
    assert.deepEqual(p.blockedRequests, ['https://example.com/x']);

    // An image and a WebSocket are blocked too.
    await p.page.evaluate(
      () =>
        new Promise((resolve) => {
          const img = new Image();
          img.onload = img.onerror = resolve;
          img.src = 'https://example.com/pixel.png';
        }),
    );
    const wsResult = await p.page.evaluate(
      () =>
        new Promise((resolve) => {
          const ws = new WebSocket('wss://example.com/socket');
          ws.onopen = () => resolve('open');
          ws.onclose = () => resolve('closed');
        }),
    );
    assert.equal(wsResult, 'closed');
    assert.deepEqual(p.blockedRequests, [
      'https://example.com/x',
      'https://example.com/pixel.png',
      'wss://example.com/socket',
    ]);
    assert.deepEqual(p.pageErrors, []);
  } finally {
    await p.close();
  }
});

test('overrides replace a response per path and can change between requests', async () => {
  const p = await newPage(suite.browser, suite.server);
  const fetchProbe = () =>
    p.page.evaluate(async () => {
      const r = await fetch('./data/probe.json');
      return { status: r.status, type: r.headers.get('content-type'), body: await r.text() };
    });
  try {
    await p.goto('/');

    // Without an override a missing file is a plain 404.
    assert.equal((await fetchProbe()).status, 404);

    suite.server.setOverrides({ '/data/probe.json': { status: 404 } });
    assert.equal((await fetchProbe()).status, 404);

    suite.server.setOverrides({ '/data/probe.json': { status: 200, body: '{ not json' } });
    assert.deepEqual(await fetchProbe(), {
      status: 200,
      type: 'application/json; charset=utf-8',
      body: '{ not json',
    });

    suite.server.setOverrides({ '/data/probe.json': { body: { ok: true } } });
    assert.deepEqual(JSON.parse((await fetchProbe()).body), { ok: true });

    suite.server.clearOverrides();
    assert.equal((await fetchProbe()).status, 404);
    assert.equal(p.httpErrors.length, 3);
    assert.ok(p.httpErrors.every((line) => line.startsWith('404 ')));
    // Each 404 also logs "Failed to load resource"; appConsoleErrors() leaves those out.
    assert.equal(p.consoleErrors.length, 3);
    assert.deepEqual(p.appConsoleErrors(), []);
  } finally {
    await p.close();
  }
});

test('console errors, uncaught errors and axe violations are caught, not hidden', async () => {
  const p = await newPage(suite.browser, suite.server);
  try {
    await p.goto('/');
    await p.page.evaluate(() => {
      console.error('probe: console error');
      setTimeout(() => {
        throw new Error('probe: uncaught error');
      });
      void Promise.reject(new Error('probe: unhandled rejection'));
    });
    await p.page.waitForTimeout(100);
    assert.equal(p.consoleErrors.length, 1);
    assert.match(p.consoleErrors[0], /^probe: console error/);
    assert.equal(p.pageErrors.length, 2);
    assert.ok(p.pageErrors.some((e) => e.includes('probe: uncaught error')));
    assert.ok(p.pageErrors.some((e) => e.includes('probe: unhandled rejection')));

    await p.page.evaluate(() => {
      const probe = document.createElement('section');
      probe.id = 'a11y-probe';
      probe.innerHTML =
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">' +
        '<p style="color:#bbb;background:#fff">low contrast</p>';
      document.body.append(probe);
    });
    const violations = await checkA11y(p.page, { include: '#a11y-probe' });
    assert.deepEqual(violations.map((v) => v.id).sort(), ['color-contrast', 'image-alt']);
    const report = formatViolations(violations);
    assert.match(report, /2 accessibility violation\(s\)/);
    assert.match(report, /image-alt/);
    assert.match(report, /<img src="data:image\/gif/);

    // Excluding the probe leaves the stub page clean again.
    assert.deepEqual(await checkA11y(p.page, { exclude: '#a11y-probe' }), []);
  } finally {
    await p.close();
  }
});

test('the static server sends correct content types and refuses paths outside the root', async () => {
  const server = await startServer();
  try {
    const index = await fetch(`${server.url}/`);
    assert.equal(index.status, 200);
    assert.equal(index.headers.get('content-type'), 'text/html; charset=utf-8');
    const html = await index.text();

    const script = html.match(/src="\.?\/?(assets\/[^"]+\.js)"/)?.[1];
    assert.ok(script, 'index.html references a built script');
    const js = await fetch(`${server.url}/${script}`);
    assert.equal(js.status, 200);
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    await js.arrayBuffer();

    for (const [file, type] of Object.entries({
      'a.json': 'application/json; charset=utf-8',
      'a.css': 'text/css; charset=utf-8',
      'a.svg': 'image/svg+xml',
      'a.png': 'image/png',
      'a.woff2': 'font/woff2',
      'a.bin': 'application/octet-stream',
    })) {
      assert.equal(contentTypeFor(file), type, file);
    }

    for (const missing of ['/nope.json', '/..%2Fpackage.json', '/%2e%2e/package.json']) {
      const r = await fetch(`${server.url}${missing}`);
      assert.equal(r.status, 404, missing);
      await r.arrayBuffer();
    }
  } finally {
    await server.close();
  }
});
