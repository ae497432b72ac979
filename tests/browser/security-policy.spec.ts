// The Content-Security-Policy of both builds (scripts/csp.mjs): declared in the page, strict, and
// enforced. Every other spec fails on any violation (fixtures.ts), so these show that the policy
// is there to be violated, and that a violation is caught.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, net, open, ready, test } from './fixtures';

const FILE = pathToFileURL(resolve('dist-file/pak-afghan-briefing.html')).href;

const declaredPolicy = (page: Page) =>
  page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content', { timeout: 1000 });

/** Adds an inline script and an inline style element; says whether either took effect. */
const injectInline = (page: Page) =>
  page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "ran"';
    document.body.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { outline: 7px solid rgb(1, 2, 3) }';
    document.head.append(style);
    await new Promise((done) => requestAnimationFrame(done));
    return {
      script: document.body.dataset.injected === 'ran',
      style: getComputedStyle(document.body).outlineWidth === '7px',
    };
  });

/** An injected inline script and style do nothing, and each is reported as a violation. */
async function expectInlineRefused(page: Page) {
  expect(await injectInline(page)).toEqual({ script: false, style: false });
  await expect
    .poll(() =>
      net(page)
        .cspViolations.map((v) => v.split(' ')[0])
        .sort(),
    )
    .toEqual(['script-src-elem', 'style-src-elem']);
  net(page).takeCspViolations();
}

test('the hosted build declares a strict policy, the one its _headers sends, and it refuses an inline script and style', async ({
  page,
}) => {
  await open(page);
  const policy = await declaredPolicy(page);
  expect(readFileSync('dist/_headers', 'utf8')).toContain(`Content-Security-Policy: ${policy}\n`);
  // Its own inline code only: the head script and the baked view's stylesheets, by hash.
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]{43}=';/);
  expect(policy).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+;/);
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toMatch(/unsafe-(inline|eval)/);

  await expectInlineRefused(page);
});

test('the briefing file allows its own inline script and styles by hash, and nothing else', async ({
  page,
}) => {
  await page.goto(FILE);
  await ready(page);
  const policy = (await declaredPolicy(page)) ?? '';
  // The head script that marks a linked view, and the inlined app.
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]{43}='){2}(;|$)/);
  expect(policy).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+(;|$)/);
  expect(policy).not.toMatch(/unsafe-(inline|eval)/);

  await expectInlineRefused(page);
});
