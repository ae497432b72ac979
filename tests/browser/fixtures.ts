// What every browser test shares (tests/browser/*.spec.ts), as Playwright Test fixtures:
//
// - Every browser context is guarded: any request to a host other than 127.0.0.1/localhost is
//   aborted and recorded, and console errors, uncaught page errors and HTTP errors are recorded.
//   When the test ends, the recorded errors and blocked requests fail it (unless the test said it
//   expects them: `net(page).allowBlocked(...)`, or a response it replaced with `net(page).serve`).
// - Every page reports each Content-Security-Policy violation (a `securitypolicyviolation`
//   listener added before the page's own scripts run); any one fails the test, with the directive
//   and the blocked URI, unless the test took it with `net(page).takeCspViolations()`.
// - `newContext()` opens another guarded context (a second person, another viewport).
// - open(page, query) goes to the dashboard and waits until it is ready; ready(page) waits again.
// - assertClean(page) checks the errors so far and runs axe (WCAG 2.0/2.1 A and AA): no violations.

import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  test as base,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type Response,
} from '@playwright/test';
// Loopback hosts and in-page schemes only: the one rule, shared with the benchmark.
import { isAllowedUrl } from '../../scripts/browser.mjs';

/** A replacement response for one path: a string body as is, anything else as JSON. */
export interface Override {
  status?: number;
  body?: unknown;
  contentType?: string;
}

/** What one browser context did on the network and in its console. */
export class Net {
  readonly pageErrors: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly httpErrors: string[] = [];
  readonly blocked: string[] = [];
  /** Content-Security-Policy violations: directive, blocked URI, where. */
  cspViolations: string[] = [];
  /** Every request URL, in order. */
  readonly requests: string[] = [];
  readonly scripts: Response[] = [];
  private readonly overrides = new Map<string, Override>();
  private readonly overridden = new Set<string>();
  private blockedAllowed: (url: string) => boolean = () => false;

  /** Answers requests for `path` (e.g. '/data/trade.json') with `override` until cleared. */
  serve(path: string, override: Override): void {
    this.overrides.set(path, override);
    this.overridden.add(path);
  }

  clearOverrides(): void {
    this.overrides.clear();
  }

  override(path: string): Override | undefined {
    return this.overrides.get(path);
  }

  /** Blocked requests matching `allowed` are expected: they do not fail the test. */
  allowBlocked(allowed: (url: string) => boolean): void {
    this.blockedAllowed = allowed;
  }

  /** Console errors minus the browser's "Failed to load resource" lines (see httpErrors). */
  appConsoleErrors(): string[] {
    return this.consoleErrors.filter((line) => !line.startsWith('Failed to load resource:'));
  }

  /** The violations so far, which the test expected: they (and the browser's console lines on them) no longer fail it. */
  takeCspViolations(): string[] {
    const taken = this.cspViolations;
    this.cspViolations = [];
    const kept = this.consoleErrors.filter((line) => !line.includes('Content Security Policy'));
    this.consoleErrors.splice(0, this.consoleErrors.length, ...kept);
    return taken;
  }

  /** Fails if anything went wrong that the test did not ask for. */
  verify(what = 'the page'): void {
    expect(this.cspViolations, `${what}: Content-Security-Policy violations`).toEqual([]);
    expect(this.pageErrors, `${what}: uncaught errors`).toEqual([]);
    expect(this.appConsoleErrors(), `${what}: console errors`).toEqual([]);
    const unexpectedHttp = this.httpErrors.filter(
      (line) => !this.overridden.has(new URL(line.slice(line.indexOf(' ') + 1)).pathname),
    );
    expect(unexpectedHttp, `${what}: HTTP errors`).toEqual([]);
    const unexpectedBlocked = this.blocked.filter((url) => !this.blockedAllowed(url));
    expect(unexpectedBlocked, `${what}: requests to hosts other than loopback`).toEqual([]);
  }

  /** True if a script the page loaded contains `text`. */
  async loadedScriptContaining(text: string): Promise<boolean> {
    for (const response of this.scripts) {
      if ((await response.text()).includes(text)) return true;
    }
    return false;
  }
}

const nets = new WeakMap<BrowserContext, Net>();

/** The network and console record of the page's context. */
export function net(page: Page): Net {
  const found = nets.get(page.context());
  if (!found) throw new Error('this page was not opened through the test fixtures');
  return found;
}

async function guard(context: BrowserContext): Promise<Net> {
  const record = new Net();
  nets.set(context, record);
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!isAllowedUrl(url)) {
      record.blocked.push(url);
      return route.abort('blockedbyclient');
    }
    const { pathname } = new URL(url);
    const override = record.override(pathname);
    if (!override) return route.continue();
    const { status = 200, body = '', contentType } = override;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return route.fulfill({
      status,
      body: text,
      contentType:
        contentType ??
        (pathname.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/plain'),
      headers: { 'cache-control': 'no-store' },
    });
  });
  await context.routeWebSocket(/.*/, (ws) => {
    if (isAllowedUrl(ws.url())) return ws.connectToServer();
    record.blocked.push(ws.url());
    return ws.close();
  });
  await context.exposeBinding('__reportCspViolation', (_source, line: string) => {
    record.cspViolations.push(line);
  });
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { __reportCspViolation: (line: string) => void })
          .__reportCspViolation;
        report(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(none)'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}` +
            (e.sample ? ` (“${e.sample}”)` : ''),
        );
      },
      true,
    );
  });
  context.on('request', (request) => record.requests.push(request.url()));
  context.on('response', (response) => {
    if (response.status() >= 400) record.httpErrors.push(`${response.status()} ${response.url()}`);
    if (response.request().resourceType() === 'script') record.scripts.push(response);
  });
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    record.consoleErrors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    record.pageErrors.push(error.stack || `${error.name}: ${error.message}`);
  });
  return record;
}

