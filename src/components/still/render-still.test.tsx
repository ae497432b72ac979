import { describe, expect, it } from 'vitest';
import { wrapText } from '@/lib/measure-text';
import { renderStill } from './render-still';
import { StillTable } from './still-table';

const STAMP = { link: 'https://example.org/briefing/?year=2023', date: '2026-12-07' };

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
/** Each text, its lines (tspans) joined by spaces, as a reader reads them. */
const texts = (doc: Document) =>
  [...doc.querySelectorAll('text')].map((t) => {
    const spans = [...t.querySelectorAll('tspan')];
    const parts = spans.length ? spans.map((s) => s.textContent ?? '') : [t.textContent ?? ''];
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  });

describe('renderStill', () => {
  it('composes the title, the notes, each still block in order, the sources, the link and the date', async () => {
    const { svg, width, height } = await renderStill(
      'Security incidents',
      {
        subtitle: 'Incidents per year, 2020–2024',
        notes: ['⚑ Sources disagree: a topic'],
        body: (
          <>
            <svg width={300} height={100} data-block="a">
              <text>first</text>
            </svg>
            <svg width={300} height={40} data-block="b">
              <text>second</text>
            </svg>
          </>
        ),
        sources: ['Sources: JSSA 2025, Table 3'],
      },
      STAMP,
      700,
    );
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(doc.querySelector('svg > title')?.textContent).toBe('Security incidents');
    expect(texts(doc)).toEqual([
      'Security incidents',
      'Incidents per year, 2020–2024',
      '⚑ Sources disagree: a topic',
      'first',
      'second',
      'Sources: JSSA 2025, Table 3',
      `View: ${STAMP.link}`,
      'Exported 2026-12-07 · Pakistan–Afghanistan relations briefing dashboard',
    ]);
    const [a, b] = [...root.querySelectorAll(':scope > g > svg')];
    expect(Number(b!.getAttribute('y'))).toBeGreaterThanOrEqual(Number(a!.getAttribute('y')) + 100);
    const lastLine = [...root.querySelectorAll('text')].at(-1)!;
    expect(Number(lastLine.getAttribute('y'))).toBeLessThan(height);
  });

  it('wraps a long line to the width, word by word, losing none', () => {
    const text = 'Sources: ' + 'JSSA 2025, Table 3; '.repeat(12);
    const lines = wrapText(text, 200, 11);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' ').trim());
  });
});

describe('StillTable', () => {
  it('draws every column and every cell, a missing figure as "no data", figures as the page writes them', async () => {
    const table = {
      name: 'trade-visible',
      columns: [
        { key: 'year', header: 'Year' },
        { key: 'total', header: 'Total trade' },
        { key: 'source', header: 'Source' },
      ],
      rows: [
        {
          year: 2019,
          total: 1700,
          source: 'JSSA 2025, Introduction (p. 1169): “…1.7 billion in 2019…”',
        },
        { year: 2020, total: null, source: null },
      ],
    };
    const { svg } = await renderStill(
      'Trade balance',
      { subtitle: '', notes: [], body: <StillTable table={table} width={500} />, sources: [] },
      STAMP,
      500,
    );
    const all = texts(parse(svg)).join(' ');
    for (const cell of ['Year', 'Total trade', 'Source', '2019', '1,700', '2020', 'no data']) {
      expect(all).toContain(cell);
    }
    expect(all).toContain('JSSA 2025, Introduction (p. 1169): “…1.7 billion in 2019…”');
  });
});

describe('StillTable, a long cell repeated down a column', () => {
  it('writes it once, then "(as above)"; a short one is written every time', async () => {
    const source = 'UNHCR Refugee Data Finder, Population statistics';
    const table = {
      name: 'series',
      columns: [
        { key: 'year', header: 'Year' },
        { key: 'status', header: 'Status' },
        { key: 'source', header: 'Source' },
      ],
      rows: [2020, 2021, 2022].map((year) => ({ year, status: 'observed', source })),
    };
    const { svg } = await renderStill(
      'Refugees by province',
      { subtitle: '', notes: [], body: <StillTable table={table} width={600} />, sources: [] },
      STAMP,
      600,
    );
    const all = texts(parse(svg));
    expect(all.filter((t) => t === source)).toHaveLength(1);
    expect(all.filter((t) => t === '(as above)')).toHaveLength(2);
    expect(all.filter((t) => t === 'observed')).toHaveLength(3);
  });
});
