import * as z from 'zod/mini';
import '@/data/zod-locale';
import { formatPath } from '@/data/format-issue';
import {
  DEFAULT_FILTERS,
  FILTER_KEYS,
  FILTERS,
  type FilterState,
  RETIRED_FILTERS,
  sameValue,
} from '@/features/filters/filter-config';

/*
 * A deck file: `{ schemaVersion: 1, title, slides: [{ id, title, notes, view }] }`, checked
 * strictly. A slide's view is the dashboard's whole view state and is read with the URL codecs
 * (FILTERS): a view is valid in a deck file exactly when it could be written in a link.
 */

export const DECK_SCHEMA_VERSION = 1;
export const MAX_SLIDES = 60;
export const MAX_TITLE = 160;
export const MAX_NOTES = 4000;

type ViewKey = keyof FilterState;
const VIEW_KEYS = FILTER_KEYS;

/** Same JSON type, and for arrays the same length with items of the same types. */
function sameShape(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => typeof item === typeof b[i])
    );
  }
  return typeof a === typeof b;
}

/**
 * Reads one field of a view through its URL codec: the value must survive encode → decode with
 * its type intact (so "2021" is not a year, and a theme list with a repeat is refused). Lists
 * come back in the codec's canonical order. `null` is allowed where the default view has null,
 * just as a link leaves such a key out. Never throws.
 */
function readViewValue<K extends ViewKey>(key: K, value: unknown): FilterState[K] | undefined {
  if (value === null) return DEFAULT_FILTERS[key] === null ? DEFAULT_FILTERS[key] : undefined;
  if (value === undefined) return undefined;
  // The default is what a link leaves out, so its codec need not write it (false, say).
  if (sameValue(value, DEFAULT_FILTERS[key])) return DEFAULT_FILTERS[key];
  const { codec } = FILTERS[key];
  let decoded: FilterState[K] | undefined;
  try {
    decoded = codec.decode(codec.encode(value as FilterState[K]));
  } catch {
    return undefined;
  }
  return decoded !== undefined && sameShape(value, decoded) ? decoded : undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A view state: each key it gives valid, the others at their defaults, no unknown keys, the year inside the range. */
export const viewSchema = z.pipe(
  z.unknown(),
  z.transform((input, ctx): FilterState => {
    // What full zod's `ctx.addIssue` pushes; zod/mini's transform context has only the list.
    const addIssue = (message: string, path: PropertyKey[] = []) =>
      ctx.issues.push({ code: 'custom', message, path, input });
    if (!isRecord(input)) {
      addIssue(`expected an object with the fields ${VIEW_KEYS.join(', ')}`);
      return z.NEVER;
    }
    const view: Partial<Record<ViewKey, unknown>> = {};
    let ok = true;
    for (const key of Object.keys(input)) {
      // A retired filter changed nothing on screen: an old deck that sets it still opens.
      if (!(VIEW_KEYS as string[]).includes(key) && !(key in RETIRED_FILTERS)) {
        ok = false;
        addIssue(`unknown key "${key}"`, [key]);
      }
    }
    for (const key of VIEW_KEYS) {
      const raw = input[key];
      // Left out, a key takes its default, as in a link (so a deck saved before a filter existed opens).
      const value = raw === undefined ? DEFAULT_FILTERS[key] : readViewValue(key, raw);
      if (value === undefined) {
        ok = false;
        addIssue(FILTERS[key].expected, [key]);
      } else view[key] = value;
    }
    if (!ok) return z.NEVER;
    const result = view as FilterState;
    if (result.year < result.range[0] || result.year > result.range[1]) {
      addIssue(`expected a year inside the view's range ${result.range[0]}–${result.range[1]}`, [
        'year',
      ]);
      return z.NEVER;
    }
    return result;
  }),
);

const text = (what: string, max: number) =>
  z
    .string({ error: `expected ${what} as text` })
    .check(
      z.trim(),
      z.minLength(1, { error: `expected ${what}: it is empty` }),
      z.maxLength(max, { error: `expected ${what} of at most ${max} characters` }),
    );

export const SLIDE_ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

export const slideSchema = z.strictObject({
  id: z
    .string({ error: 'expected an id as text' })
    .check(z.regex(SLIDE_ID_RE, { error: 'expected an id of 1–64 letters, digits, "-" or "_"' })),
  title: text('a slide title', MAX_TITLE),
  notes: z
    .string({ error: 'expected speaker notes as text ("" for none)' })
    .check(z.maxLength(MAX_NOTES, { error: `expected notes of at most ${MAX_NOTES} characters` })),
  view: viewSchema,
});

export const deckSchema = z
  .strictObject({
    schemaVersion: z.literal(DECK_SCHEMA_VERSION, {
      error: `expected ${DECK_SCHEMA_VERSION} (the deck file version this app reads)`,
    }),
    title: text('a deck title', MAX_TITLE),
    slides: z
      .array(slideSchema, { error: 'expected a list of slides' })
      .check(z.maxLength(MAX_SLIDES, { error: `expected at most ${MAX_SLIDES} slides` })),
  })
  .check(
    z.superRefine((deck, ctx) => {
      const seen = new Set<string>();
      deck.slides.forEach((slide, i) => {
        if (seen.has(slide.id)) {
          ctx.addIssue({
            code: 'custom',
            message: `expected a unique id; "${slide.id}" is used by an earlier slide`,
            path: ['slides', i, 'id'],
          });
        }
        seen.add(slide.id);
      });
    }),
  );

export type Slide = z.infer<typeof slideSchema>;
export type Deck = z.infer<typeof deckSchema>;

export type DeckResult = { ok: true; deck: Deck } | { ok: false; errors: string[] };

// zod prefixes some messages with "Invalid input: "; the path already says where.
const tidy = (message: string) => message.replace(/^Invalid input: /, '');

/** A slide as the deck's list numbers it: `slides[2]` is "slide 3". */
export const slidePath = (index: number) => `slide ${index + 1}`;

/** A field path in a deck file as people read it: `slide 3, view.year`, `title`. */
function deckPath(path: readonly PropertyKey[]): string {
  const [first, index, ...rest] = path;
  if (first !== 'slides' || typeof index !== 'number') return formatPath(path);
  return rest.length > 0 ? `${slidePath(index)}, ${formatPath(rest)}` : slidePath(index);
}

/** One line per problem, each naming the field: `slide 3, view.year: expected a year…`. */
export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const path = deckPath(issue.path);
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : tidy(issue.message);
    return path ? `${path}: ${message}` : `the file: ${message}`;
  });
}

/** Checks any value against the deck schema. Never throws. */
export function parseDeck(input: unknown): DeckResult {
  const result = deckSchema.safeParse(input);
  return result.success
    ? { ok: true, deck: result.data }
    : { ok: false, errors: describeIssues(result.error) };
}

/** Reads a deck file's text: JSON first, then the schema. Never throws. */
export function parseDeckText(text: string): DeckResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`the file is not valid JSON (${reason})`] };
  }
  return parseDeck(json);
}
