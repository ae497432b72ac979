import { DEFAULT_FILTERS, type FilterState } from '@/features/filters/filter-config';
import type { Deck } from './deck-schema';

/*
 * The deck that ships with the app. Every figure in a title or a note is one the data brief
 * carries, with the document it was read from (and what that document cites); projected figures
 * say so. deck-schema.test.ts checks that the deck is valid and that each number in it occurs in
 * the shipped datasets.
 */

const view = (patch: Partial<FilterState>): FilterState => ({ ...DEFAULT_FILTERS, ...patch });

export const DEFAULT_DECK: Deck = {
  schemaVersion: 1,
  title: 'Pakistan–Afghanistan relations: key figures',
  slides: [
    {
      id: 'security-incidents',
      title:
        'Security incidents: 370 in 2021, 310 in 2023 (observed); 290 projected for 2024 — JSSA 2025',
      notes:
        'Incidents along the border, observed: 270 in 2020 and 370 in 2021 (JSSA 2025, Introduction, citing SATP 2023 and ACLED 2023; its Discussion cites SATP 2023 only); 310 in 2023 (Introduction and Discussion, neither sentence citing a source). There is no figure for 2022: the chart leaves a gap. ' +
        'Projected for 2024: 290 in all — 140 cross-border attacks, 80 militant activities, 70 counter-terrorism operations (JSSA 2025, Table 3).',
      view: view({ year: 2024, range: [2019, 2025], themes: ['security'], focus: 'security' }),
    },
    {
      id: 'terror-fatalities',
      title:
        'Terror-attack fatalities in Pakistan up 56% in 2023: over 1,500 killed — Punjab Today 2025',
      notes:
        'Over 1,500 killed in 2023, including 500 security personnel; a 56% rise over 2022 (Punjab Today, 21 January 2025, citing the Centre for Research and Security Studies, Islamabad). ' +
        'Reported by Punjab Today on 21 January 2025 (the article gives no date for them): a TTP attack on a checkpoint in north-west Pakistan killed 16 soldiers; Pakistani airstrikes on TTP camps in Paktika followed, 46 killed according to Taliban officials.',
      view: view({
        year: 2024,
        range: [2019, 2025],
        themes: ['security'],
        event: 'paktika-airstrikes',
        focus: 'map',
      }),
    },
    {
      id: 'trade',
      title:
        'Bilateral trade: USD 1,700 million in 2019, 1,200 million in 2021, 1,900 million in 2022; 1,750 million projected for 2024 — JSSA 2025',
      notes:
        'Observed totals, USD million: 1,700 (2019) and 1,200 (2021), JSSA 2025 introduction citing State Bank of Pakistan 2023 and Afghanistan CSO 2023; 1,900 (2022), citing World Bank 2023 and State Bank of Pakistan 2023. ' +
        'Projected for 2024 (JSSA 2025, Table 1): exports 1,400, imports 350, total 1,750, a surplus of 1,050 for Pakistan. Shown as a table, with the exact figures.',
      view: view({
        year: 2024,
        range: [2019, 2025],
        themes: ['trade'],
        tables: ['trade'],
        focus: 'trade',
      }),
    },
    {
      id: 'refugees-documents',
      title:
        'Afghan refugees: over 1.42 million registered during the Soviet occupation (the count is not dated); 1.4 million projected for 2024 — JSSA 2025',
      notes:
        'Over 1.42 million registered Afghan refugees “throughout the duration of the Soviet occupation of Afghanistan which began in 1979” (JSSA 2025, Introduction, citing UNHCR 2023; the count is not dated, 2023 is the year of its citation). Projected for 2024 (JSSA 2025, Table 2): 1,400,000, of whom Khyber Pakhtunkhwa 60% (840,000), Punjab 20% (280,000), Balochistan 15% (210,000), and 5% (70,000) not broken down by the source. ' +
        'The sources disagree: Mumtaz et al. say over 2.6 million are registered (citing UNHCR). Both figures are shown; neither is chosen.',
      view: view({
        year: 2024,
        range: [2019, 2025],
        themes: ['refugees'],
        province: 'PK-KP',
        focus: 'refugees',
      }),
    },
    {
      id: 'refugees-unhcr',
      title:
        'UNHCR series: 1,987,717 Afghan refugees in Pakistan at the end of 2023, 1,559,964 at the end of 2024 — UNHCR Refugee Data Finder',
      notes:
        'A public statistical series, not one of the five documents (UNHCR Refugee Data Finder, CC BY 4.0). End of 2024: 1,559,964 refugees, 198,610 asylum seekers and 798,348 others of concern; 126,812 refugees returned during 2024. ' +
        'From 2022 UNHCR’s count also includes Afghans who arrived after August 2021: it does not measure the same thing as the documents’ registered refugees.',
      view: view({
        year: 2024,
        range: [1979, 2025],
        themes: ['refugees'],
        tier: 'public-series',
        focus: 'refugees',
      }),
    },
    {
      id: 'opinion',
      title:
        'Public opinion (Pakistan Institute of Peace Studies, cited as 2023): 60% in Pakistan and 70% in Afghanistan viewed relations negatively — JSSA 2025',
      notes:
        'Observed (JSSA 2025): negative view of bilateral relations 60% (Pakistan), 70% (Afghanistan), citing Pakistan Institute of Peace Studies (2023), the year of the citation (the survey’s own date is not given); support for increased trade 70% and 65%, in sentences that cite no source. ' +
        'Projected for 2024 (JSSA 2025, Table 5): negative 55% and 65%, positive 30% and 20%, neutral 15% each; support for increased trade 75% and 70%; for joint counter-terrorism efforts 55% and 45%.',
      view: view({ year: 2023, range: [2019, 2025], themes: ['opinion'], focus: 'opinion' }),
    },
    {
      id: 'connectivity',
      title:
        'Connectivity: CPEC estimated at USD 65 billion, expected to add 12 billion in trade — JSSA 2025, Table 4',
      notes:
        'JSSA 2025, Table 4 (USD billion, investment / expected increase in trade): CPEC 65 / 12; APTTA no investment figure / 3; CASA-1000 1.5 / 0.8; TAPI 12 / 2.0. ' +
        'The same article’s text gives CPEC’s investment as 62, its expected increase in trade as 62, and APTTA’s gain as 2: disagreements the dashboard flags rather than hides.',
      view: view({ year: 2024, range: [2019, 2025], themes: ['connectivity'], focus: 'trade' }),
    },
    {
      id: 'border',
      title:
        'The border: 2,600 km (Karzai-era study) or 2,670 km (security-dilemma study); fencing began in 2009',
      notes:
        'The Durand Line was drawn by the British, in 1893 (the year from the Karzai-era study; Mumtaz et al.: “drawn during British rule”); Afghan governments have not recognised it (Karzai-era study, Mumtaz et al., security-dilemma study, Punjab Today 2025). Lengths by source: 2,600 km (Karzai-era study), 2,670 km (security-dilemma study; CIA World Factbook 2023), 2,430 km (CIA World Factbook 2014), 2,611 km (ISPR, December 2018). ' +
        'Pakistan began fencing the border in 2009 (Karzai-era study); skirmishes between the two sides began as early as 2022 (Punjab Today 2025).',
      view: view({
        year: 2009,
        themes: ['border'],
        event: 'fencing-begins',
        focus: 'map',
      }),
    },
  ],
};
