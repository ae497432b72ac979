// Takes screenshots of the production build (run `npm run build` first):
//   node scripts/screenshot.mjs [path-and-query] [name] [width] [height]
// Writes tests/browser/artifacts/<name>.png and prints any page errors, for looking at the page.
import { launchBrowser, newPage, screenshot, startServer } from './browser.mjs';

const [route = '/', name = 'page', width = '1440', height = '900'] = process.argv.slice(2);
const server = await startServer();
const browser = await launchBrowser();
try {
  const p = await newPage(browser, server, {
    viewport: { width: Number(width), height: Number(height) },
  });
  await p.goto(route);
  await p.page
    .waitForFunction(
      () =>
        document.querySelectorAll('[data-panel]').length > 0 &&
        [...document.querySelectorAll('[data-panel]')].every(
          (el) => el.getAttribute('data-ready') === 'true' || el.querySelector('[role=alert]'),
        ),
      null,
      { timeout: 10000 },
    )
    .catch(() => console.warn('panels not all ready after 10 s'));
  await p.page.waitForTimeout(600);
  console.log(await screenshot(p.page, name));
  for (const e of [...p.pageErrors, ...p.appConsoleErrors(), ...p.blockedRequests])
    console.log('!', e);
  await p.close();
} finally {
  await browser.close();
  await server.close();
}
