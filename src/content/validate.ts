import { dateRange } from '../rules/dates';
import { MAX_PACK_DEPTH } from './parse';
import { packSchema } from './schema';
import type { Pack, TimelineEvent } from './schema';

/**
 * Checks a content pack beyond what the zod schema can express: ids and fact ids that must exist
 * and be unique, citations that have a digest, an order that is not self-contradictory, sets that
 * can be dealt, well-formed choices, and no copying of the article. Pure TypeScript so the same
 * checks run in the CLI, the game, the teacher pages and the tests.
 */

export interface PackProblem {
  /** Where the problem is, e.g. `questions[3].options` or `(root)`. */
  path: string;
  message: string;
}

export type PackValidation =
  { ok: true; pack: Pack; summary: string } | { ok: false; problems: PackProblem[] };

type PathSegment = string | number;
type ZodIssue = NonNullable<ReturnType<typeof packSchema.safeParse>['error']>['issues'][number];

/** Keys that can reach an object's prototype when data is later merged or copied naively. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function validatePack(input: unknown): PackValidation {
  // Checked before zod so that a hostile file is rejected for what it is, not as "unknown key".
  const forbidden = findForbiddenKeys(input);
  if (forbidden.length > 0) return { ok: false, problems: forbidden };

  const parsed = packSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap((issue) => describeIssue(issue, input)) };
  }

  const pack = parsed.data;
  const problems = crossCheck(pack);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, pack, summary: summarisePack(pack) };
}

/** `valid pack us-strikes-syria-iraq-2021 1.1.0: 10 events, 3 sets, 54 questions`. */
export function summarisePack(pack: Pack): string {
  return (
    `valid pack ${pack.id} ${pack.version}: ${count(pack.events.length, 'event')}, ` +
    `${count(pack.sets.length, 'set')}, ${count(pack.questions.length, 'question')}`
  );
}

/** One container on the walk, linked to its parent so a path is built only for a problem. */
interface Visit {
  value: object;
  key: PathSegment | undefined;
  parent: Visit | undefined;
  /** 1 for the root container, 2 for a container inside it, and so on. */
  depth: number;
}

/**
 * Every `__proto__`, `constructor` or `prototype` key anywhere in the data, and any container
 * nested deeper than MAX_PACK_DEPTH or inside itself. parsePackText already refuses deep text;
 * this covers objects handed over in JavaScript. Linear in the size of the data: paths are built
 * only for a problem, and every path is at most MAX_PACK_DEPTH long.
 */
export function findForbiddenKeys(value: unknown): PackProblem[] {
  if (value === null || typeof value !== 'object') return [];
  const problems: PackProblem[] = [];
  const pending: Visit[] = [{ value, key: undefined, parent: undefined, depth: 1 }];
  // An object shared by two parents is walked again only if reached deeper than before, so a
  // shared subtree cannot hide excess depth and a diamond-shaped object graph cannot blow up.
  const deepestVisit = new WeakMap<object, number>([[value, 1]]);
  while (pending.length > 0) {
    const visit = pending.pop()!;
    // Object.keys lists an own "__proto__" key (as JSON.parse creates it) without touching the prototype.
    for (const key of Object.keys(visit.value)) {
      const segment: PathSegment = Array.isArray(visit.value) ? Number(key) : key;
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({
          path: pathOf(visit, segment),
          message: `the key "${key}" is not allowed in a content pack`,
        });
        continue;
      }
      const child: unknown = (visit.value as Record<string, unknown>)[key];
      if (child === null || typeof child !== 'object') continue;
      const depth = visit.depth + 1;
      if (isAncestor(child, visit)) {
        problems.push({
          path: pathOf(visit, segment),
          message: 'refers back to an object that contains it; a pack must be plain JSON data',
        });
      } else if (depth > MAX_PACK_DEPTH) {
        problems.push({
          path: pathOf(visit, segment),
          message: `is nested more than ${MAX_PACK_DEPTH} levels deep; a content pack needs far fewer`,
        });
      } else if ((deepestVisit.get(child) ?? 0) < depth) {
        deepestVisit.set(child, depth);
        pending.push({ value: child, key: segment, parent: visit, depth });
      }
    }
  }
  return problems.sort((a, b) => a.path.localeCompare(b.path));
}

