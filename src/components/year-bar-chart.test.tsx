import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubChartLayout } from '@/test/render-panel';
import { YearBarChart } from './year-bar-chart';
import { type YearBar, type YearBarSeries } from './year-chart-shapes';

type Series = 'total';
interface Row {
  year: number;
  total: number | null;
}

const ROWS: Row[] = [
  { year: 2020, total: 270 },
  { year: 2021, total: 370 },
  { year: 2022, total: null },
];
const BARS: YearBar<Series>[] = [
  { label: '2020', year: 2020, status: 'observed', top: 270, total: 270 },
  { label: '2021', year: 2021, status: 'projected', top: 370, total: 370 },
  { label: '2022', year: 2022, status: 'gap', top: null, total: null },
];

const SERIES: YearBarSeries<Series>[] = [{ key: 'total', name: 'Total', colour: '#0072b2' }];
const describeBar = (bar: YearBar<Series>) => `${bar.top} incidents`;
const tooltip = (row: Row) => <p>{row.year}</p>;
const MARGIN = { top: 18, right: 8, bottom: 0, left: 0 };

function Chart() {
  const [selected, setSelected] = useState(2020);
  return (
    <YearBarChart
      rows={ROWS}
      bars={BARS}
      selected={selected}
      onSelect={setSelected}
      series={SERIES}
      describe={describeBar}
      tooltip={tooltip}
      title="Incidents per year"
      className="test-chart"
      legendLabel="Legend: incidents"
      stackId="incidents"
      yAxisWidth={40}
      margin={MARGIN}
      height={230}
    />
  );
}

describe('YearBarChart', () => {
  beforeEach(() => stubChartLayout());

  it('says what each year is, and a click puts another year in focus', async () => {
    const { container } = render(<Chart />);
    const bar = (year: number) => container.querySelector(`rect[data-year="${year}"][data-series]`);
    await waitFor(() => expect(bar(2021)).not.toBeNull());
    // Projected bars say so in their names; a gap says "no data", never 0.
    expect(screen.getByRole('button', { name: '2020: 270 incidents, observed' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '2021 projected: 370 incidents' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '2022: no data' })).toBeTruthy();
    expect(bar(2022)).toBeNull();
    expect(container.querySelector('.year-gap[data-year="2022"]')?.textContent).toBe('no data');
    expect(bar(2021)).toHaveAttribute('data-status', 'projected');

    const outline = () =>
      container.querySelector('.year-selected-outline')?.getAttribute('x') ?? null;
    const outlineBefore = outline();
    expect(outlineBefore).not.toBeNull();
    expect(screen.getByRole('button', { name: '2020: 270 incidents, observed' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // The legend names the series, the hatching and the gaps.
    const legend = screen.getByRole('list', { name: 'Legend: incidents' });
    expect(legend).toHaveTextContent('Total');
    expect(legend).toHaveTextContent('projected');
    expect(legend).toHaveTextContent('no data');
    await userEvent.click(screen.getByRole('button', { name: '2021 projected: 370 incidents' }));

    // The year in focus moved: its tick is pressed and the outline is around its bar…
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '2021 projected: 370 incidents' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    expect(screen.getByRole('button', { name: '2020: 270 incidents, observed' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(outline()).not.toBe(outlineBefore);
    expect(container.querySelectorAll('.year-selected-outline')).toHaveLength(1);
  });
});
