import { describe, expect, it } from 'vitest';
import { findChartSvg } from './find-chart';
import { panelToSvg } from './svg';

function panel(body: string): HTMLElement {
  const section = document.createElement('section');
  section.innerHTML = `
    <header class="panel__header">
      <h2>Security incidents</h2><p class="panel__subtitle">Incidents along the border per year</p>
      <div class="panel__tools"><button>Export</button></div>
    </header>
    <div class="panel__body">${body}</div>`;
  document.body.append(section);
  return section;
}

const chart = `
  <div class="recharts-wrapper">
    <svg class="recharts-surface" width="500" height="300" viewBox="0 0 500 300">
      <defs><pattern id="projected-0072b2" width="6" height="6"><rect width="3" height="6" fill="#0072b2"/></pattern></defs>
      <rect class="bar" x="10" y="50" width="40" height="250" fill="#0072b2"/>
      <rect class="bar" x="60" y="80" width="40" height="220" fill="url(#projected-0072b2)"/>
      <text x="10" y="295">2021 &amp; 2024</text>
    </svg>
    <div class="recharts-legend-wrapper"><ul>
      <li class="recharts-legend-item"><svg width="14" height="14"><path d="M0 0h14v14H0z" fill="#0072b2"/></svg><span>Incidents</span></li>
    </ul></div>
  </div>
  <p class="panel-sources">Sources: <a href="#source-jssa-2025">JSSA 2025, Table 3</a></p>`;

describe('SVG export', () => {
  it('finds the chart drawing, not the legend icons', () => {
    const section = panel(chart);
    expect(findChartSvg(section)?.getAttribute('class')).toBe('recharts-surface');
    expect(findChartSvg(panel('<table></table>'))).toBeNull();
  });

  it('leaves out a view the panel keeps hidden: its chart, legend and sources', () => {
    const hidden = chart
      .replace('width="500" height="300"', 'width="900" height="600"')
      .replace('<span>Incidents</span>', '<span>Other survey</span>')
      .replace('JSSA 2025, Table 3', 'Other source');
    const section = panel(
      `<div class="kept-view" hidden>${hidden}</div><div class="kept-view">${chart}</div>`,
    );
    expect(findChartSvg(section)?.getAttribute('width')).toBe('500');
    const text = panelToSvg(section, { title: 'Public opinion', footer: 'View: x' });
    expect(text).toContain('Incidents');
    expect(text).not.toContain('Other survey');
    expect(text).not.toContain('Other source');
  });

  it('writes a standalone SVG with the title, legend, a "projected" key and the sources', () => {
    const text = panelToSvg(panel(chart), { title: 'Security incidents', footer: 'View: x' });
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector('title')?.textContent).toBe('Security incidents');
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Security incidents',
        'Incidents along the border per year',
        'Incidents',
        'projected',
        'Sources: JSSA 2025, Table 3',
        'View: x',
        '2021 & 2024',
      ]),
    );
    // The chart's own pattern travels with it; the controls do not.
    expect(root.querySelector('#projected-0072b2')).not.toBeNull();
    expect(text).not.toContain('Export');
    expect(Number(root.getAttribute('width'))).toBeGreaterThanOrEqual(500);
  });

  it('refuses a panel with no chart drawing', () => {
    expect(() => panelToSvg(panel('<table></table>'), { title: 'T' })).toThrow(/no chart/);
  });
});