/** At most MAX_PACK_DEPTH steps, since deeper containers are never walked. */
function isAncestor(candidate: object, visit: Visit | undefined): boolean {
  for (let at = visit; at !== undefined; at = at.parent) if (at.value === candidate) return true;
  return false;
}

function pathOf(parent: Visit, last: PathSegment): string {
  const segments: PathSegment[] = [last];
  for (let at: Visit | undefined = parent; at?.key !== undefined; at = at.parent) segments.push(at.key);
  return formatPath(segments.reverse());
}

/** `questions[3].options`, `source.digests[0].paragraph`; `(root)` for the whole pack. */
export function formatPath(path: readonly PathSegment[]): string {
  let formatted = '';
  for (const segment of path) {
    if (typeof segment === 'number') formatted += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) formatted += formatted === '' ? segment : `.${segment}`;
    else formatted += `[${JSON.stringify(segment)}]`;
  }
  return formatted === '' ? '(root)' : formatted;
}

// ---------------------------------------------------------------------------------------------
// Schema issues, reworded for content authors

function describeIssue(issue: ZodIssue, input: unknown): PackProblem[] {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  const found = valueAt(input, path);
  const at = formatPath(path);

  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined)
        return [{ path: at, message: `is required (expected ${article(issue.expected)})` }];
      if (issue.expected === 'int')
        return [{ path: at, message: `must be a whole number, got ${show(found)}` }];
      return [{ path: at, message: `expected ${article(issue.expected)}, got ${typeName(found)}` }];
    }
    case 'unrecognized_keys':
      // One problem per key, pointing at the key itself, so a typo like "detial" is easy to find.
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        message: 'is not a field of the pack format (misspelt or misplaced?)',
      }));
    case 'invalid_value':
      return [
        {
          path: at,
          message: `must be one of ${issue.values.map((v) => show(v)).join(', ')}, got ${show(found)}`,
        },
      ];
    case 'invalid_union': {
      // zod adds the allowed discriminator values at runtime without typing them on the issue.
      const allowed: unknown = (issue as { options?: unknown }).options;
      if ('discriminator' in issue && Array.isArray(allowed) && allowed.length > 0) {
        const options = allowed.map((o: unknown) => show(o)).join(', ');
        const message =
          found === undefined
            ? `is required: one of ${options}`
            : `must be one of ${options}, got ${show(found)}`;
        return [{ path: at, message }];
      }
      return [{ path: at, message: issue.message }];
    }
    case 'too_small':
    case 'too_big': {
      const isDefault = /^Too (small|big):/.test(issue.message);
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const base = isDefault ? boundMessage(issue.code, issue.origin, bound) : issue.message;
      return [{ path: at, message: `${base}${measured(issue.origin, found)}` }];
    }
    default:
      return [{ path: at, message: issue.message }];
  }
}

function boundMessage(code: 'too_small' | 'too_big', origin: string, bound: number | bigint): string {
  const least = code === 'too_small';
  if (origin === 'array') return `needs at ${least ? 'least' : 'most'} ${count(Number(bound), 'item')}`;
  if (origin === 'string')
    return `must be at ${least ? 'least' : 'most'} ${count(Number(bound), 'character')}`;
  return `must be ${least ? 'at least' : 'at most'} ${bound}`;
}

