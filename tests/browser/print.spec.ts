// Printing: the dashboard prints each shown panel as its still, and the deck one slide a page with
// its panel's still; nothing is cut at a page break and no control is printed.
import type { Page } from '@playwright/test';
import { assertClean, expect, open, openBriefing, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 900 } });

/** The printable size of a landscape A4 page with the stylesheet's 12 mm margins, in CSS px. */
const PAGE_HEIGHT = ((210 - 2 * 12) / 25.4) * 96;
const PAGE_WIDTH = ((297 - 2 * 12) / 25.4) * 96;

/** window.print() only counts its calls: the test prints to PDF itself. */
async function stubPrint(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
}

/** The number of pages in a PDF: its page objects. */
const pdfPages = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

const printed = (page: Page) =>
  page.evaluate(() => (window as unknown as { printed: number }).printed);

/** Boxes of `selector` in print layout: each must fit one page. */
async function printBoxes(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const img = el.querySelector('img');
      return {
        label: el.getAttribute('aria-label') ?? (el as HTMLElement).dataset.panel ?? '',
        height: r.height,
        image: img ? img.complete && img.naturalWidth > 0 : null,
        /** From the top of the box to the foot of its image. */
        toImageFoot: img ? img.getBoundingClientRect().bottom - r.top : 0,
      };
    }),
  );
}

test('Print prints each shown panel as its still, whole, with no controls', async ({ page }) => {
  await stubPrint(page);
  await open(page, '/?themes=security,trade,refugees,opinion,border');
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect.poll(() => printed(page)).toBe(1);
  // Laid out as on the page: its printable width and height.
  await page.setViewportSize({ width: Math.floor(PAGE_WIDTH), height: Math.floor(PAGE_HEIGHT) });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.panels')).toBeHidden();
  const figures = await printBoxes(page, '.print-stills figure');
  expect(figures.map((f) => f.label)).toEqual(['map', 'security', 'trade', 'refugees', 'opinion']);
  for (const figure of figures) {
    expect(figure.image, `${figure.label}: drawn`).toBe(true);
    expect(figure.height, `${figure.label}: fits one page`).toBeLessThanOrEqual(PAGE_HEIGHT);
  }
  // What prints of the filter bar and the timeline is their words: no control looks like one.
  const controls = await page.locator('button, input, select, textarea').evaluateAll((els) =>
    els
      .filter((el) => {
        if (el.getClientRects().length === 0) return false;
        const cs = getComputedStyle(el);
        const boxed = ['Top', 'Right', 'Bottom', 'Left'].some(
          (side) =>
            parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
            cs.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none',
        );
        const filled = !/^(rgba\(0, 0, 0, 0\)|rgb\(255, 255, 255\)|transparent)$/.test(
          cs.backgroundColor,
        );
        const field = el.matches('input, select, textarea') && cs.appearance !== 'none';
        return boxed || filled || field;
      })
      .map((el) => el.outerHTML.slice(0, 100)),
  );
  expect(controls, 'controls printed').toEqual([]);
  const pdf = await page.pdf({
    path: test.info().outputPath('dashboard.pdf'),
    preferCSSPageSize: true,
  });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  // After printing, the page is the dashboard again.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.print-stills')).toHaveCount(0);
  await expect(page.locator('[data-panel=security]')).toBeVisible();
  await assertClean(page, { label: 'after printing' });
});

test('Print deck prints one slide a page with its panel’s still, and the view comes back', async ({
  page,
}) => {
  await stubPrint(page);
  await open(page, '/?year=2021');
  const dialog = await openBriefing(page);
  await dialog.getByRole('button', { name: 'Print deck' }).click();
  await expect.poll(() => printed(page), { timeout: 30_000 }).toBe(1);
  // The view before printing is back.
  await expect(page).toHaveURL(/[?&]year=2021\b/);
  await page.setViewportSize({ width: Math.floor(PAGE_WIDTH), height: Math.floor(PAGE_HEIGHT) });
  await page.emulateMedia({ media: 'print' });
  const slides = await printBoxes(page, '.deck-print__slide');
  // Printing to PDF ends the print (afterprint): measured first.
  const pdf = await page.pdf({ path: test.info().outputPath('deck.pdf'), preferCSSPageSize: true });
  expect(slides.length, 'the shipped deck').toBeGreaterThan(5);
  const withFigure = slides.filter((s) => s.image !== null);
  expect(withFigure.length, 'slides with a panel drawn').toBeGreaterThan(3);
  // Each slide is one page: its title, view, figure, notes and sources.
  for (const slide of slides) {
    if (slide.image !== null) expect(slide.image, `${slide.label}: its figure is drawn`).toBe(true);
    expect(slide.height, `${slide.label}: fits one page`).toBeLessThanOrEqual(PAGE_HEIGHT);
  }
  expect(pdfPages(pdf), 'pages printed').toBe(slides.length);
});
