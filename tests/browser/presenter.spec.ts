// Presenting at 1920×1080, as a room sees it and as the presenter drives it: one slide fills the
// screen and nothing else of the dashboard is seen or reached by Tab; type is sized for a
// projector; the notes go to a speaker window that moves with the slides from either window;
// projected figures keep their hatching; a view added with a table open presents that table.
import type { Locator, Page } from '@playwright/test';
import { assertClean, expect, open, openBriefing, screenshot, test } from './fixtures';

test.use({ viewport: { width: 1920, height: 1080 } });

/** Presents the deck from slide `n` (1-based) and returns the presenter's region. */
async function presentFrom(dialog: Locator, n: number) {
  await dialog.getByRole('button', { name: `Present from here (slide ${n})` }).click();
  const presenter = dialog.page().getByRole('region', { name: 'Presentation' });
  await expect(presenter).toBeVisible();
  await expect(dialog).toBeHidden();
  return presenter;
}

const slideCount = (dialog: Locator) =>
  dialog.getByRole('textbox', { name: /^Title of slide/ }).count();

/** The panels a person can see. */
const visiblePanels = (page: Page) =>
  page
    .locator('[data-panel]')
    .evaluateAll((panels) =>
      panels
        .filter((p) => p.checkVisibility({ visibilityProperty: true }))
        .map((p) => p.getAttribute('data-panel')),
    );

/** Rendered size in CSS pixels of the screen: the font size times the zoom the element is drawn at. */
const renderedSizes = (panel: Locator, selector: string) =>
  panel.evaluate(
    (root, sel) =>
      [...root.querySelectorAll<HTMLElement>(sel)]
        .filter((el) => el.checkVisibility() && (el.textContent ?? '').trim() !== '')
        .map((el) => parseFloat(getComputedStyle(el).fontSize) * el.currentCSSZoom),
    selector,
  );

