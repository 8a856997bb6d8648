import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articlePack } from '../../src/content/article-pack';
import { FIRST_BODY_PARAGRAPH, LAST_BODY_PARAGRAPH, QUESTION_KINDS } from '../../src/content/schema';
import type { TimelineEvent } from '../../src/content/schema';
import { findArticleOverlaps, validatePack } from '../../src/content/validate';
import { dateRange } from '../../src/rules/dates';

// The article lives outside the repository (shared between the project's workspaces).
const articlePath = fileURLToPath(new URL('../../../shared/source/article.txt', import.meta.url));
const articleExists = existsSync(articlePath);
if (!articleExists) console.warn(`article-pack.test: ${articlePath} is absent; skipping the copying check`);

const CORE_ORDER = ['erbil-rocket', 'february-strike', 'june-9-drone-attack', 'june-strikes'];

/** Number of parts in a partial date: 1 for a year, 2 for a month, 3 for a day. */
function precision(partial: string): number {
  return partial.split('-').length;
}

/** Pairs [earlier, later] the game must enforce within a set: dates and `after`, closed transitively. */
function orderWithin(events: readonly TimelineEvent[]): Set<string> {
  const before = new Set<string>();
  for (const a of events) {
    for (const b of events) {
      if (a !== b && (dateRange(a.date).end < dateRange(b.date).start || (b.after ?? []).includes(a.id))) {
        before.add(`${a.id} ${b.id}`);
      }
    }
  }
  for (const k of events)
    for (const i of events)
      for (const j of events)
        if (before.has(`${i.id} ${k.id}`) && before.has(`${k.id} ${j.id}`)) before.add(`${i.id} ${j.id}`);
  return before;
}

describe('the built-in article pack', () => {
  const validation = validatePack(articlePack);

  it('passes validatePack', () => {
    expect(validation.ok ? [] : validation.problems).toEqual([]);
  });

  it('has a core set of exactly the four events the article alone can order', () => {
    const core = articlePack.sets.find((set) => set.id === 'core');
    expect(core, 'a set with id "core"').toBeDefined();
    expect([...core!.events].sort()).toEqual([...CORE_ORDER].sort());
  });

  it('orders the core set in exactly one way: erbil-rocket, february-strike, june-9-drone-attack, june-strikes', () => {
    const events = CORE_ORDER.map((id) => articlePack.events.find((e) => e.id === id)!);
    expect(events.every(Boolean)).toBe(true);
    const before = orderWithin(events);
    for (let i = 0; i + 1 < CORE_ORDER.length; i++) {
      expect(
        before.has(`${CORE_ORDER[i]} ${CORE_ORDER[i + 1]}`),
        `${CORE_ORDER[i]} before ${CORE_ORDER[i + 1]}`,
      ).toBe(true);
    }
  });

  it('has at least 10 events and at least 30 questions of all four kinds', () => {
    expect(articlePack.events.length).toBeGreaterThanOrEqual(10);
    expect(articlePack.questions.length).toBeGreaterThanOrEqual(30);
    expect(new Set(articlePack.questions.map((q) => q.kind))).toEqual(new Set(QUESTION_KINDS));
  });

  it('has a digest for every body paragraph', () => {
    const digested = new Set(articlePack.source.digests.map((d) => d.paragraph));
    const missing: number[] = [];
    for (let p = FIRST_BODY_PARAGRAPH; p <= LAST_BODY_PARAGRAPH; p++) if (!digested.has(p)) missing.push(p);
    expect(missing).toEqual([]);
  });

  it('gives context dates only as refinements of the event date', () => {
    const inconsistent = articlePack.events
      .filter((event) => event.contextDate !== undefined)
      .filter((event) => {
        const outer = dateRange(event.date);
        const inner = dateRange(event.contextDate!);
        const within = inner.start >= outer.start && inner.end <= outer.end;
        return !within || precision(event.contextDate!) < precision(event.date);
      })
      .map((event) => `${event.id}: ${event.date} / context ${event.contextDate}`);
    expect(inconsistent).toEqual([]);
  });

  it('credits each who-said-it quote to the speaker the answer names', () => {
    // A who-said-it may also ask who made a paraphrased claim; only a quoted one has a speaker to agree with.
    const mismatched = articlePack.questions
      .filter((q) => q.kind === 'who-said-it' && q.quote !== undefined)
      .filter((q) => q.quote!.speaker.trim().toLowerCase() !== String(q.answer).trim().toLowerCase())
      .map((q) => `${q.id}: answer "${String(q.answer)}", quote by "${q.quote!.speaker}"`);
    expect(mismatched).toEqual([]);
  });

  it.skipIf(!articleExists)('copies no run of 12 or more words from the article', () => {
    const article = readFileSync(articlePath, 'utf8');
    expect(findArticleOverlaps(articlePack, article)).toEqual([]);
  });
});
