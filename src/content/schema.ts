import { z } from 'zod';

/**
 * The content pack: everything the game shows about one article, as JSON an editor can write.
 * Types are inferred from these schemas so the data and its checks cannot drift apart, and the
 * JSON Schema editors use (`npm run content:schema`) is generated from them too.
 * Cross-field checks (ids that must exist, cycles, paragraphs that have a digest, overlap with
 * the article) live in validate.ts.
 */

const text = z.string().trim().min(1, 'must not be empty');
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "erbil-rocket"')
  .max(40);

/**
 * A paragraph of the article, counted as the pack's digests count them. Which numbers exist is
 * the pack's own business: validate.ts checks every citation against the digests.
 */
const paragraphNumber = z.number().int().min(1, 'must be a paragraph number, 1 or more').max(999);
const paragraphs = z.array(paragraphNumber).min(1, 'must cite at least one paragraph');

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y ?? 0, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

/** ISO partial date, as precise as the source supports: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

/** How a date is known: printed in the article, worked out from it, or brought in from outside. */
export const dateBasis = z.enum(['stated', 'inferred', 'context']);

/** A short quotation, always attributed; the only place the article's own words may appear. */
export const quoteSchema = z.strictObject({
  text: text.refine((t) => t.split(/\s+/).length <= 25, 'a quote may be at most 25 words'),
  speaker: text,
});

export const digestSchema = z.strictObject({
  paragraph: paragraphNumber,
  /** One-sentence paraphrase: never the article's wording. */
  text,
});

export const headlineSchema = z.strictObject({
  text,
  /** False: the article's own headline, shown in quotation marks. True: our paraphrase, labelled so. */
  paraphrased: z.boolean(),
});

export const sourceSchema = z.strictObject({
  outlet: text,
  author: text,
  headline: headlineSchema,
  /** Publication / event date of the piece, YYYY-MM-DD or coarser. */
  date: partialDate,
  dateBasis,
  /** One line on how the date is known, in words for a reader. */
  dateNote: text.optional(),
  dateline: text.optional(),
  /** What the reader should know about the copy we work from (republication, garbles). */
  note: text.optional(),
  /** How the paragraphs are counted, so a reader can find ¶12 in their own copy. */
  paragraphNote: text.optional(),
  /** One-sentence paraphrase of each paragraph the pack cites, in order. */
  digests: z.array(digestSchema).min(1),
});

/** The icons drawn for Newsline; a card names one. */
export const ICONS = [
  'rocket',
  'jet',
  'drone',
  'ballot',
  'document',
  'envelope',
  'city',
  'handshake',
  'target',
  'flag',
] as const;
export const iconSchema = z.enum(ICONS);

/** How precisely a place is known: a building, a city, near somewhere, an area, a country. */
export const PLACE_PRECISIONS = ['site', 'city', 'near', 'area', 'country'] as const;

export const placeSchema = z.strictObject({
  /** What the map label says, e.g. "near Baghdad airport". */
  name: text.max(60, 'a place name may be at most 60 characters'),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  precision: z.enum(PLACE_PRECISIONS),
  /** True when the article names the place; false when it comes from outside it. */
  stated: z.boolean(),
});

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

/** The map beside the board: the part of the world it shows, and the names written on it. */
export const mapSchema = z
  .strictObject({
    west: longitude,
    south: latitude,
    east: longitude,
    north: latitude,
    /** Country or sea names, placed where they read best. */
    labels: z
      .array(
        z.strictObject({
          name: text.max(30, 'a map label may be at most 30 characters'),
          lat: latitude,
          lon: longitude,
        }),
      )
      .max(24)
      .optional(),
  })
  .refine((m) => m.west < m.east, { message: 'west must be less than east', path: ['east'] })
  .refine((m) => m.south < m.north, { message: 'south must be less than north', path: ['north'] });

export const factSchema = z.strictObject({
  id: slug,
  /** What the fact is, for editors: questions that test it are never dealt together. */
  about: text,
});

