import { decodeFilters, encodeFilters } from '@/features/filters/url-codec';
import { RETIRED_FILTERS } from '@/features/filters/filter-config';
import { parseDeck, slidePath, type Deck, type DeckResult } from './deck-schema';

/*
 * A deck inside a link: `#deck=<payload>`, the payload being base64url of deflated compact JSON
 * `{ "v": 1, "t": title, "s": [[title, notes, "?year=2021&focus=security"], ...] }`. Each view is
 * written with the dashboard's own URL codec, the shortest form it has. Slide ids are not carried:
 * they are given afresh when the link is opened.
 */

export const DECK_HASH_PREFIX = '#deck=';
/**
 * The longest link offered. The deck rides in the fragment, which never reaches a server, and
 * browsers open far longer links; what cuts links is the programs that carry them, so the budget
 * is the length HTTP asks every program to support (RFC 9110, section 4.1: 8,000 octets). The
 * shipped deck, notes and all, is about 2,900 characters.
 */
export const MAX_LINK_LENGTH = 8000;

type CompactDeck = { v: 1; t: string; s: [string, string, string][] };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    // Not base64: the caller reports the link's deck as damaged.
    return null;
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/** The `#deck=…` fragment for a deck (which must be valid). */
export async function encodeDeckHash(deck: Deck): Promise<string> {
  const compact: CompactDeck = {
    v: 1,
    t: deck.title,
    s: deck.slides.map((s) => [s.title, s.notes, encodeFilters(s.view)]),
  };
  const json = new TextEncoder().encode(JSON.stringify(compact));
  return DECK_HASH_PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate')));
}

const fail = (error: string): DeckResult => ({ ok: false, errors: [error] });

/**
 * Reads a `#deck=…` fragment (or the payload alone) back into a checked deck. Never throws:
 * anything that is not a deck gives errors, each saying what is wrong and where.
 */
export async function decodeDeckHash(hash: string): Promise<DeckResult> {
  const payload = hash.startsWith(DECK_HASH_PREFIX) ? hash.slice(DECK_HASH_PREFIX.length) : hash;
  const bytes = fromBase64Url(payload);
  if (!bytes || bytes.length === 0) return fail('the link’s deck is not valid base64url text');
  let json: unknown;
  try {
    const inflated = await pipe(bytes, new DecompressionStream('deflate'));
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return fail('the link’s deck is damaged (it may have been cut short)');
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { v?: unknown }).v !== 1 ||
    !Array.isArray((json as { s?: unknown }).s)
  ) {
    return fail('the link does not hold a deck this app can read (expected version 1)');
  }
  const { t, s } = json as { t: unknown; s: unknown[] };
  const errors: string[] = [];
  const slides = s.map((entry, i) => {
    const [title, notes, search] = Array.isArray(entry) ? entry : [];
    let view: unknown = null;
    if (typeof search === 'string' && (search === '' || search.startsWith('?'))) {
      const decoded = decodeFilters(search);
      const unread = decoded.issues.filter((r) => !(r.param in RETIRED_FILTERS));
      if (unread.length > 0) {
        const bad = unread.map((r) => `${r.param}=${r.value}`).join(', ');
        errors.push(`${slidePath(i)}, view: could not read ${bad}`);
      }
      view = decoded.state;
    } else errors.push(`${slidePath(i)}, view: expected a query string`);
    return { id: `s${i + 1}`, title, notes, view };
  });
  if (errors.length > 0) return { ok: false, errors };
  return parseDeck({ schemaVersion: 1, title: t, slides });
}

/** The full shareable link for a deck, or why there is none. */
export async function deckLink(
  deck: Deck,
  base: string,
): Promise<{ ok: true; url: string } | { ok: false; length: number }> {
  const url = base + (await encodeDeckHash(deck));
  return url.length <= MAX_LINK_LENGTH ? { ok: true, url } : { ok: false, length: url.length };
}
