import * as z from 'zod/mini';
import './zod-locale';

/*
 * One strict schema per file in public/data. Strict objects make an unknown key an error, so a
 * typo in a data file ("balence") is caught instead of silently dropping a figure. A figure the
 * sources do not give is null (or the record is absent); the schemas never default it to 0.
 */

export const THEMES = [
  'security',
  'trade',
  'refugees',
  'opinion',
  'connectivity',
  'border',
  'diplomacy',
] as const;
export const themeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof themeSchema>;

export const STATUSES = ['observed', 'projected'] as const;
export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

export const SOURCE_TIERS = ['document', 'public-series', 'reference'] as const;
export const sourceTierSchema = z.enum(SOURCE_TIERS);
export type SourceTier = z.infer<typeof sourceTierSchema>;

const kebabId = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a kebab-case id (a-z, 0-9, -)' }),
  );
const text = z.string().check(z.trim(), z.minLength(1));
const year = z.int().check(z.gte(1800), z.lte(2100));
/** Counts of people, incidents and the like: whole, never negative. */
const count = z.int().check(z.nonnegative());
const amount = z.number().check(z.nonnegative());
const percent = z.number().check(z.gte(0), z.lte(100));

export const sourceIdSchema = kebabId;
/** Ids from sources.json; every record cites at least one. */
const sourceIds = z.array(sourceIdSchema).check(z.minLength(1));
/** Where in the document the figure is, e.g. "Table 3" or "Introduction; Discussion". */
const locator = text;
/** What the document itself cites for the figure, e.g. "SATP 2023; ACLED 2023"; null if nothing. */
const originalSource = z.nullable(text);

/**
 * The document's own words for a record, copied verbatim from the file in ../shared/sources/
 * (src/data/quotes.test.ts checks each one is there and holds the record's figure):
 * - `quote` when the record cites one document;
 * - `quotes`, source id → words, when it cites several (one entry per document cited).
 * Required for every cited source of tier "document"; the audit (src/data/audit.ts) enforces that,
 * since a record's schema cannot see sources.json. Public series and reference sources carry none.
 */
const quoted = {
  quote: z.optional(text),
  quotes: z.optional(z.record(sourceIdSchema, text)),
};
/** A link out: http or https only (no javascript:, data:, file: or other schemes). */
const webUrl = z.url({
  protocol: /^https?$/,
  error: 'expected an http: or https: URL',
});

const header = <const N extends string>(dataset: N) => ({
  schemaVersion: z.literal(1),
  dataset: z.literal(dataset),
});

const coverageSchema = z.strictObject({ from: year, to: year });

// ---------------------------------------------------------------- sources.json

