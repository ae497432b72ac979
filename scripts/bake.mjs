// Bakes the default view into dist/index.html (`npm run build` runs it after `vite build`): the
// page is drawn at first paint and reads with JavaScript off.
//
// The markup is the app's own: the built dashboard is opened in the system Chromium at BAKE_WIDTH,
// and once every panel shows its figures, the page's #root is written into the HTML. So the baked
// page lays out exactly as the app's first view does, and the app replaces it in one commit (see
// src/main.tsx) with nothing moving. What a browser needs to show it without the app:
// - the markup's inline styles go into one <style> in the head, which the Content-Security-Policy
//   allows by its hash (the policy allows no style attribute);
// - each chart's SVG scales to its box (viewBox), and the map's panes are centred in theirs, so the
//   page also reads at other widths until the app draws them anew;
// - each panel's table (its Table view) is added in a <noscript>, so every figure reads without
//   JavaScript, under a line that says what needs it;
// - its fields are inert: they do nothing until the app takes over;
// - every top-level element is marked `data-baked`: a URL with a view of its own hides them before
//   first paint (the script in index.html's head), so it never shows the default view's figures.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { headersFile, withPolicy } from './csp.mjs';
import { launchBrowser, newPage, PROJECT_ROOT, startServer } from './browser.mjs';

const BAKE_WIDTH = 1440;
const PAGE = `${PROJECT_ROOT}dist/index.html`;
const WORKER = `${PROJECT_ROOT}dist/sw.js`;
const ROOT_ELEMENT = '<div id="root"></div>';
const NOSCRIPT_LINE = /<noscript>This dashboard needs JavaScript\.<\/noscript>\s*/;

/**
 * Waits until the page shows everything it has: every panel its figures, and the key figures,
 * timeline and sources loaded (no loading line, no placeholder, no error anywhere); then for its
 * fonts and a moment for the layout to settle.
 */
async function ready(page) {
  await page.waitForFunction(
    () => {
      const panels = [...document.querySelectorAll('[data-panel]')];
      const loading = [...document.querySelectorAll('#root [role=status]')].some((el) =>
        el.textContent.startsWith('Loading'),
      );
      return (
        panels.length > 0 &&
        panels.every((el) => el.dataset.ready === 'true' || el.querySelector('[role=alert]')) &&
        !loading &&
        !document.querySelector('#root :is(.skeleton, .key-figures--loading)')
      );
    },
    null,
    { timeout: 30000 },
  );
  const errors = await page.$$eval('#root [role=alert]', (els) => els.map((e) => e.textContent));
  if (errors.length > 0) throw new Error(`bake: the page shows an error: ${errors.join(' | ')}`);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
}

/** Each panel's tables (with their scrolling boxes) in its Table view, by panel id (the `tables` URL parameter opens them all). */
async function panelTables(p, ids) {
  await p.goto(`/?tables=${ids.join(',')}`);
  await ready(p.page);
  return p.page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-panel]')].map((panel) => [
        panel.dataset.panel,
        [...panel.querySelectorAll('.panel__body .table-wrap')].map((t) => t.outerHTML).join(''),
      ]),
    ),
  );
}

/**
 * The default view's #root, made to stand alone: its style attributes moved into rules (keyed by a
 * `data-b` number), each panel body ending in a `<!--table:ID-->` mark for its table.
 */
function standAlone() {
  const root = document.getElementById('root').cloneNode(true);
  // Live parts with nothing to show: tooltips, and the map's hidden animation proxy.
  for (const el of root.querySelectorAll('.recharts-tooltip-wrapper, .leaflet-proxy')) el.remove();
  // A chart keeps its height and fits its width: drawn for this width, scaled on another.
  for (const svg of root.querySelectorAll('svg.recharts-surface')) {
    const { width, height } = svg.getBoundingClientRect();
    if (!svg.hasAttribute('viewBox')) svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('width', '100%');
    svg.style.width = '100%';
  }
  for (const wrapper of root.querySelectorAll('.recharts-wrapper')) wrapper.style.width = '100%';
  // The map is drawn around its centre: centred in its box, it shows the same place at any width.
  for (const pane of root.querySelectorAll('.leaflet-map-pane')) {
    const box = document.querySelector('.leaflet-container').getBoundingClientRect();
    pane.style.left = `calc(50% - ${box.width / 2}px)`;
  }
  for (const body of root.querySelectorAll('[data-panel] .panel__body')) {
    body.append(document.createComment(`table:${body.closest('[data-panel]').dataset.panel}`));
  }
  const rules = [];
  for (const el of root.querySelectorAll('[style]')) {
    el.setAttribute('data-b', String(rules.length));
    const declarations = [...el.style].map(
      (name) => `${name}:${el.style.getPropertyValue(name)} !important`,
    );
    rules.push(`[data-b="${rules.length}"]{${declarations.join(';')}}`);
    el.removeAttribute('style');
  }
  // Its fields do nothing until the app takes over (nor ever, with JavaScript off): inert, so a
  // radio, box or slider cannot show a choice the figures beside it do not follow. (A button's
  // press is simply lost; its text, a year in a table's header say, stays readable to a screen
  // reader, which inert would hide. Disclosures, <details>, work without a script.)
  for (const el of root.querySelectorAll('input, select, textarea')) el.setAttribute('inert', '');
  // `data-ready` says the app shows a panel's figures: not yet, in the page as written.
  for (const panel of root.querySelectorAll('[data-ready]')) panel.removeAttribute('data-ready');
  for (const child of root.children) child.setAttribute('data-baked', '');
  return { markup: root.innerHTML, css: rules.join('\n') };
}

