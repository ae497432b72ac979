import { beforeEach, describe, expect, it } from 'vitest';
import { loadShipped } from '@/data/test-fixtures';
import { useFilterStore } from '@/features/filters/filter-store';
import { drawStillBody, registeredStill, stubChartLayout } from '@/test/render-panel';
import { OpinionPanel } from './opinion-panel';

const { opinion, sources } = loadShipped();

describe('opinion still', () => {
  beforeEach(() => {
    useFilterStore.getState().reset();
    stubChartLayout();
  });

  it('draws the survey of the year in focus: every figure, both keys, no live parts', async () => {
    useFilterStore.getState().setYear(2024);
    const spec = await registeredStill(<OpinionPanel mode="chart" />, { opinion, sources });
    expect(spec.subtitle).toBe('Answers by country, 2024 projection (% of respondents)');
    expect(spec.notes[0]).toMatch(/^Survey: Projected 2024 survey .*; status: projected\.$/);
    expect(spec.sources).toEqual(['Sources: JSSA 2025, Table 5']);
    const body = await drawStillBody(spec.body, (c) =>
      expect(c).toHaveTextContent('Afghanistan 45%'),
    );
    for (const figure of ['Pakistan 30%', 'Afghanistan 20%', 'Pakistan 75%', 'Afghanistan 70%']) {
      expect(body).toHaveTextContent(figure);
    }
    const pills = [...body.querySelectorAll('.sentiment-chart text')].map((t) => t.textContent);
    expect(pills).toEqual(expect.arrayContaining(['55%', '65%', '15%', '30%', '20%']));
    expect(body).toHaveTextContent('Pakistan (PK)');
    expect(body).toHaveTextContent('Neutral / no opinion (across 0)');
    expect(body).toHaveTextContent('Positive, neutral and negative views');
    // Every block is SVG, at the still's width; nothing to click, focus or hover (recharts' own
    // layers carry tabindex -1: out of the tab order).
    expect(body.querySelector('[role], [tabindex]:not([tabindex="-1"]), ul, p, h3')).toBeNull();
    expect(body.querySelector('.recharts-tooltip-wrapper')).toBeNull();
    expect(body.querySelector('.recharts-surface')).toHaveAttribute('width', '600');
  });

  it('draws the survey chosen, says it is not the year in focus’s, and marks its gaps', async () => {
    useFilterStore.getState().setYear(2024);
    useFilterStore.getState().setSurvey(2023);
    const spec = await registeredStill(<OpinionPanel mode="chart" />, { opinion, sources });
    expect(spec.subtitle).toBe('Answers by country, 2023 survey (% of respondents)');
    expect(spec.notes[0]).toBe('The 2023 survey, chosen here; the year in focus is 2024.');
    expect(spec.notes).toContainEqual(expect.stringMatching(/^2023 is the year of the citation/));
    const body = await drawStillBody(spec.body, (c) =>
      expect(c).toHaveTextContent('Afghanistan 65%'),
    );
    expect(body).toHaveTextContent('Pakistan 60%');
    expect(body).toHaveTextContent('Afghanistan 70%');
    expect(body).toHaveTextContent('Pakistan 70%');
    expect(body).toHaveTextContent('Pakistan: no data');
    expect(body).toHaveTextContent(
      'The 2023 survey did not report neutral / no opinion or positive views',
    );
    expect(body).toHaveTextContent('neutral, positive: not reported');
    // Each unreported question says so, twice, and draws no bar for it (never a 0).
    expect(body.querySelectorAll('.opinion-chart .no-data-mark')).toHaveLength(6);
    expect(body.querySelectorAll('.opinion-chart rect[data-country]')).toHaveLength(4);
  });
});