/** What the author actually wrote, so "at most 60 characters" comes with "got 72". */
function measured(origin: string, found: unknown): string {
  if (origin === 'array' && Array.isArray(found)) return ` (got ${found.length})`;
  if (origin === 'string' && typeof found === 'string') return ` (got ${found.trim().length})`;
  if (origin === 'number' && typeof found === 'number') return ` (got ${found})`;
  return '';
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    // Own properties only: a path segment must never resolve through the prototype chain.
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------------------------------------
// Cross-checks on a pack the schema accepted

function crossCheck(pack: Pack): PackProblem[] {
  return [
    ...uniqueIds('events', pack.events),
    ...uniqueIds('sets', pack.sets),
    ...uniqueIds('questions', pack.questions),
    ...uniqueIds('facts', pack.facts),
    ...checkDigests(pack),
    ...checkCitations(pack),
    ...checkFacts(pack),
    ...checkEventLinks(pack),
    ...checkContextDates(pack),
    ...checkSetMembers(pack),
    ...checkSetDeals(pack),
    ...checkShortNames(pack),
    ...checkOrderCycles(pack),
    ...checkChoices(pack),
  ];
}

function uniqueIds(collection: string, items: ReadonlyArray<{ id: string }>): PackProblem[] {
  const firstIndex = new Map<string, number>();
  const problems: PackProblem[] = [];
  items.forEach((item, index) => {
    const earlier = firstIndex.get(item.id);
    if (earlier === undefined) firstIndex.set(item.id, index);
    else
      problems.push({
        path: `${collection}[${index}].id`,
        message: `duplicate id "${item.id}" (already used by ${collection}[${earlier}])`,
      });
  });
  return problems;
}

function checkDigests(pack: Pack): PackProblem[] {
  const firstIndex = new Map<number, number>();
  const problems: PackProblem[] = [];
  pack.source.digests.forEach((digest, index) => {
    const earlier = firstIndex.get(digest.paragraph);
    if (earlier === undefined) firstIndex.set(digest.paragraph, index);
    else
      problems.push({
        path: `source.digests[${index}].paragraph`,
        message: `paragraph ${digest.paragraph} already has a digest (source.digests[${earlier}])`,
      });
  });
  return problems;
}

/**
 * Which paragraphs exist is the pack's own business: a citation is good when the pack has a digest
 * for it, so a reader who follows "¶12" finds what the paragraph says.
 */
function checkCitations(pack: Pack): PackProblem[] {
  const digested = new Set(pack.source.digests.map((d) => d.paragraph));
  const known = describeNumbers([...digested]);
  const problems: PackProblem[] = [];
  const check = (collection: 'events' | 'questions', index: number, cited: readonly number[]): void => {
    cited.forEach((paragraph, citeIndex) => {
      if (!digested.has(paragraph))
        problems.push({
          path: `${collection}[${index}].paragraphs[${citeIndex}]`,
          message: `paragraph ${paragraph} has no digest in source.digests (digests cover ${known})`,
        });
    });
  };
  pack.events.forEach((event, i) => check('events', i, event.paragraphs));
  pack.questions.forEach((question, i) => check('questions', i, question.paragraphs));
  return problems;
}

/** `2–5, 7, 9–23`: sorted numbers with runs shortened, for a message. */
function describeNumbers(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/**
 * Facts are how the game keeps two questions about one thing out of a round, and keeps a card or
 * an explanation from giving an answer away; a misspelt fact id would silently switch that off.
 */
function checkFacts(pack: Pack): PackProblem[] {
  const factIds = new Set(pack.facts.map((f) => f.id));
  const tested = new Set(pack.questions.map((q) => q.fact));
  const problems: PackProblem[] = [];
  const checkReveals = (path: string, reveals: readonly string[] | undefined, ownFact?: string): void => {
    const seen = new Set<string>();
    (reveals ?? []).forEach((fact, i) => {
      const at = `${path}.reveals[${i}]`;
      if (!factIds.has(fact)) problems.push({ path: at, message: `unknown fact id "${fact}"` });
      else if (fact === ownFact)
        problems.push({
          path: at,
          message: `"${fact}" is the fact this question tests; a question cannot give its own answer away`,
        });
      else if (seen.has(fact)) problems.push({ path: at, message: `"${fact}" is listed twice` });
      seen.add(fact);
    });
  };

  pack.events.forEach((event, i) => checkReveals(`events[${i}]`, event.reveals));
  pack.questions.forEach((question, i) => {
    if (!factIds.has(question.fact))
      problems.push({ path: `questions[${i}].fact`, message: `unknown fact id "${question.fact}"` });
    checkReveals(`questions[${i}]`, question.reveals, question.fact);
  });
  pack.facts.forEach((fact, i) => {
    if (!tested.has(fact.id))
      problems.push({
        path: `facts[${i}].id`,
        message: `no question tests fact "${fact.id}" (a typo in a question's fact, or a fact to remove?)`,
      });
  });
  return problems;
}

function checkEventLinks(pack: Pack): PackProblem[] {
  const eventIds = new Set(pack.events.map((e) => e.id));
  const problems: PackProblem[] = [];
  pack.events.forEach((event, eventIndex) => {
    const seen = new Set<string>();
    (event.after ?? []).forEach((earlierId, linkIndex) => {
      const path = `events[${eventIndex}].after[${linkIndex}]`;
      if (earlierId === event.id)
        problems.push({ path, message: `an event cannot come after itself ("${earlierId}")` });
      else if (!eventIds.has(earlierId)) problems.push({ path, message: `unknown event id "${earlierId}"` });
      else if (seen.has(earlierId)) problems.push({ path, message: `"${earlierId}" is listed twice` });
      seen.add(earlierId);
    });
  });
  return problems;
}

/**
 * A context date refines the article's date; it must never move the event elsewhere, or the
 * card would show the player one date while the game orders it by another.
 */
function checkContextDates(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  const byId = new Map(pack.events.map((e) => [e.id, e]));
  pack.events.forEach((event, eventIndex) => {
    if (event.contextDate !== undefined) {
      const outer = dateRange(event.date);
      const inner = dateRange(event.contextDate);
      if (inner.start < outer.start || inner.end > outer.end) {
        problems.push({
          path: `events[${eventIndex}].contextDate`,
          message: `${event.contextDate} is outside the event's date ${event.date}`,
        });
      }
    }
    // Only context dates can contradict `after` here; a contradiction of the dates themselves is a cycle (below).
    (event.after ?? []).forEach((earlierId, linkIndex) => {
      const earlier = byId.get(earlierId);
      if (earlier === undefined || earlier === event) return;
      const datesContradict = dateRange(event.date).end < dateRange(earlier.date).start;
      const preciseContradict =
        dateRange(event.contextDate ?? event.date).end < dateRange(earlier.contextDate ?? earlier.date).start;
      if (preciseContradict && !datesContradict) {
        problems.push({
          path: `events[${eventIndex}].after[${linkIndex}]`,
          message:
            `says "${event.id}" came after "${earlierId}", but its context date ` +
            `${event.contextDate ?? event.date} is before ${earlier.contextDate ?? earlier.date}`,
        });
      }
    });
  });
  return problems;
}

function checkSetMembers(pack: Pack): PackProblem[] {
  const eventIds = new Set(pack.events.map((e) => e.id));
  const problems: PackProblem[] = [];
  pack.sets.forEach((set, setIndex) => {
    const seen = new Set<string>();
    set.events.forEach((eventId, memberIndex) => {
      const path = `sets[${setIndex}].events[${memberIndex}]`;
      if (!eventIds.has(eventId)) problems.push({ path, message: `unknown event id "${eventId}"` });
      else if (seen.has(eventId))
        problems.push({ path, message: `"${eventId}" is listed twice in this set` });
      seen.add(eventId);
    });
  });
  return problems;
}

function checkSetDeals(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  pack.sets.forEach((set, setIndex) => {
    if (set.deal !== undefined && set.deal > set.events.length)
      problems.push({
        path: `sets[${setIndex}].deal`,
        message: `deals ${set.deal} events, but the set has only ${set.events.length}`,
      });
  });
  return problems;
}

/** Short names label buttons and table columns, where two alike could not be told apart. */
function checkShortNames(pack: Pack): PackProblem[] {
  const firstIndex = new Map<string, number>();
  const problems: PackProblem[] = [];
  pack.sets.forEach((set, setIndex) => {
    const key = set.shortName.trim().toLowerCase();
    const earlier = firstIndex.get(key);
    if (earlier === undefined) firstIndex.set(key, setIndex);
    else
      problems.push({
        path: `sets[${setIndex}].shortName`,
        message: `duplicate short name "${set.shortName}" (already used by sets[${earlier}], ignoring case)`,
      });
  });
  return problems;
}

function checkChoices(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  pack.questions.forEach((question, questionIndex) => {
    if (question.kind !== 'multiple-choice' && question.kind !== 'who-said-it') return;
    const path = `questions[${questionIndex}]`;
    const firstIndex = new Map<string, number>();
    question.options.forEach((option, optionIndex) => {
      const key = option.trim().toLowerCase();
      const earlier = firstIndex.get(key);
      if (earlier === undefined) firstIndex.set(key, optionIndex);
      else
        problems.push({
          path: `${path}.options[${optionIndex}]`,
          message: `duplicate option "${option}" (same as options[${earlier}])`,
        });
    });
    if (firstIndex.size < 3 && question.options.length >= 3) {
      problems.push({
        path: `${path}.options`,
        message: `needs at least 3 different options (got ${firstIndex.size})`,
      });
    }
    if (!question.options.includes(question.answer)) {
      // The game compares exactly, so a near miss is still an error; naming it saves a search.
      const nearMiss = question.options.find(
        (o) => o.trim().toLowerCase() === question.answer.trim().toLowerCase(),
      );
      problems.push({
        path: `${path}.answer`,
        message:
          `"${question.answer}" is not one of the options` +
          (nearMiss === undefined ? '' : ` (did you mean "${nearMiss}"? answers must match exactly)`),
      });
    }
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Order cycles

interface OrderEdge {
  to: number;
  /** Why `from` comes before `to`, for the message. */
  reason: 'dates' | 'after';
}

/**
 * The correct order is: A before B when A's date range ends before B's starts, or when B lists A
 * in `after`, and everything those imply. Dates alone can never loop, so any loop involves an
 * `after` link that contradicts dates or other links. A set is broken when two of its events sit
 * on one loop: the game could not say which of them comes first.
 */
function checkOrderCycles(pack: Pack): PackProblem[] {
  const graph = buildOrderGraph(pack.events);
  const components = stronglyConnected(graph.edges);
  const componentOf = new Map<number, number>();
  components.forEach((members, c) => members.forEach((node) => componentOf.set(node, c)));
  const problems: PackProblem[] = [];

  // One problem per loop at the first `after` link on it: that link is where the author must look.
  for (const members of components) {
    const inLoop = new Set(members);
    const firstLink = pack.events
      .flatMap((event, eventIndex) =>
        (event.after ?? []).map((earlierId, linkIndex) => ({ event, eventIndex, earlierId, linkIndex })),
      )
      .find(
        (link) =>
          inLoop.has(link.eventIndex) &&
          graph.indexOf.has(link.earlierId) &&
          inLoop.has(graph.indexOf.get(link.earlierId)!),
      );
    const start = firstLink?.eventIndex ?? members[0]!;
    problems.push({
      path: firstLink ? `events[${firstLink.eventIndex}].after[${firstLink.linkIndex}]` : 'events',
      message: `dates and "after" links contradict each other: ${describeLoop(pack.events, inLoop, start)}`,
    });
  }

  pack.sets.forEach((set, setIndex) => {
    const members = [...new Set(set.events)]
      .map((id) => graph.indexOf.get(id))
      .filter((i): i is number => i !== undefined && componentOf.has(i));
    const byComponent = new Map<number, number[]>();
    for (const node of members) {
      const c = componentOf.get(node)!;
      const group = byComponent.get(c);
      if (group) group.push(node);
      else byComponent.set(c, [node]);
    }
    for (const [c, nodes] of byComponent) {
      if (nodes.length < 2) continue;
      const shown = nodes.slice(0, 6).map((n) => `"${pack.events[n]!.id}"`);
      if (nodes.length > shown.length) shown.push(`and ${nodes.length - shown.length} more`);
      const ids = shown.join(', ');
      problems.push({
        path: `sets[${setIndex}].events`,
        message:
          `the order of ${ids} has a cycle: ` + describeLoop(pack.events, new Set(components[c]), nodes[0]!),
      });
    }
  });
  return problems;
}

interface OrderGraph {
  /** Adjacency lists; nodes 0..n-1 are events, the rest are helper nodes for date order. */
  edges: OrderEdge[][];
  eventCount: number;
  indexOf: Map<string, number>;
}

/**
 * Date order is encoded through a chain of helper nodes instead of an edge for every pair, so a
 * large (even hostile) pack costs O(n log n) rather than O(n²): helper k stands for "every event
 * starting at or after the k-th start", and an event points at the first helper after its end.
 */
function buildOrderGraph(events: readonly TimelineEvent[]): OrderGraph {
  const n = events.length;
  const indexOf = new Map<string, number>();
  events.forEach((e, i) => {
    if (!indexOf.has(e.id)) indexOf.set(e.id, i);
  });
  const ranges = events.map((e) => dateRange(e.date));
  const byStart = events.map((_, i) => i).sort((a, b) => ranges[a]!.start - ranges[b]!.start);
  const edges: OrderEdge[][] = Array.from({ length: n + n }, () => []);

  byStart.forEach((eventIndex, k) => {
    edges[n + k]!.push({ to: eventIndex, reason: 'dates' });
    if (k + 1 < n) edges[n + k]!.push({ to: n + k + 1, reason: 'dates' });
  });
  events.forEach((event, i) => {
    const end = ranges[i]!.end;
    const firstLater = lowerBound(byStart, (j) => ranges[j]!.start > end);
    if (firstLater < n) edges[i]!.push({ to: n + firstLater, reason: 'dates' });
    for (const earlierId of event.after ?? []) {
      const earlier = indexOf.get(earlierId);
      if (earlier !== undefined && earlier !== i) edges[earlier]!.push({ to: i, reason: 'after' });
    }
  });
  return { edges, eventCount: n, indexOf };
}

/** First index in `sorted` for which `isPast` holds (it must be monotone over the array). */
function lowerBound(sorted: readonly number[], isPast: (value: number) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isPast(sorted[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * Strongly connected components that contain at least two events (Tarjan, iterative so a long
 * chain of links cannot overflow the stack). Only event nodes are returned.
 */
function stronglyConnected(edges: readonly OrderEdge[][]): number[][] {
  const eventCount = edges.length / 2;
  const index: number[] = new Array<number>(edges.length).fill(-1);
  const low: number[] = new Array<number>(edges.length).fill(0);
  const onStack: boolean[] = new Array<boolean>(edges.length).fill(false);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;

  for (let root = 0; root < edges.length; root++) {
    if (index[root] !== -1) continue;
    const work: Array<{ node: number; next: number }> = [{ node: root, next: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const out = edges[frame.node]!;
      if (frame.next < out.length) {
        const to = out[frame.next++]!.to;
        if (index[to] === -1) {
          index[to] = low[to] = counter++;
          stack.push(to);
          onStack[to] = true;
          work.push({ node: to, next: 0 });
        } else if (onStack[to]) {
          low[frame.node] = Math.min(low[frame.node]!, index[to]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
      if (low[frame.node] === index[frame.node]) {
        const members: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = false;
          members.push(member);
        } while (member !== frame.node);
        const eventMembers = members.filter((m) => m < eventCount).sort((a, b) => a - b);
        if (eventMembers.length >= 2) components.push(eventMembers);
      }
    }
  }
  return components;
}

/** Loops longer than this are listed rather than traced: building their edges costs O(n²). */
const MAX_TRACED_LOOP = 200;

/** `"a" before "b" (dates 2014 then 2021-02), "b" before "a" ("a" lists it in after)`: a shortest loop through `start`. */
function describeLoop(
  events: readonly TimelineEvent[],
  loopEvents: ReadonlySet<number>,
  start: number,
): string {
  const members = [...loopEvents];
  if (members.length > MAX_TRACED_LOOP) {
    return `${members.length} events, including ${members
      .slice(0, 5)
      .map((i) => `"${events[i]!.id}"`)
      .join(', ')}`;
  }
  const ranges = new Map(members.map((i) => [i, dateRange(events[i]!.date)]));
  const reasonBetween = (from: number, to: number): OrderEdge['reason'] | undefined => {
    if (ranges.get(from)!.end < ranges.get(to)!.start) return 'dates';
    if ((events[to]!.after ?? []).includes(events[from]!.id)) return 'after';
    return undefined;
  };

  // Breadth-first, so the loop shown is one of the shortest: the easiest to reason about.
  const cameFrom = new Map<number, { from: number; reason: OrderEdge['reason'] }>();
  const queue = [start];
  for (let head = 0; head < queue.length && !cameFrom.has(start); head++) {
    const node = queue[head]!;
    for (const next of members) {
      const reason = next === node || cameFrom.has(next) ? undefined : reasonBetween(node, next);
      if (reason === undefined) continue;
      cameFrom.set(next, { from: node, reason });
      if (next === start) break;
      queue.push(next);
    }
  }

  const steps: string[] = [];
  let node = start;
  do {
    const step = cameFrom.get(node);
    if (step === undefined) break;
    const earlier = events[step.from]!;
    const later = events[node]!;
    const because =
      step.reason === 'after'
        ? `"${later.id}" lists it in after`
        : `dates ${earlier.date} then ${later.date}`;
    steps.unshift(`"${earlier.id}" before "${later.id}" (${because})`);
    node = step.from;
  } while (node !== start);
  return steps.join(', ');
}
// ---------------------------------------------------------------------------------------------
// Copying from the article

/** Keys whose strings are identifiers, dates, codes or links, not prose a reader could mistake for the article's. */
const NON_PROSE_KEYS: ReadonlySet<string> = new Set([
  '$schema',
  'id',
  'version',
  'language',
  'after',
  'date',
  'contextDate',
  'kind',
  'basis',
  'dateBasis',
  'fact',
  'reveals',
  'icon',
  'precision',
]);

/**
 * Every string in the pack that shares `windowWords` or more consecutive words with the article.
 * Quotes and an unparaphrased headline are skipped: they are the one place the article's words belong.
 */
export function findArticleOverlaps(
  pack: Pack,
  articleText: string,
  windowWords = 12,
): Array<{ path: string; words: string }> {
  const window = Math.max(1, Math.floor(windowWords));
  const articleWords = words(articleText);
  const articleWindows = new Set<string>();
  for (let i = 0; i + window <= articleWords.length; i++) {
    articleWindows.add(articleWords.slice(i, i + window).join(' '));
  }

  const overlaps: Array<{ path: string; words: string }> = [];
  for (const { path, text } of proseStrings(pack)) {
    const textWords = words(text);
    // Merge overlapping windows into one run per copied passage, so a long copy is reported once.
    let runStart = -1;
    let runEnd = -1;
    const flush = (): void => {
      if (runStart >= 0)
        overlaps.push({ path: formatPath(path), words: textWords.slice(runStart, runEnd).join(' ') });
      runStart = runEnd = -1;
    };
    for (let i = 0; i + window <= textWords.length; i++) {
      if (!articleWindows.has(textWords.slice(i, i + window).join(' '))) continue;
      if (runStart >= 0 && i <= runEnd) runEnd = i + window;
      else {
        flush();
        runStart = i;
        runEnd = i + window;
      }
    }
    flush();
  }
  return overlaps;
}

/** Lowercase words with punctuation removed; hyphens and dashes separate words ("Iranian-backed"). */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`]/g, "'")
    .split(/[\s\-\u2010-\u2015]+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word.length > 0);
}

function proseStrings(pack: Pack): Array<{ path: PathSegment[]; text: string }> {
  const found: Array<{ path: PathSegment[]; text: string }> = [];
  const visit = (value: unknown, path: PathSegment[]): void => {
    if (typeof value === 'string') {
      found.push({ path, text: value });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (NON_PROSE_KEYS.has(key)) continue;
        if (key === 'text' && path[path.length - 1] === 'quote') continue;
        // The article's own headline, shown in quotation marks as the article's words.
        if (key === 'text' && path.join('.') === 'source.headline' && isQuotedHeadline(value)) continue;
        // A set's `events` lists ids; an event's `events` never exists, so this is unambiguous.
        if (key === 'events' && path[0] === 'sets') continue;
        visit(child, [...path, key]);
      }
    }
  };
  visit(pack, []);
  return found;
}

function isQuotedHeadline(headline: object): boolean {
  return (headline as { paraphrased?: unknown }).paraphrased === false;
}
