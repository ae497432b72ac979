import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '@/features/filters/filter-config';
import { describeView, hiddenFocus, suggestTitle, type ViewNames } from './view-summary';

const names: ViewNames = {
  panels: { security: 'Security incidents', trade: 'Trade balance', map: 'Border map' },
  events: { 'paktika-airstrikes': 'Airstrikes in Paktika' },
  panelThemes: {
    security: ['security'],
    trade: ['trade', 'connectivity'],
    map: ['border', 'security'],
  },
};

describe('view summary', () => {
  it('says a view in words, naming panels and events', () => {
    expect(
      describeView(
        {
          ...DEFAULT_FILTERS,
          year: 2024,
          range: [2019, 2025],
          themes: ['security'],
          event: 'paktika-airstrikes',
          tier: 'public-series',
          tables: ['map', 'trade'],
          focus: 'map',
        },
        names,
      ),
    ).toEqual([
      'Year 2024',
      'Years 2019–2025',
      'Themes: Security',
      'Event: Airstrikes in Paktika',
      'Refugee figures: UNHCR series',
      'As tables: Trade balance',
      'In focus: Border map (table)',
    ]);
    expect(describeView(DEFAULT_FILTERS, names)).toEqual(['Year 2024']);
    expect(
      describeView(
        { ...DEFAULT_FILTERS, province: 'PK-KP' },
        {
          ...names,
          provinces: { 'PK-KP': 'Khyber Pakhtunkhwa' },
        },
      ),
    ).toEqual(['Year 2024', 'Province: Khyber Pakhtunkhwa']);
  });

  it('suggests a title from the panel in focus, else the themes', () => {
    expect(suggestTitle({ ...DEFAULT_FILTERS, focus: 'trade', year: 2022 }, names)).toBe(
      'Trade balance, 2022',
    );
    expect(suggestTitle({ ...DEFAULT_FILTERS, themes: ['security', 'trade'] }, names)).toBe(
      'Security, Trade, 2024',
    );
    expect(suggestTitle(DEFAULT_FILTERS, names)).toBe('Dashboard, 2024');
  });

  it('tells when a slide’s themes hide the panel it focuses', () => {
    expect(hiddenFocus({ ...DEFAULT_FILTERS, themes: ['opinion'], focus: 'trade' }, names)).toBe(
      'trade',
    );
    expect(
      hiddenFocus({ ...DEFAULT_FILTERS, themes: ['connectivity'], focus: 'trade' }, names),
    ).toBeNull();
    expect(hiddenFocus({ ...DEFAULT_FILTERS, focus: 'trade' }, names)).toBeNull();
  });
});