export const sourceSchema = z.strictObject({
  id: sourceIdSchema,
  short: text,
  citation: text,
  tier: sourceTierSchema,
  licence: z.nullable(text),
  url: z.nullable(webUrl),
  /** Attribution line the licence asks for (e.g. CC BY). */
  credit: z.optional(text),
  note: z.optional(text),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.strictObject({
  ...header('sources'),
  sources: z.array(sourceSchema).check(z.minLength(1)),
});
export type SourcesFile = z.infer<typeof sourcesFileSchema>;

// ---------------------------------------------------------------- discrepancies.json

export const discrepancyClaimSchema = z.strictObject({
  label: text,
  /** null when the source's figure is not usable as a number (e.g. an evident typo), or the claim is a statement. */
  value: z.nullable(amount),
  /** null for a claim that is a statement, not a figure (then value is null too). */
  unit: z.nullable(text),
  year: z.optional(z.nullable(year)),
  sources: sourceIds,
  ...quoted,
  locator,
});
export type DiscrepancyClaim = z.infer<typeof discrepancyClaimSchema>;

export const discrepancySchema = z.strictObject({
  id: kebabId,
  topic: text,
  themes: z.array(themeSchema).check(z.minLength(1)),
  /** File names in public/data the disagreement concerns, e.g. "refugees.json". */
  datasets: z.array(text).check(z.minLength(1)),
  claims: z.array(discrepancyClaimSchema).check(z.minLength(2)),
  note: text,
});
export type Discrepancy = z.infer<typeof discrepancySchema>;

export const discrepanciesFileSchema = z.strictObject({
  ...header('discrepancies'),
  discrepancies: z.array(discrepancySchema),
});
export type DiscrepanciesFile = z.infer<typeof discrepanciesFileSchema>;

// ---------------------------------------------------------------- security-incidents.json

export const SECURITY_CATEGORIES = [
  'crossBorderAttacks',
  'militantActivities',
  'counterTerrorismOperations',
] as const;
export const securityCategorySchema = z.enum(SECURITY_CATEGORIES);
export type SecurityCategory = z.infer<typeof securityCategorySchema>;

export const securityRecordSchema = z.strictObject({
  year,
  total: count,
  /** null when the source gives only the total. */
  breakdown: z.nullable(
    z.strictObject({
      crossBorderAttacks: count,
      militantActivities: count,
      counterTerrorismOperations: count,
    }),
  ),
  status: statusSchema,
  sources: sourceIds,
  ...quoted,
  locator,
  originalSource,
  note: z.optional(text),
});
export type SecurityRecord = z.infer<typeof securityRecordSchema>;

export const securityIncidentsFileSchema = z.strictObject({
  ...header('security-incidents'),
  unit: z.literal('incidents'),
  /** The years the panel spans; a year inside it without a record is a gap, not a zero. */
  coverage: coverageSchema,
  categories: z.array(z.strictObject({ id: securityCategorySchema, label: text })),
  records: z.array(securityRecordSchema),
});
export type SecurityIncidentsFile = z.infer<typeof securityIncidentsFileSchema>;

// ---------------------------------------------------------------- trade.json

export const tradeRecordSchema = z.strictObject({
  year,
  exports: z.nullable(amount),
  imports: z.nullable(amount),
  total: z.nullable(amount),
  /** Pakistan's exports minus imports; may be negative. */
  balance: z.nullable(z.number()),
  status: statusSchema,
  sources: sourceIds,
  ...quoted,
  locator,
  originalSource,
});
export type TradeRecord = z.infer<typeof tradeRecordSchema>;

export const tradeFileSchema = z.strictObject({
  ...header('trade'),
  unit: z.literal('USD million'),
  coverage: coverageSchema,
  records: z.array(tradeRecordSchema),
  notes: z.array(text),
});
export type TradeFile = z.infer<typeof tradeFileSchema>;

// ---------------------------------------------------------------- connectivity.json

export const INITIATIVE_IDS = ['cpec', 'aptta', 'casa-1000', 'tapi'] as const;
export const initiativeIdSchema = z.enum(INITIATIVE_IDS);
export type InitiativeId = z.infer<typeof initiativeIdSchema>;

export const initiativeSchema = z.strictObject({
  id: initiativeIdSchema,
  name: text,
  /** Estimated investment; null where the source says "N/A". */
  investment: z.nullable(amount),
  investmentNote: z.optional(text),
  /** Expected increase in trade volume. */
  tradeGain: amount,
  challenges: z.array(text).check(z.minLength(1)),
  status: statusSchema,
  sources: sourceIds,
  ...quoted,
  locator,
  originalSource,
});
export type Initiative = z.infer<typeof initiativeSchema>;

export const connectivityFactSchema = z.strictObject({
  id: kebabId,
  initiative: initiativeIdSchema,
  label: text,
  value: amount,
  unit: text,
  /** projected for a forecast or a planned figure ("would carry", "is expected to bring"). */
  status: statusSchema,
  sources: sourceIds,
  ...quoted,
  locator,
  originalSource,
  note: z.optional(text),
});
export type ConnectivityFact = z.infer<typeof connectivityFactSchema>;

export const connectivityFileSchema = z.strictObject({
  ...header('connectivity'),
  unit: z.literal('USD billion'),
  /** Why the initiatives carry the status they do. */
  statusNote: text,
  initiatives: z.array(initiativeSchema),
  facts: z.array(connectivityFactSchema),
});
export type ConnectivityFile = z.infer<typeof connectivityFileSchema>;

// ---------------------------------------------------------------- refugees.json

/** ISO 3166-2 codes for Pakistan's units, plus "other": a remainder the source does not break down. */
export const PROVINCE_IDS = [
  'PK-KP',
  'PK-PB',
  'PK-BA',
  'PK-SD',
  'PK-IS',
  'PK-JK',
  'PK-GB',
  'other',
] as const;
export const provinceIdSchema = z.enum(PROVINCE_IDS);
export type ProvinceId = z.infer<typeof provinceIdSchema>;

export const refugeeTotalSchema = z.strictObject({
  /** The year the count is for; null when the document gives none (a citation's year is not it). */
  year: z.nullable(year),
  /** Display text for the period the count covers, as the document words it, e.g. "2024". */
  period: text,
  value: count,
  /** Percentage change on the previous year as the source states it; null if not stated. */
  change: z.nullable(z.number()),
  status: statusSchema,
  sources: sourceIds,
  ...quoted,
  locator,
  originalSource,
  note: z.optional(text),
});
export type RefugeeTotal = z.infer<typeof refugeeTotalSchema>;

export const provinceShareSchema = z.strictObject({
  provinceId: provinceIdSchema,
  name: text,
  percent,
  note: z.optional(text),
});
export type ProvinceShare = z.infer<typeof provinceShareSchema>;

export const provinceShareSetSchema = z.strictObject({
  id: kebabId,
  tier: z.enum(['document', 'public-series']),
  label: text,
  year,
  /** "YYYY" or "YYYY-MM-DD": the date the shares describe. */
  asOf: z
    .string()
    .check(z.regex(/^\d{4}(?:-\d{2}-\d{2})?$/, { error: 'expected YYYY or YYYY-MM-DD' })),
  status: statusSchema,
  /** The total the shares are of, when the same source gives it; people counts = total × share. */
  basisTotal: z.nullable(count),
  sources: sourceIds,
  ...quoted,
  locator,
  note: z.optional(text),
  shares: z.array(provinceShareSchema).check(z.minLength(1)),
});
export type ProvinceShareSet = z.infer<typeof provinceShareSetSchema>;

export const unhcrRecordSchema = z.strictObject({
  year,
  refugees: count,
  asylumSeekers: count,
  returned: count,
  othersOfConcern: count,
});
export type UnhcrRecord = z.infer<typeof unhcrRecordSchema>;

export const unhcrSeriesSchema = z.strictObject({
  label: text,
  status: statusSchema,
  sources: sourceIds,
  ...quoted,
  locator,
  definitions: z.strictObject({
    refugees: text,
    asylumSeekers: text,
    returned: text,
    othersOfConcern: text,
  }),
  records: z.array(unhcrRecordSchema).check(z.minLength(1)),
});
export type UnhcrSeries = z.infer<typeof unhcrSeriesSchema>;

export const relatedFigureSchema = z.strictObject({
  id: kebabId,
  label: text,
  value: count,
  unit: text,
  /** Display text for the period, e.g. "2023–24". */
  period: text,
  status: statusSchema,
  sources: sourceIds,
  ...quoted,
  locator,
  originalSource,
  note: z.optional(text),
});
export type RelatedFigure = z.infer<typeof relatedFigureSchema>;

export const refugeesFileSchema = z.strictObject({
  ...header('refugees'),
  unit: z.literal('persons'),
  documentTotals: z.array(refugeeTotalSchema),
  provinceShares: z.array(provinceShareSetSchema),
  unhcrSeries: unhcrSeriesSchema,
  related: z.array(relatedFigureSchema),
});
export type RefugeesFile = z.infer<typeof refugeesFileSchema>;

// ---------------------------------------------------------------- opinion.json

export const QUESTION_IDS = [
  'positive',
  'negative',
  'neutral',
  'trade',
  'counterTerrorism',
] as const;
export const questionIdSchema = z.enum(QUESTION_IDS);
export type QuestionId = z.infer<typeof questionIdSchema>;

export const opinionResponseSchema = z.strictObject({
  questionId: questionIdSchema,
  pakistan: percent,
  afghanistan: percent,
});
export type OpinionResponse = z.infer<typeof opinionResponseSchema>;

export const surveySchema = z.strictObject({
  year,
  label: text,
  status: statusSchema,
  sources: sourceIds,
  ...quoted,
  locator,
  originalSource,
  note: z.optional(text),
  /** Only the questions the source reports; a question not asked is absent, never 0. */
  responses: z.array(opinionResponseSchema).check(z.minLength(1)),
});
export type Survey = z.infer<typeof surveySchema>;

export const opinionFileSchema = z.strictObject({
  ...header('opinion'),
  unit: z.literal('% of respondents'),
  questions: z.array(z.strictObject({ id: questionIdSchema, label: text })),
  surveys: z.array(surveySchema),
});
export type OpinionFile = z.infer<typeof opinionFileSchema>;

// ---------------------------------------------------------------- events.json

export const eventSchema = z.strictObject({
  id: kebabId,
  /** Display text, e.g. "7 Oct 2001", "1970s", "2023–24". */
  when: text,
  yearFrom: year,
  yearTo: year,
  label: text,
  themes: z.array(themeSchema).check(z.minLength(1)),
  sources: sourceIds,
  ...quoted,
  /** An id in places.json, only when the event names the place. */
  placeId: z.nullable(kebabId),
});
export type TimelineEvent = z.infer<typeof eventSchema>;

export const eventsFileSchema = z.strictObject({
  ...header('events'),
  events: z.array(eventSchema),
});
export type EventsFile = z.infer<typeof eventsFileSchema>;

// ---------------------------------------------------------------- places.json

export const placeSchema = z.strictObject({
  id: kebabId,
  name: text,
  kind: z.enum(['crossing', 'city', 'district', 'province']),
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
  /** True for gazetteer coordinates: the map labels them "approximate". */
  approximate: z.boolean(),
  country: z.enum(['PK', 'AF', 'PK-AF']),
  note: z.nullable(text),
  sources: sourceIds,
  ...quoted,
});
export type Place = z.infer<typeof placeSchema>;

export const placesFileSchema = z.strictObject({
  ...header('places'),
  places: z.array(placeSchema),
});
export type PlacesFile = z.infer<typeof placesFileSchema>;

// ---------------------------------------------------------------- border.json

export const borderLengthSchema = z.strictObject({
  id: kebabId,
  km: z.number().check(z.positive()),
  label: text,
  sources: sourceIds,
  ...quoted,
  locator,
});
export type BorderLength = z.infer<typeof borderLengthSchema>;

export const borderFactSchema = z.strictObject({
  id: kebabId,
  label: text,
  year: z.nullable(year),
  themes: z.array(themeSchema).check(z.minLength(1)),
  sources: sourceIds,
  ...quoted,
  locator,
});
export type BorderFact = z.infer<typeof borderFactSchema>;

export const borderFileSchema = z.strictObject({
  ...header('border'),
  unit: z.literal('km'),
  lengths: z.array(borderLengthSchema),
  facts: z.array(borderFactSchema),
});
export type BorderFile = z.infer<typeof borderFileSchema>;

// ---------------------------------------------------------------- key-figures.json

export const keyFigureSchema = z.strictObject({
  id: kebabId,
  label: text,
  value: amount,
  unit: text,
  /** The figure as the source words it, e.g. "+56%", "over 1,500", "about 15,000". */
  display: text,
  year,
  /** Finer display date when the source gives one, e.g. "Dec 2024". */
  when: z.optional(text),
  themes: z.array(themeSchema).check(z.minLength(1)),
  status: statusSchema,
  sources: sourceIds,
  ...quoted,
  locator,
  originalSource,
  note: z.optional(text),
});
export type KeyFigure = z.infer<typeof keyFigureSchema>;

export const keyFiguresFileSchema = z.strictObject({
  ...header('key-figures'),
  figures: z.array(keyFigureSchema),
});
export type KeyFiguresFile = z.infer<typeof keyFiguresFileSchema>;

// ---------------------------------------------------------------- registry

export const DATASETS = {
  sources: { file: 'sources.json', schema: sourcesFileSchema },
  discrepancies: { file: 'discrepancies.json', schema: discrepanciesFileSchema },
  securityIncidents: { file: 'security-incidents.json', schema: securityIncidentsFileSchema },
  trade: { file: 'trade.json', schema: tradeFileSchema },
  connectivity: { file: 'connectivity.json', schema: connectivityFileSchema },
  refugees: { file: 'refugees.json', schema: refugeesFileSchema },
  opinion: { file: 'opinion.json', schema: opinionFileSchema },
  events: { file: 'events.json', schema: eventsFileSchema },
  places: { file: 'places.json', schema: placesFileSchema },
  border: { file: 'border.json', schema: borderFileSchema },
  keyFigures: { file: 'key-figures.json', schema: keyFiguresFileSchema },
} as const;

export type DatasetName = keyof typeof DATASETS;
export type DatasetFileName = (typeof DATASETS)[DatasetName]['file'];
export type DatasetData<N extends DatasetName> = z.infer<(typeof DATASETS)[N]['schema']>;
export type AllDatasets = { [N in DatasetName]: DatasetData<N> };

export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];
