/**
 * How a record's quote is checked against its document (src/data/quotes.test.ts).
 */

/** Source id → its file in ../shared/sources/, identified by each document's own title or header. */
export const DOCUMENT_FILES: Record<string, string> = {
  // Opens "The study describes the key challenges…"; Karzai era to 2021, no title in the text.
  'karzai-era': '000_08c31556bb6b7f6c.txt',
  // Headed "Pak-Afghan Relations Post NATO Withdrawal", Dr. Tahira Mumtaz et al.
  'mumtaz-2024': '001_8b5ac3284b498a8b.txt',
  // Running header "Journal for Social Science Archives, Volume 3, Number 1, 2025".
  'jssa-2025': '002_e844b8b2b448bca6.txt',
  // "A Comparative Analysis of Pakistan Relations with Afghan Taliban … Security Dilemma Perspectives".
  'security-dilemma': '003_5d2bb03f74d99545.txt',
  // Dated "January 21, 2025", headed "Afghanistan-Pakistan: Bonhomie Turns Sour".
  'punjab-today-2025': '004_333c683a04f26bf2.txt',
};

/**
 * The normaliser, applied to the quote and the document alike, and nothing else: typographic
 * quotes ‘ ’ “ ” become ' and ", dashes – — become -, and every run of whitespace (line breaks
 * included) becomes one space.
 */
export function normalise(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The documents' own wordings of figures stored in other units or forms: value → the words that
 * state it. Only these; anything else must appear as written (plain, or with thousands commas).
 */
export const WORDINGS: Record<number, readonly string[]> = {
  1700: ['1.7 billion'], // trade.json is in USD million; JSSA: "1.7 billion in 2019"
  1200: ['1.2 billion'],
  1900: ['1.9 billion'],
  1420000: ['1.42 million'],
  1400000: ['1.4 million', '1,400,000'],
  2600000: ['2.6 million'],
  2: ['2.0', '2 billion'], // Table 4: TAPI "2.0"; JSSA: "$2 billion", "2 billion dollars"
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ways a value may be written: as is, with thousands commas, and the table's wordings. */
export function wordingsOf(value: number): string[] {
  const plain = String(value);
  const commas = value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return [...new Set([plain, commas, ...(WORDINGS[value] ?? [])])];
}

/** Whether the (normalised) quote states the value, as a whole number (not "12" inside "120"). */
export function statesValue(quote: string, value: number): boolean {
  return wordingsOf(value).some((w) =>
    new RegExp(`(?<![\\d.,])${escape(w)}(?![\\d]|[.,]\\d)`).test(quote),
  );
}