test('a slide fills the screen with its panel alone, in type a room can read, and Tab stays in it', async ({
  page,
}) => {
  await open(page);
  const dialog = await openBriefing(page);
  const total = await slideCount(dialog);
  const title = await dialog.getByRole('textbox', { name: 'Title of slide 1' }).inputValue();
  const presenter = await presentFrom(dialog, 1);
  await expect(presenter.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(presenter).toContainText(`Slide 1 / ${total}`);

  const slide = page.locator('[data-panel=security]');
  await expect(slide.getByRole('heading', { name: 'Security incidents' })).toBeVisible();
  await expect.poll(() => visiblePanels(page)).toEqual(['security']);
  await expect(page.getByRole('heading', { name: 'Pakistan–Afghanistan relations' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Next year' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);

  // The panel takes the room between the presenter's head and bar.
  const box = await slide.boundingBox();
  expect(box?.width, 'slide width').toBeGreaterThanOrEqual(1900);
  expect(box?.height, 'slide height').toBeGreaterThanOrEqual(800);

  // Type for a projector: body text at least 18 px, axis labels at least 16 px.
  const body = await renderedSizes(slide, '.panel__subtitle, .source-refs, p');
  expect(body.length).toBeGreaterThan(0);
  expect(Math.min(...body), `body text sizes ${body.join(', ')}`).toBeGreaterThanOrEqual(18);
  const axis = await renderedSizes(slide, '.recharts-cartesian-axis-tick-value, .year-tick text');
  expect(axis.length).toBeGreaterThan(0);
  expect(Math.min(...axis), `axis label sizes ${axis.join(', ')}`).toBeGreaterThanOrEqual(16);

  // Tab goes round the slide and the presenter's controls, and nowhere else.
  const places = new Set<string>();
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (el?.closest('[data-panel=security]')) return 'slide';
      if (el?.closest('[aria-label=Presentation]')) return 'presenter';
      return el ? `${el.tagName} ${el.textContent?.slice(0, 40)}` : 'nothing';
    });
    places.add(where);
  }
  expect([...places].sort()).toEqual(['presenter', 'slide']);

  // An arrow key pressed in the chart moves the slide, not the chart's year.
  await slide.getByRole('button', { name: /^2024/ }).first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(presenter).toContainText(`Slide 2 / ${total}`);
  await page.keyboard.press('ArrowLeft');
  await expect(presenter).toContainText(`Slide 1 / ${total}`);

  await assertClean(page, { label: 'a slide' });
  await screenshot(page, 'presenting-slide', false);

  // A slide with no panel in focus shows the whole dashboard at its view, scaled to the room.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Panel in focus').first().selectOption('');
  await presentFrom(dialog, 1);
  await expect(page.locator('.key-figures')).toBeVisible();
  // The panels the slide's view shows (Security theme: the map and the incidents), and no note
  // of the hidden ones with a button that would change the view.
  await expect.poll(() => visiblePanels(page)).toEqual(['map', 'security']);
  await expect(page.getByRole('button', { name: 'Show all panels' })).toBeHidden();
  const fit = await page.evaluate(() => {
    const bar = document.querySelector('.presenter__bar')?.getBoundingClientRect().top ?? 0;
    return { bottom: document.getElementById('panels')?.getBoundingClientRect().bottom ?? 0, bar };
  });
  expect(fit.bottom, 'the overview ends above the bar').toBeLessThanOrEqual(fit.bar + 1);
  await assertClean(page, { label: 'an overview slide' });
});

test('the speaker view has the notes, the next slide and a clock; either window moves both', async ({
  page,
}) => {
  await open(page);
  const dialog = await openBriefing(page);
  const total = await slideCount(dialog);
  const notes = await dialog.getByLabel('Speaker notes').nth(0).inputValue();
  const third = await dialog.getByRole('textbox', { name: 'Title of slide 3' }).inputValue();
  const presenter = await presentFrom(dialog, 1);

  const [speaker] = await Promise.all([
    page.waitForEvent('popup'),
    presenter.getByRole('button', { name: 'Speaker view' }).click(),
  ]);
  await expect(speaker.getByRole('heading', { level: 1, name: /Speaker view/ })).toBeVisible();
  await expect(speaker.getByText(`Slide 1 / ${total}`)).toBeVisible();
  await expect(speaker.getByText(notes.slice(0, 60))).toBeVisible();
  await expect(speaker.getByText(/^\d+:\d\d$/)).toBeVisible();
  // The audience never sees the notes while the speaker view is open.
  await expect(page.getByText(notes.slice(0, 60)).filter({ visible: true })).toHaveCount(0);
  await expect(presenter.getByRole('button', { name: 'Notes' })).toHaveCount(0);

  // → in the speaker view moves the room's slide…
  await speaker.keyboard.press('ArrowRight');
  await expect(presenter).toContainText(`Slide 2 / ${total}`);
  await expect(speaker.getByText(`Slide 2 / ${total}`)).toBeVisible();
  await expect(speaker.getByRole('region', { name: 'Next' })).toContainText(third);
  // …and → in the room's window moves the speaker view.
  await page.keyboard.press('ArrowRight');
  await expect(speaker.getByText(`Slide 3 / ${total}`)).toBeVisible();
  await expect(presenter).toContainText(`Slide 3 / ${total}`);
  // The slide list jumps.
  await speaker.getByRole('button', { name: /^1 / }).click();
  await expect(presenter).toContainText(`Slide 1 / ${total}`);

  await assertClean(speaker, { label: 'the speaker view' });
  await screenshot(speaker, 'speaker-view', false);

  await page.keyboard.press('Escape');
  await expect(presenter).toHaveCount(0);
  await expect(speaker.getByText('The presentation has ended')).toBeVisible();
});

test('without a speaker window the notes show on this screen, with a warning', async ({ page }) => {
  await open(page);
  const dialog = await openBriefing(page);
  const notes = await dialog.getByLabel('Speaker notes').nth(0).inputValue();
  const presenter = await presentFrom(dialog, 1);
  await expect(page.getByText(notes.slice(0, 60)).filter({ visible: true })).toHaveCount(0);
  await presenter.getByRole('button', { name: 'Notes' }).click();
  await expect(presenter.getByText(notes.slice(0, 60))).toBeVisible();
  await expect(presenter.getByText('The audience sees these notes.')).toBeVisible();
  await assertClean(page, { label: 'notes on the presenting screen' });
});

test('projected figures keep their hatching on a slide', async ({ page }) => {
  await open(page);
  const dialog = await openBriefing(page);
  // The shipped deck's documents' refugee figures, 2024: projected (JSSA 2025, Table 2).
  const titles = await dialog
    .getByRole('textbox', { name: /^Title of slide/ })
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const n = titles.findIndex((t) => t.startsWith('Afghan refugees: over 1.42 million')) + 1;
  expect(n, 'the refugee slide').toBeGreaterThan(0);
  await presentFrom(dialog, n);
  const slide = page.locator('[data-panel=refugees]');
  await expect(
    slide.getByText('projected', { exact: true }).filter({ visible: true }).first(),
  ).toBeVisible();
  const hatched = await slide.evaluate((root) =>
    [...root.querySelectorAll('rect')]
      .filter((r) => r.checkVisibility() && /^url\(#/.test(r.getAttribute('fill') ?? ''))
      .map((r) => {
        const id = /^url\(#(.+)\)$/.exec(r.getAttribute('fill') ?? '')?.[1] ?? '';
        const pattern = document.getElementById(id);
        return {
          id,
          drawn: pattern?.tagName === 'pattern' && !!pattern.closest('svg')?.checkVisibility(),
        };
      }),
  );
  expect(hatched.length, 'hatched bars on the slide').toBeGreaterThan(0);
  expect(hatched.filter((h) => !h.drawn)).toEqual([]);
  await screenshot(page, 'presenting-projected', false);
});

test('a view added with the security table open presents that table', async ({ page }) => {
  await open(page, '/?year=2023');
  const security = page.locator('[data-panel=security]');
  await security.getByRole('button', { name: 'Table' }).click();
  const dialog = await openBriefing(page);
  await dialog.getByRole('button', { name: 'Add current view' }).click();
  const n = await slideCount(dialog);
  const card = dialog.getByRole('listitem').nth(n - 1);
  await expect(card.getByLabel('Panel in focus')).toHaveValue('security');
  await expect(card).toContainText('In focus: Security incidents (table)');
  const presenter = await presentFrom(dialog, n);
  await expect(presenter).toContainText(`Slide ${n} / ${n}`);
  await expect.poll(() => visiblePanels(page)).toEqual(['security']);
  await expect(security.getByRole('table')).toBeVisible();
  await expect(security.getByRole('row').nth(1)).toBeVisible();
  await assertClean(page, { label: 'a table slide' });
});
