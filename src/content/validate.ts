import { dateRange } from '../rules/dates';
import { packSchema } from './schema';
import type { Pack, TimelineEvent } from './schema';

/**
 * Checks a content pack beyond what the zod schema can express: ids that must exist and be
 * unique, an order that is not self-contradictory, well-formed choices, and no copying of the
 * article. Pure TypeScript so the same checks run in the CLI, the tests and the browser.
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
  return {
    ok: true,
    pack,
    summary:
      `valid pack ${pack.id} ${pack.version}: ${count(pack.events.length, 'event')}, ` +
      `${count(pack.sets.length, 'set')}, ${count(pack.questions.length, 'question')}`,
  };
}

/** Every `__proto__`, `constructor` or `prototype` key anywhere in parsed JSON. */
export function findForbiddenKeys(value: unknown): PackProblem[] {
  const problems: PackProblem[] = [];
  // An explicit stack instead of recursion: a deeply nested file must not overflow the call stack.
  const pending: Array<{ value: unknown; path: PathSegment[] }> = [{ value, path: [] }];
  // Parsed JSON is a tree, but an object handed over in the browser might refer to itself.
  const seen = new WeakSet<object>();
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (next.value !== null && typeof next.value === 'object') {
      if (seen.has(next.value)) continue;
      seen.add(next.value);
    }
    if (Array.isArray(next.value)) {
      next.value.forEach((item, index) => pending.push({ value: item, path: [...next.path, index] }));
    } else if (next.value !== null && typeof next.value === 'object') {
      // Object.keys lists an own "__proto__" key (as JSON.parse creates it) without touching the prototype.
      for (const key of Object.keys(next.value)) {
        const path = [...next.path, key];
        if (FORBIDDEN_KEYS.has(key)) {
          problems.push({
            path: formatPath(path),
            message: `the key "${key}" is not allowed in a content pack`,
          });
        } else {
          pending.push({ value: (next.value as Record<string, unknown>)[key], path });
        }
      }
    }
  }
  return problems.sort((a, b) => a.path.localeCompare(b.path));
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
    ...checkDigests(pack),
    ...checkEventLinks(pack),
    ...checkContextDates(pack),
    ...checkSetMembers(pack),
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

/** Keys whose strings are identifiers or dates, not prose a reader could mistake for the article's. */
const NON_PROSE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'after',
  'date',
  'contextDate',
  'kind',
  'basis',
  'dateBasis',
]);

/**
 * Every string in the pack that shares `windowWords` or more consecutive words with the article.
 * Quotes are skipped: they are the one place the article's words belong.
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
        // A set's `events` lists ids; an event's `events` never exists, so this is unambiguous.
        if (key === 'events' && path[0] === 'sets') continue;
        visit(child, [...path, key]);
      }
    }
  };
  visit(pack, []);
  return found;
}
