import * as z from 'zod/mini';

/*
 * The messages between the audience window (the presenting dashboard) and the speaker view it
 * opened. `postMessage` between the two windows, not a BroadcastChannel: it works from the single
 * file on file:// too, and each side checks the message came from the other window. The audience
 * window is the one truth: the speaker view asks for a slide and shows what it is told.
 */

const APP = 'pak-afghan-briefing';

export const SpeakerSlideSchema = z.object({
  title: z.string(),
  notes: z.string(),
  /** The slide's view in words ("Security incidents (table) · Year 2023 · …"). */
  summary: z.string(),
});
export type SpeakerSlide = z.infer<typeof SpeakerSlideSchema>;

const ToSpeakerSchema = z.discriminatedUnion('type', [
  z.object({
    app: z.literal(APP),
    type: z.literal('state'),
    deckTitle: z.string(),
    slides: z.array(SpeakerSlideSchema),
    index: z.int().check(z.gte(0)),
    /** When the presentation began, in milliseconds since 1970 (the clock counts from it). */
    startedAt: z.number(),
  }),
  z.object({ app: z.literal(APP), type: z.literal('ended') }),
]);
export type ToSpeaker = z.infer<typeof ToSpeakerSchema>;

const ToAudienceSchema = z.discriminatedUnion('type', [
  z.object({ app: z.literal(APP), type: z.literal('ready') }),
  z.object({ app: z.literal(APP), type: z.literal('go'), index: z.int().check(z.gte(0)) }),
  z.object({ app: z.literal(APP), type: z.literal('exit') }),
  z.object({ app: z.literal(APP), type: z.literal('closed') }),
]);
export type ToAudience = z.infer<typeof ToAudienceSchema>;

type Body<T> = T extends unknown ? Omit<T, 'app'> : never;

export function post<T extends ToSpeaker | ToAudience>(to: Window, message: Body<T>): void {
  // '*': on file:// a window's origin is opaque and no target origin would match; what is sent is
  // the slides' titles and notes, and each side reads only messages from the window it knows.
  to.postMessage({ ...message, app: APP }, '*');
}

/** A message for the speaker view, or null when it is not one (another script's, or malformed). */
export const readToSpeaker = (data: unknown): ToSpeaker | null =>
  ToSpeakerSchema.safeParse(data).data ?? null;
export const readToAudience = (data: unknown): ToAudience | null =>
  ToAudienceSchema.safeParse(data).data ?? null;

/** The speaker view's address: this page, with `?speaker` in place of the view's parameters. */
export const speakerUrl = () => `${window.location.pathname}?speaker`;
