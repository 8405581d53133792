// What the windows of a talk say to each other (BroadcastChannel inside one browser, the relay of
// `npm run present` between devices): a few known messages, each checked against its schema and a
// size limit before anything reads it. None carries HTML, and a deck state has exactly the fields
// below, so nothing else (reveal's previewIframe, say) can reach reveal.js's setState.
import * as v from 'valibot';

/** The largest message, in characters of JSON, that a window or the relay accepts. */
export const MAX_MESSAGE_LENGTH = 32 * 1024;
/** A drawn stroke has at most this many points, and a slide at most this many strokes. */
export const MAX_STROKE_POINTS = 1000;
export const MAX_STROKES_PER_SLIDE = 300;
/** Slide coordinates may stray this far outside the slide (a stroke that leaves its edge). */
const COORDINATE_LIMIT = 10_000;

const integer = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const coordinate = v.pipe(v.number(), v.finite(), v.minValue(-COORDINATE_LIMIT), v.maxValue(COORDINATE_LIMIT));

/** A window's or a stroke's random id. */
export const IdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,40}$/));
/** A slide's id as the loader makes them (src/deck/slug.ts), or one an author set. */
export const SlideIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,100}$/));

/** Where the deck is: reveal.js's own state, reduced to what the windows share. */
export const DeckPositionSchema = v.strictObject({
  indexh: integer(0, 9999),
  indexv: integer(0, 9999),
  /** Absent on a slide without fragments; -1 when none of them shows yet. */
  indexf: v.optional(integer(-1, 999)),
  paused: v.boolean(),
  overview: v.boolean(),
});
export type DeckPosition = v.InferOutput<typeof DeckPositionSchema>;

/** The talk's timer: the time spent (as of sending) and whether it runs. */
export const TimerSchema = v.strictObject({
  running: v.boolean(),
  elapsedMs: integer(0, 100 * 3600_000),
});
export type TimerState = v.InferOutput<typeof TimerSchema>;

/** Everything the windows keep alike, sent whole each time: the latest complete state wins. */
export const SharedStateSchema = v.strictObject({
  deck: DeckPositionSchema,
  timer: TimerSchema,
  /** The high-contrast projector mode. */
  contrast: v.boolean(),
});
export type SharedState = v.InferOutput<typeof SharedStateSchema>;

/** Orders states: the higher version wins, and between equal versions the higher origin id. */
export const StampSchema = v.strictObject({ version: integer(0, Number.MAX_SAFE_INTEGER), origin: IdSchema });
export type Stamp = v.InferOutput<typeof StampSchema>;

export const StrokeSchema = v.strictObject({
  id: IdSchema,
  slide: SlideIdSchema,
  tool: v.picklist(['pen', 'highlighter']),
  /** x, y, x, y, … in the slide's own pixels. */
  points: v.pipe(v.array(coordinate), v.minLength(2), v.maxLength(2 * MAX_STROKE_POINTS), v.check((points) => points.length % 2 === 0, 'pairs')),
});
export type Stroke = v.InferOutput<typeof StrokeSchema>;

const StateMessage = v.strictObject({ type: v.literal('state'), stamp: StampSchema, state: SharedStateSchema });
/** "Tell me where you are": a window that opens or reconnects asks the others. */
const HelloMessage = v.strictObject({ type: v.literal('hello') });
const StrokeMessage = v.strictObject({ type: v.literal('stroke'), stroke: StrokeSchema });
/** Erase strokes by id: one (the eraser), or all of a slide's (clear). An erased id never comes back. */
const EraseMessage = v.strictObject({ type: v.literal('erase'), slide: SlideIdSchema, ids: v.pipe(v.array(IdSchema), v.maxLength(MAX_STROKES_PER_SLIDE)) });
/** The laser pointer on a slide, or gone (no slide). */
const PointerMessage = v.strictObject({
  type: v.literal('pointer'),
  slide: v.nullable(SlideIdSchema),
  x: coordinate,
  y: coordinate,
});

export const WindowMessageSchema = v.variant('type', [StateMessage, HelloMessage, StrokeMessage, EraseMessage, PointerMessage]);
export type WindowMessage = v.InferOutput<typeof WindowMessageSchema>;

/** A message from another window (JSON text, from the relay or a BroadcastChannel), or null if it is not one. */
export function readWindowMessage(data: unknown): WindowMessage | null {
  return readMessage(WindowMessageSchema, data, MAX_MESSAGE_LENGTH);
}

/** One talk slide as the remote shows it; notes are the loader's HTML of the author's notes. */
const OutlineSlideSchema = v.strictObject({
  id: SlideIdSchema,
  title: v.pipe(v.string(), v.maxLength(500)),
  /** How many presses its fragments take (0: none). */
  fragments: integer(0, 999),
  notes: v.nullable(v.pipe(v.string(), v.maxLength(50_000))),
});
export type OutlineSlide = v.InferOutput<typeof OutlineSlideSchema>;

/** The relay's greeting to a window it let in: the talk's slides, and the remote's address for the QR code. */
const WelcomeMessage = v.strictObject({
  type: v.literal('welcome'),
  slides: v.pipe(v.array(OutlineSlideSchema), v.maxLength(5000)),
  remote: v.pipe(v.string(), v.url(), v.startsWith('http')),
});
export type Welcome = v.InferOutput<typeof WelcomeMessage>;

export const RelayMessageSchema = v.variant('type', [...WindowMessageSchema.options, WelcomeMessage]);
export type RelayMessage = v.InferOutput<typeof RelayMessageSchema>;
/** The relay's greeting carries every slide's notes, so it may be longer than the windows' messages. */
export const MAX_WELCOME_LENGTH = 4 * 1024 * 1024;

/** A message from the relay, or null. */
export function readRelayMessage(data: unknown): RelayMessage | null {
  return readMessage(RelayMessageSchema, data, MAX_WELCOME_LENGTH);
}

/** Only JSON text within the size limit is read; anything else (objects, binary) is not a message. */
function readMessage<S extends v.GenericSchema>(schema: S, data: unknown, limit: number): v.InferOutput<S> | null {
  if (typeof data !== 'string' || data.length > limit) return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  const result = v.safeParse(schema, value);
  return result.success ? result.output : null;
}

/** Whether state stamp a is newer than b. */
export function isNewer(a: Stamp, b: Stamp): boolean {
  return a.version > b.version || (a.version === b.version && a.origin > b.origin);
}
