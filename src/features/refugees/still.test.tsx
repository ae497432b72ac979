import { beforeEach, describe, expect, it } from 'vitest';
import { loadShipped } from '@/data/test-fixtures';
import { useFilterStore } from '@/features/filters/filter-store';
import { drawStillBody, registeredStill, stubChartLayout } from '@/test/render-panel';
import { RefugeesPanel } from './refugees-panel';

const shipped = loadShipped();

/** Both charts drawn: the province labels and the UNHCR line. */
const drawnBoth = (c: HTMLElement) => {
  expect(c.querySelector('.province-labels text')).not.toBeNull();
  expect(c.querySelector('.recharts-line')).not.toBeNull();
};

describe('refugeesStill', () => {
  beforeEach(() => {
    useFilterStore.getState().reset();
    stubChartLayout();
  });

  it('draws the province chart of the documents, the UNHCR series and their keys, in SVG only', async () => {
    useFilterStore.getState().setYear(2023);
    const spec = await registeredStill(<RefugeesPanel mode="chart" />, {
      refugees: shipped.refugees,
      sources: shipped.sources,
      discrepancies: shipped.discrepancies,
    });
    expect(spec.subtitle).toBe(
      'Province figures from Documents (2024 projection); UNHCR series 1979–2025, refugees and returns; year in focus 2023',
    );
    expect(spec.notes).toContain(
      'No province figures for 2023: those shown are the 2024 figures, the only ones this source gives.',
    );
    expect(spec.notes.join('\n')).toMatch(
      /Registered refugees, in the documents: 1,400,000 in 2024, projected; JSSA 2025, Table 2: “2024 1,400,000/,
    );
    expect(spec.notes).toContain(
      'UNHCR, end of 2023: 1,987,717 refugees, observed; UNHCR Refugee Data Finder',
    );
    expect(spec.notes.join('\n')).toMatch(/⚑ Sources disagree: Mumtaz et al\. give .*2,600,000/);
    expect(spec.notes.join('\n')).toMatch(/⚑ Sources disagree: Second host province/);
    expect(spec.sources[0]).toMatch(/^Sources: JSSA 2025, Table 2;/);

    const body = await drawStillBody(spec.body, drawnBoth);
    const labels = [...body.querySelectorAll('.province-labels text')].map((t) => t.textContent);
    expect(labels).toEqual([
      'Khyber Pakhtunkhwa · 840,000 (60%)',
      'Punjab · 280,000 (20%)',
      'Balochistan · 210,000 (15%)',
      'Other / not specified · 70,000 (5%)',
    ]);
    const text = body.textContent ?? '';
    expect(text).toContain('Registered refugees by host province, 2024 projection');
    expect(text).toContain('People = share × 1,400,000');
    expect(text).toContain('other / not specified: not a province');
    expect(text).toContain('Refugees (end of year)');
    expect(text).toContain('Returned during the year');
    expect(text).not.toContain('Asylum seekers');
    // The legends and captions are SVG; nothing is HTML text, nothing is interactive (recharts
    // gives its layers tabindex -1, which takes no Tab stop).
    expect(body.querySelector('ul, p, figcaption, input')).toBeNull();
    expect(
      body.querySelector(
        '[role], [tabindex]:not([tabindex="-1"]), [data-province-hit], .year-pick-area',
      ),
    ).toBeNull();
    expect(body.querySelector('svg rect[fill^="url(#"]')).not.toBeNull();
    expect(body.querySelector('.year-marker')).not.toBeNull();
  });

  it('draws UNHCR’s shares and every series when the view asks for them', async () => {
    useFilterStore.getState().setTier('public-series');
    useFilterStore.getState().setAllSeries(true);
    useFilterStore.getState().toggleProvince('PK-SD');
    const spec = await registeredStill(<RefugeesPanel mode="chart" />, {
      refugees: shipped.refugees,
      sources: shipped.sources,
      discrepancies: shipped.discrepancies,
    });
    expect(spec.subtitle).toMatch(
      /^Province figures from UNHCR \(Feb 2021 shares\);.*every series/,
    );
    const body = await drawStillBody(spec.body, drawnBoth);
    const labels = [...body.querySelectorAll('.province-labels text')].map((t) => t.textContent);
    expect(labels).toContain('✓ Sindh · 66,168 (4.6%)');
    expect(labels).toContain('Azad Jammu and Kashmir (Pakistan-administered) · 5,754 (0.4%)');
    expect(body.querySelector('rect[data-province="PK-SD"]')).toHaveAttribute(
      'data-selected',
      'true',
    );
    expect(body.textContent).toContain('Asylum seekers');
    expect(body.textContent).toContain('Others of concern');
    expect(body.textContent).not.toContain('other / not specified: not a province');
  });
});
