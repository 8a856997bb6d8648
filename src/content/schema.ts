import { z } from 'zod';

/**
 * The content pack: everything the game shows about an article.
 * Types are inferred from these schemas so the data and its checks cannot drift apart.
 * Cross-field checks (ids that must exist, cycles, overlap with the article) live in validate.ts.
 */

/** Body paragraphs of the article are numbered P02–P23 (see shared FACTS.md); P01 is the headline. */
export const FIRST_BODY_PARAGRAPH = 2;
export const LAST_BODY_PARAGRAPH = 23;

const text = z.string().trim().min(1, 'must not be empty');
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "erbil-rocket"')
  .max(40);

const paragraphNumber = z
  .number()
  .int()
  .min(FIRST_BODY_PARAGRAPH, `must be a body paragraph (${FIRST_BODY_PARAGRAPH}–${LAST_BODY_PARAGRAPH})`)
  .max(LAST_BODY_PARAGRAPH, `must be a body paragraph (${FIRST_BODY_PARAGRAPH}–${LAST_BODY_PARAGRAPH})`);
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

export const sourceSchema = z.strictObject({
  outlet: text,
  author: text,
  /** Paraphrased headline. */
  headline: text,
  /** Publication / event date of the piece, YYYY-MM-DD or coarser. */
  date: partialDate,
  dateBasis,
  dateline: text.optional(),
  /** What the reader should know about the copy we work from (republication, garbles). */
  note: text.optional(),
  digests: z.array(digestSchema).min(1),
});

export const eventSchema = z.strictObject({
  id: slug,
  /** Short card label. */
  title: text.max(60, 'a card title may be at most 60 characters'),
  detail: text,
  date: partialDate,
  basis: dateBasis,
  /** More precise date from outside the article; always labelled as outside context to the player. */
  contextDate: partialDate.optional(),
  howWeKnow: text,
  paragraphs,
  /** Events this one is stated to follow even where the dates overlap. */
  after: z.array(slug).optional(),
});

export const setSchema = z.strictObject({
  id: slug,
  name: text,
  description: text,
  /** Event ids; the correct order is derived from dates and `after`, not from this list's order. */
  events: z.array(slug).min(2, 'a set needs at least two events'),
});

export const answerBasis = z.enum(['article', 'context']);
export const difficulty = z.number().int().min(1).max(3);

const questionBase = {
  id: slug,
  prompt: text,
  explanation: text,
  paragraphs,
  difficulty,
  basis: answerBasis,
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
  id: slug,
  /** Bumped whenever content changes, so a report or result can name the exact pack. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'),
  title: text,
  source: sourceSchema,
  events: z.array(eventSchema).min(2),
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