/** A panel's table markup for <noscript>: its style attributes dropped (its layout is its CSS). */
function tableMarkup(html) {
  return html.replace(/\sstyle="[^"]*"/g, '').replace(/<\/noscript/gi, '&lt;/noscript');
}

const html = await readFile(PAGE, 'utf8');
if (!html.includes(ROOT_ELEMENT)) throw new Error('bake: dist/index.html has no empty #root');

const server = await startServer();
const browser = await launchBrowser();
let baked;
try {
  const p = await newPage(browser, server, { viewport: { width: BAKE_WIDTH, height: 900 } });
  await p.goto('/');
  await ready(p.page);
  const view = await p.page.evaluate(standAlone);
  // The stylesheets the panels' code brought in (the map's, say), linked as the app links them.
  const sheets = await p.page.$$eval('head link[rel=stylesheet]', (links) =>
    links.map((link) => `.${new URL(link.href).pathname}`),
  );
  const ids = await p.page.$$eval('[data-panel]', (els) => els.map((el) => el.dataset.panel));
  const tables = await panelTables(p, ids);
  const problems = [
    ...p.pageErrors,
    ...p.appConsoleErrors(),
    ...p.httpErrors,
    ...p.blockedRequests,
  ];
  if (problems.length > 0) throw new Error(`bake: the page reported ${problems.join(' | ')}`);
  await p.close();
  baked = { ...view, tables, sheets };
} finally {
  await browser.close();
  await server.close();
}

const markup = baked.markup.replace(/<!--table:([a-z]+)-->/g, (_, id) => {
  if (!(id in baked.tables)) throw new Error(`bake: no table for panel ${id}`);
  return `<noscript><div class="baked-table">${tableMarkup(baked.tables[id])}</div></noscript>`;
});
// With JavaScript off, a line above the view on what it is and what needs JavaScript; under a URL
// with a view of its own, a line in place of the view while the app opens it.
const NOSCRIPT_NOTE =
  '<noscript><p class="baked-note">This is the dashboard’s default view, as built. Filtering, ' +
  'the map, exports and briefing mode need JavaScript.</p></noscript>';
const LINKED_NOTE = '<p class="baked-linked" data-baked>Opening the view in this link…</p>';
if (!markup.includes('<main ')) throw new Error('bake: the page has no <main>');
const view = markup.replace('<main ', () => `${LINKED_NOTE}<main `);
const links = baked.sheets
  .filter((href) => !html.includes(`href="${href}"`))
  .map((href) => `  <link rel="stylesheet" crossorigin href="${href}">\n`)
  .join('');
const page = html
  .replace(NOSCRIPT_LINE, '')
  .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, '')
  .replace('</head>', () => `${links}  <style>\n${baked.css}\n</style>\n  </head>`)
  .replace(ROOT_ELEMENT, () => `<div id="root">${NOSCRIPT_NOTE}${view}</div>`);
await writeFile(PAGE, withPolicy(page));
// The same policy for a host that sends headers (README, "Security headers").
await writeFile(`${PROJECT_ROOT}dist/_headers`, headersFile(page));

// The service worker precaches index.html by a hash of its text: the baked text's.
const worker = await readFile(WORKER, 'utf8');
const revision = createHash('md5')
  .update(await readFile(PAGE))
  .digest('hex');
const entry = /(\{url:"index\.html",revision:")[0-9a-f]+(")/;
if (!entry.test(worker)) throw new Error('bake: sw.js does not precache index.html');
await writeFile(WORKER, worker.replace(entry, `$1${revision}$2`));

console.log(
  `baked the default view into dist/index.html (${Math.round((await readFile(PAGE)).length / 1024)} KB)`,
);
