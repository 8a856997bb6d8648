import type { DateBasis, Digest, Pack, Place } from '../content/schema';
import { formatPartialDate } from '../rules/dates';

/**
 * The few words every screen shares, so a verdict, a date's basis or a paragraph reference is
 * said one way everywhere (canvas, page and accessibility layer alike).
 */

/** How a date is known, in the words a player reads on cards and in "how we know". */
export const BASIS_WORDS: Readonly<Record<DateBasis, string>> = {
  stated: 'stated in the article',
  inferred: 'worked out from the article',
  context: 'from outside the article',
};

/** A verdict always travels with an icon and a word, so nothing is told by colour alone. */
export const VERDICT = {
  right: { icon: '✓', word: 'Right' },
  wrong: { icon: '✗', word: 'Wrong' },
  either: { icon: '↔', word: 'Either way' },
} as const;
export type VerdictTone = keyof typeof VERDICT;

/** "¶6, ¶18": paragraph references in one form everywhere. */
export function paragraphList(paragraphs: readonly number[]): string {
  return paragraphs.map((p) => `¶${p}`).join(', ');
}

/** The digest of each cited paragraph, in citation order; a paragraph without one is skipped. */
export function citedDigests(
  pack: Pack,
  paragraphs: readonly number[],
): Array<{ mark: string; text: string }> {
  const byNumber = new Map<number, Digest>(pack.source.digests.map((d) => [d.paragraph, d]));
  return paragraphs.flatMap((p) => {
    const digest = byNumber.get(p);
    return digest ? [{ mark: `¶${p}`, text: digest.text }] : [];
  });
}

/** "9 June 2021": a date at exactly the precision we know it. */
export const formatDate = formatPartialDate;

/** "near Baghdad airport (named in the article)" / "eastern Syria (from outside the article)". */
export function placeLine(place: Place): string {
  return `${place.name} (${place.stated ? 'named in the article' : 'from outside the article'})`;
}

/** "1 card" / "6 cards". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** Ends a sentence with one full stop: text already ending in one (a unit like "p.m.") gets none. */
export function endSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * An answer as it reads inside a sentence: a number with its unit ("6 p.m."), anything else in
 * quotation marks, so an option that starts with a capital reads as the option it is
 * ("The answer is “The more cautious one”").
 */
export function answerWords(kind: string, value: string, unit?: string): string {
  if (kind === 'number') return unit ? `${value} ${unit}` : value;
  return `“${value}”`;
}
