import type { DateBasis, EventSet } from '../content/schema';

/** "core" → "Core": the short name a set goes by on buttons, scores and results alike. */
export function setShortName(set: Pick<EventSet, 'id'>): string {
  return set.id.charAt(0).toUpperCase() + set.id.slice(1).replace(/-/g, ' ');
}

/** "Core set (Attack and answer)": where there is room for both names. */
export function setFullName(set: Pick<EventSet, 'id' | 'name'>): string {
  return `${setShortName(set)} set (${set.name})`;
}

/** How a date is known, in the words a player reads on the reveal and the source screens. */
export const BASIS_WORDS: Readonly<Record<DateBasis, string>> = {
  stated: 'stated in the article',
  inferred: 'worked out from the article',
  context: 'from outside the article',
};

/** "¶6, ¶18": paragraph references in one form everywhere. */
export function paragraphList(paragraphs: readonly number[]): string {
  return paragraphs.map((p) => `¶${p}`).join(', ');
}
