import type { EventSet } from '../content/schema';

/** "core" → "Core": the short name a set goes by on buttons, scores and results alike. */
export function setShortName(set: Pick<EventSet, 'id'>): string {
  return set.id.charAt(0).toUpperCase() + set.id.slice(1).replace(/-/g, ' ');
}

/** "Core set (Attack and answer)": where there is room for both names. */
export function setFullName(set: Pick<EventSet, 'id' | 'name'>): string {
  return `${setShortName(set)} set (${set.name})`;
}
