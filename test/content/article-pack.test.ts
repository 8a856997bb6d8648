import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePackText } from '../../src/content/parse';
import { QUESTION_KINDS } from '../../src/content/schema';
import type { Pack, TimelineEvent } from '../../src/content/schema';
import { findArticleOverlaps, validatePack } from '../../src/content/validate';
import { dateRange } from '../../src/rules/dates';
import { buildPartialOrder } from '../../src/rules/order';
import { readArticle, skipWithoutArticle } from './article-source';

const PACKS = new URL('../../public/packs/', import.meta.url);
const PACK_FILE = 'us-strikes-syria-iraq-2021.json';

/** The article's body as its paragraphs are counted (P01 is the headline, P24 the byline). */
const FIRST_BODY_PARAGRAPH = 2;
const LAST_BODY_PARAGRAPH = 23;
const CORE_ORDER = ['erbil-rocket', 'february-strike', 'june-9-drone-attack', 'june-strikes'];

/** Through the same parser and validator the game uses, so a test failure is what a player would hit. */
function loadArticlePack(): Pack {
  const parsed = parsePackText(readFileSync(fileURLToPath(new URL(PACK_FILE, PACKS)), 'utf8'));
  if (!parsed.ok) throw new Error(`${PACK_FILE}: ${parsed.message}`);
  const validation = validatePack(parsed.value);
  if (!validation.ok) {
    throw new Error(`${PACK_FILE}: ${validation.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
  return validation.pack;
}

/** Number of parts in a partial date: 1 for a year, 2 for a month, 3 for a day. */
function precision(partial: string): number {
  return partial.split('-').length;
}

describe('the article pack (public/packs)', () => {
  const pack = loadArticlePack();
  const event = (id: string): TimelineEvent => {
    const found = pack.events.find((e) => e.id === id);
    if (found === undefined) throw new Error(`no event "${id}"`);
    return found;
  };

  it('is listed in public/packs/index.json', () => {
    const index: unknown = JSON.parse(readFileSync(fileURLToPath(new URL('index.json', PACKS)), 'utf8'));
    expect(index).toContain(PACK_FILE);
  });

  it('has a core set the article alone orders one way: erbil-rocket, february-strike, june-9-drone-attack, june-strikes', () => {
    const core = pack.sets.find((set) => set.id === 'core');
    expect(core?.events, 'a set with id "core"').toBeDefined();
    expect([...core!.events].sort()).toEqual([...CORE_ORDER].sort());
    const order = buildPartialOrder(core!.events.map(event), pack.events);
    for (let i = 0; i + 1 < CORE_ORDER.length; i++) {
      expect(
        order.precedes(CORE_ORDER[i]!, CORE_ORDER[i + 1]!),
        `${CORE_ORDER[i]} before ${CORE_ORDER[i + 1]}`,
      ).toBe(true);
    }
  });

  it('has a digest for every body paragraph, 2 to 23', () => {
    const digested = new Set(pack.source.digests.map((d) => d.paragraph));
    const missing: number[] = [];
    for (let p = FIRST_BODY_PARAGRAPH; p <= LAST_BODY_PARAGRAPH; p++) if (!digested.has(p)) missing.push(p);
    expect(missing).toEqual([]);
  });

  it('orders june-strikes after raisi-elected, leaving only raisi-elected vs june-9-drone-attack open in June', () => {
    const june = dateRange('2021-06');
    const juneEvents = pack.events.filter((e) => {
      const range = dateRange(e.date);
      return range.start >= june.start && range.end <= june.end;
    });
    const order = buildPartialOrder(juneEvents, pack.events);
    expect(order.precedes('raisi-elected', 'june-strikes'), 'raisi-elected before june-strikes').toBe(true);
    const open = juneEvents.flatMap((a, i) =>
      juneEvents
        .slice(i + 1)
        .flatMap((b) => (order.interchangeable(a.id, b.id) ? [[a.id, b.id].sort().join(' vs ')] : [])),
    );
    expect(open).toEqual(['june-9-drone-attack vs raisi-elected']);
  });

  it('has at least 10 events and at least 30 questions of all four kinds', () => {
    expect(pack.events.length).toBeGreaterThanOrEqual(10);
    expect(pack.questions.length).toBeGreaterThanOrEqual(30);
    expect(new Set(pack.questions.map((q) => q.kind))).toEqual(new Set(QUESTION_KINDS));
  });

  it('gives context dates only as refinements of the event date', () => {
    const inconsistent = pack.events
      .filter((e) => e.contextDate !== undefined && precision(e.contextDate) < precision(e.date))
      .map((e) => `${e.id}: ${e.date} / context ${e.contextDate}`);
    expect(inconsistent).toEqual([]);
  });

  it('credits each who-said-it quote to the speaker the answer names', () => {
    // A who-said-it may also ask who made a paraphrased claim; only a quoted one has a speaker to agree with.
    const mismatched = pack.questions
      .filter((q) => q.kind === 'who-said-it' && q.quote !== undefined)
      .filter((q) => q.quote!.speaker.trim().toLowerCase() !== String(q.answer).trim().toLowerCase())
      .map((q) => `${q.id}: answer "${String(q.answer)}", quote by "${q.quote!.speaker}"`);
    expect(mismatched).toEqual([]);
  });

  it.skipIf(skipWithoutArticle('the copy check of the article pack'))(
    'copies no run of 12 or more words from the article',
    () => {
      expect(findArticleOverlaps(pack, readArticle())).toEqual([]);
    },
  );
});