export const eventSchema = z.strictObject({
  id: slug,
  /** Short card label. */
  title: text.max(60, 'a card title may be at most 60 characters'),
  /** One line under the title that gives the player something to reason from, without the date. */
  clue: text.max(90, 'a clue may be at most 90 characters'),
  icon: iconSchema,
  detail: text,
  date: partialDate,
  basis: dateBasis,
  /** More precise date from outside the article; always labelled as outside context to the player. */
  contextDate: partialDate.optional(),
  /** One line shown as the card lands: how we know its date. */
  dateReason: text.max(110, 'a date reason may be at most 110 characters'),
  howWeKnow: text,
  paragraphs,
  /** Events this one is stated to follow even where the dates overlap. */
  after: z.array(slug).optional(),
  place: placeSchema.optional(),
  /** Facts this card's texts give away: questions testing them are not dealt with this card. */
  reveals: z.array(slug).optional(),
});

export const setSchema = z.strictObject({
  id: slug,
  name: text,
  /** For buttons and tables, e.g. "Core". */
  shortName: text.max(14, 'a short name may be at most 14 characters'),
  description: text,
  /** Event ids; the correct order is derived from dates and `after`, not from this list's order. */
  events: z.array(slug).min(2, 'a set needs at least two events'),
  /** When given, each round deals this many of the set's events, so new rounds differ. */
  deal: z.number().int().min(2, 'a round needs at least two events').optional(),
});

export const answerBasis = z.enum(['article', 'context']);
/** 1: stated in one place, 2: read with care or across two paragraphs, 3: inference or outside context (docs/authoring.md). */
export const difficulty = z.number().int().min(1).max(3);

const questionBase = {
  id: slug,
  prompt: text,
  explanation: text,
  paragraphs,
  difficulty,
  basis: answerBasis,
  /** The fact this question tests: two questions of one fact are never dealt together. */
  fact: slug,
  /** Facts its explanation gives away: no question testing them comes after it. */
  reveals: z.array(slug).optional(),
  quote: quoteSchema.optional(),
};

const choices = z.array(text).min(3, 'needs at least 3 options');

export const multipleChoiceSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('multiple-choice'),
  options: choices,
  answer: text,
});

export const trueFalseSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('true-false'),
  answer: z.boolean(),
});

export const whoSaidItSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('who-said-it'),
  options: choices,
  answer: text,
});

export const numberQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('number'),
  answer: z.number().int().min(0).max(9999),
  unit: text.optional(),
});

export const questionSchema = z.discriminatedUnion('kind', [
  multipleChoiceSchema,
  trueFalseSchema,
  whoSaidItSchema,
  numberQuestionSchema,
]);

export const QUESTION_KINDS = ['multiple-choice', 'true-false', 'who-said-it', 'number'] as const;

export const packSchema = z.strictObject({
  /** Where an editor finds the JSON Schema, e.g. "./pack.schema.json"; ignored by the game. */
  $schema: z.string().max(200).optional(),
  id: slug,
  /** Bumped whenever content changes, so a report or result can name the exact pack. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'),
  title: text.max(60, 'a pack title may be at most 60 characters'),
  /** The language of the pack's texts (BCP 47, e.g. "en"), so browsers can read and translate it. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like "en"'),
  source: sourceSchema,
  /** Where the events happened; without it, the map frames the events' places itself. */
  map: mapSchema.optional(),
  facts: z.array(factSchema).min(1),
  events: z.array(eventSchema).min(2),
  /** The first set is the one a new player gets. */
  sets: z.array(setSchema).min(1),
  questions: z.array(questionSchema).min(1),
});

export type Pack = z.infer<typeof packSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Digest = z.infer<typeof digestSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type EventSet = z.infer<typeof setSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
export type DateBasis = z.infer<typeof dateBasis>;
export type Quote = z.infer<typeof quoteSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Icon = z.infer<typeof iconSchema>;
export type Fact = z.infer<typeof factSchema>;
export type MapSpec = z.infer<typeof mapSchema>;