interface Fixtures {
  /** The default context's record (the guard is installed whether or not a test asks for it). */
  watch: Net;
  /** Opens another guarded context; checked and closed when the test ends. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}

export const test = base.extend<Fixtures>({
  watch: [
    async ({ context }, use) => {
      const record = await guard(context);
      await use(record);
      record.verify();
    },
    { auto: true },
  ],
  newContext: async ({ browser, contextOptions }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ ...contextOptions, ...options });
      await guard(context);
      opened.push(context);
      return context;
    });
    for (const context of opened) {
      nets.get(context)?.verify('another context');
      await context.close();
    }
  },
});

export { expect };

/** A visible panel still loading: neither showing its figures nor an error. */
const loadingPanels = (page: Page) =>
  page
    .locator('[data-panel]:not([hidden]):not([data-ready=true])')
    .filter({ hasNot: page.getByRole('alert') });

/** Waits until every shown panel shows its figures or an error. */
export async function ready(page: Page): Promise<void> {
  await expect(page.locator('[data-panel]:not([hidden])').first()).toBeAttached();
  await expect(loadingPanels(page)).toHaveCount(0, { timeout: 15_000 });
}

/** Goes to the dashboard at `query` (a path and query, default '/') and waits until it is ready. */
export async function open(page: Page, query = '/'): Promise<void> {
  const response = await page.goto(query);
  expect(response?.status(), `status of ${query}`).toBe(200);
  await ready(page);
}

/** The ids of the shown panels that show their figures, and of those that show an error. */
export async function panelStates(page: Page): Promise<{ ready: string[]; failed: string[] }> {
  return page.evaluate(() => {
    const panels = [...document.querySelectorAll<HTMLElement>('[data-panel]:not([hidden])')];
    return {
      ready: panels
        .filter((el) => el.getAttribute('data-ready') === 'true')
        .map((el) => el.dataset.panel ?? '')
        .sort(),
      failed: panels
        .filter((el) => el.querySelector('[role=alert]'))
        .map((el) => el.dataset.panel ?? '')
        .sort(),
    };
  });
}

/** The address bar's query parameters. */
export function query(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/** Waits until the query parameters equal `expected` (or, `partial`, include them). */
export async function expectQuery(
  page: Page,
  expected: Record<string, string>,
  { partial = false } = {},
): Promise<void> {
  await expect
    .poll(() => query(page))
    .toEqual(partial ? expect.objectContaining(expected) : expected);
}

export interface CleanOptions {
  /** CSS selector(s) to limit the axe scan to (default: the whole page). */
  include?: string | string[];
  /** CSS selector(s) to leave out of the scan. */
  exclude?: string | string[];
  /** Names the check in failure messages. */
  label?: string;
}

/** Human-readable axe violations, for failure messages. */
function formatViolations(
  violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations'],
): string {
  const lines = [`${violations.length} accessibility violation(s):`];
  for (const v of violations) {
    lines.push(`\n[${v.impact ?? 'unknown'}] ${v.id}: ${v.help}`, `  ${v.helpUrl}`);
    for (const node of v.nodes) {
      lines.push(`  - ${node.target.join(' ')}`, `    ${node.html}`);
      if (node.failureSummary)
        lines.push(`      ${node.failureSummary.replace(/\n/g, '\n      ')}`);
    }
  }
  return lines.join('\n');
}

/**
 * No uncaught errors, console errors, unexpected HTTP errors or blocked requests so far, and no
 * axe violations of WCAG 2.0/2.1 A and AA rules in the page (or the parts `include` names).
 */
export async function assertClean(page: Page, options: CleanOptions = {}): Promise<void> {
  const label = options.label ?? 'the page';
  net(page).verify(label);
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of [options.include ?? []].flat()) builder = builder.include(selector);
  for (const selector of [options.exclude ?? []].flat()) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  expect(violations.length, `${label}: ${formatViolations(violations)}`).toBe(0);
}

/** Saves a screenshot with the test's results (tests/browser/artifacts/results/), for a person. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage });
}

/** Opens the Briefing dialog and returns it. */
export async function openBriefing(page: Page) {
  await page.getByRole('button', { name: 'Briefing', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Briefing' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The filter bar's "Filters (n)" button. */
export const filtersToggle = (page: Page) =>
  page.getByRole('search', { name: 'Filters' }).getByRole('button', { name: /^Filters \(\d+\)$/ });

/**
 * Opens "Filters (n)": the chips and the years shown (and on a narrow screen every other filter),
 * which the one-row bar folds away.
 */
export async function openFilters(page: Page): Promise<void> {
  const toggle = filtersToggle(page);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}
