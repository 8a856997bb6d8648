import type { Pack } from '../content/schema';
import type { RoundPlan } from '../rules/plan';
import {
  decodeResult,
  findResultCodes,
  RESULT_CODE_PREFIX,
  LEGACY_RESULT_CODE_PREFIX,
  type DecodedResult,
  type ResultCodeError,
} from '../rules/result-code';
import { decodeRound } from '../rules/round-code';
import type { RoundConfig, RoundMode } from '../rules/round-config';
import { formatDuration } from '../rules/share';
import { attemptWords, timelineWords } from './gradebook-words';

/**
 * The gradebook's rules: read pasted result codes against the packs this site serves, re-score
 * each one, group them by pack and then by round, and flag what a teacher should look at. Pure:
 * no DOM, so the page only draws what this returns.
 */

export type DecodedOk = Extract<DecodedResult, { ok: true }>;

/** `same-name`: another code for the same round carries this name. */
export type RowFlag = 'same-name';

export interface GradeRow {
  /** 1-based line of the pasted text the code was on. */
  line: number;
  code: string;
  /** As the student typed it, cleaned; show it with textContent only. */
  name: string;
  packId: string;
  packTitle: string;
  roundCode: string;
  setName: string;
  mode: RoundMode;
  timeline: { right: number; outOf: number; fraction: number; words: string };
  quiz: { right: number; total: number; percent: number | null; words: string };
  /** 0–100, as the game shows it. */
  total: number;
  timeMs: number;
  /** "m:ss", as the game's results screen shows it. */
  time: string;
  attempt: number;
  /** Attempts started and left before this one; null for `NLR1-` codes, which did not count them. */
  abandoned: number | null;
  attemptWords: string;
  flags: RowFlag[];
  decoded: DecodedOk;
}

export interface RoundGroup {
  roundCode: string;
  config: RoundConfig;
  plan: RoundPlan;
  rows: GradeRow[];
}

export interface PackGroup {
  packId: string;
  packTitle: string;
  packVersion: string;
  rounds: RoundGroup[];
}

export interface Duplicate {
  /** `same-code`: the identical code pasted again (loaded once); `same-name`: one name, several codes for a round. */
  kind: 'same-code' | 'same-name';
  name: string;
  roundCode: string;
  lines: number[];
}

export interface LineProblem {
  line: number;
  /** The code's own message, or why the line holds no code. */
  reason: string;
  error: ResultCodeError | 'no-code';
  /** The code with its one typo repaired, to offer, never to accept unasked. */
  suggestion: string | null;
}

export interface Submissions {
  /** By pack, then by round, each in the order first pasted. */
  groups: PackGroup[];
  /** Every loaded row, in the order pasted. */
  rows: GradeRow[];
  problems: LineProblem[];
  duplicates: Duplicate[];
}

/** Errors worth trying again with the next line joined on: the code may have been broken in two. */
const RESUMABLE: ReadonlySet<ResultCodeError> = new Set(['checksum', 'too-short']);

const NO_CODE = `No result code on this line (result codes start with "${RESULT_CODE_PREFIX}", older ones "${LEGACY_RESULT_CODE_PREFIX}").`;

/**
 * One code per line is the usual paste, but blank lines, names and chatter around a code are
 * fine. A code that an e-mail program broke over two lines is joined back up when the joined
 * code checks out.
 */
export function parseSubmissions(text: string, packs: readonly Pack[]): Submissions {
  const lines = text.split(/\r\n|\r|\n/);
  const found = findResultCodes(text);
  const problems: LineProblem[] = [];
  const loaded: Array<{ line: number; code: string; decoded: DecodedOk }> = [];
  const joinedLines = new Set<number>();

  lines.forEach((lineText, index) => {
    const line = index + 1;
    if (lineText.trim() === '' || joinedLines.has(line)) return;
    const codes = found.filter((f) => f.line === line);
    if (codes.length === 0) {
      problems.push(lineWithoutCode(line, lineText.trim(), packs));
      return;
    }
    codes.forEach(({ code }, i) => {
      let decoded = decodeResult(code, packs);
      let used = code;
      // A break after a group's dash leaves the dash at the line's end, outside the code found.
      const last = i === codes.length - 1 && lineText.trimEnd().replace(/-+$/, '').endsWith(code);
      if (!decoded.ok && RESUMABLE.has(decoded.error) && last) {
        const rest = /^[A-Za-z0-9_-]+/.exec((lines[index + 1] ?? '').trim())?.[0];
        const joined = rest ? decodeResult(code + rest, packs) : decoded;
        if (rest && joined.ok) {
          decoded = joined;
          used = code + rest;
          joinedLines.add(line + 1);
        }
      }
      if (decoded.ok) loaded.push({ line, code: used, decoded });
      else
        problems.push({
          line,
          reason: decoded.message,
          error: decoded.error,
          suggestion: decoded.suggestion ?? null,
        });
    });
  });

  // The identical code twice is one hand-in: load it once, flag the copies.
  const duplicates: Duplicate[] = [];
  const byCode = new Map<string, { first: (typeof loaded)[number]; lines: number[] }>();
  const unique: typeof loaded = [];
  for (const entry of loaded) {
    const key = sameCodeKey(entry.code);
    const seen = byCode.get(key);
    if (seen) seen.lines.push(entry.line);
    else {
      byCode.set(key, { first: entry, lines: [entry.line] });
      unique.push(entry);
    }
  }
  for (const { first, lines: at } of byCode.values())
    if (at.length > 1)
      duplicates.push({
        kind: 'same-code',
        name: first.decoded.name,
        roundCode: first.decoded.roundCode,
        lines: at,
      });

  const rows = unique.map(({ line, code, decoded }) => toRow(line, code, decoded));
  const byName = new Map<string, GradeRow[]>();
  for (const row of rows) {
    const key = `${row.roundCode}\n${nameKey(row.name)}`;
    byName.set(key, [...(byName.get(key) ?? []), row]);
  }
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    for (const row of group) row.flags.push('same-name');
    duplicates.push({
      kind: 'same-name',
      name: group[0]!.name,
      roundCode: group[0]!.roundCode,
      lines: group.map((r) => r.line),
    });
  }
  duplicates.sort((a, b) => a.lines[0]! - b.lines[0]!);
  return { groups: groupRows(rows), rows, problems, duplicates };
}

/** A line with no result code: say what it is when it looks like something (a round code, a damaged code). */
function lineWithoutCode(line: number, word: string, packs: readonly Pack[]): LineProblem {
  const single = !/\s/.test(word);
  if (single) {
    const decoded = decodeResult(word, packs);
    if (!decoded.ok && (decoded.error !== 'not-a-result-code' || decodeRound(word, packs).ok))
      return { line, reason: decoded.message, error: decoded.error, suggestion: decoded.suggestion ?? null };
  }
  return { line, reason: NO_CODE, error: 'no-code', suggestion: null };
}

/** The same code whatever its case, spacing or grouping (a retyped copy of a code is still that code). */
function sameCodeKey(code: string): string {
  const upper = code.toUpperCase();
  return upper.startsWith(LEGACY_RESULT_CODE_PREFIX) ? code : upper.replace(/[\s-]/g, '');
}

/** Names match whatever the case and spacing: "ada  lovelace" is "Ada Lovelace". */
function nameKey(name: string): string {
  return name.toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

function toRow(line: number, code: string, decoded: DecodedOk): GradeRow {
  const { result, plan, pack, config } = decoded;
  const { timeline } = result;
  return {
    line,
    code,
    name: decoded.name,
    packId: pack.id,
    packTitle: pack.title,
    roundCode: decoded.roundCode,
    setName: plan.set.name,
    mode: config.mode,
    timeline: {
      right: timeline.right,
      outOf: timeline.outOf,
      fraction: timeline.fraction,
      words: timelineWords(timeline),
    },
    quiz: {
      right: result.quizCorrect,
      total: result.quizTotal,
      percent: result.quizTotal === 0 ? null : Math.round((result.quizCorrect / result.quizTotal) * 100),
      words: result.quizTotal === 0 ? 'no questions' : `${result.quizCorrect} of ${result.quizTotal}`,
    },
    total: result.score,
    timeMs: result.timeMs,
    time: formatDuration(result.timeMs),
    attempt: decoded.attempt,
    abandoned: decoded.legacy ? null : decoded.abandoned,
    attemptWords: attemptWords({
      attempt: decoded.attempt,
      abandoned: decoded.legacy ? null : decoded.abandoned,
      allowRetry: config.allowRetry,
    }),
    flags: [],
    decoded,
  };
}

/** By pack, then by round, each in the order first pasted; rows keep the order pasted. */
export function groupRows(rows: readonly GradeRow[]): PackGroup[] {
  const packs = new Map<string, PackGroup>();
  for (const row of rows) {
    let pack = packs.get(row.packId);
    if (!pack) {
      pack = {
        packId: row.packId,
        packTitle: row.packTitle,
        packVersion: row.decoded.pack.version,
        rounds: [],
      };
      packs.set(row.packId, pack);
    }
    let round = pack.rounds.find((r) => r.roundCode === row.roundCode);
    if (!round) {
      round = { roundCode: row.roundCode, config: row.decoded.config, plan: row.decoded.plan, rows: [] };
      pack.rounds.push(round);
    }
    round.rows.push(row);
  }
  return [...packs.values()];
}

// ---------------------------------------------------------------- sorting

export type SortKey = 'name' | 'timeline' | 'quiz' | 'total' | 'time' | 'attempt';
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareBy(key: SortKey, a: GradeRow, b: GradeRow): number {
  switch (key) {
    case 'name':
      return collator.compare(a.name, b.name);
    case 'timeline':
      return a.timeline.fraction - b.timeline.fraction || a.timeline.right - b.timeline.right;
    case 'quiz':
      return (a.quiz.percent ?? -1) - (b.quiz.percent ?? -1) || a.quiz.right - b.quiz.right;
    case 'total':
      return a.total - b.total;
    case 'time':
      return a.timeMs - b.timeMs;
    case 'attempt':
      return a.attempt - b.attempt || (a.abandoned ?? 0) - (b.abandoned ?? 0);
  }
}

/** A sorted copy; ties fall back to the name, then to the order pasted. */
export function sortRows(
  rows: readonly GradeRow[],
  key: SortKey,
  direction: SortDirection = 'ascending',
): GradeRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort(
    (a, b) => sign * compareBy(key, a, b) || collator.compare(a.name, b.name) || a.line - b.line,
  );
}

export const FLAG_LABELS: Record<RowFlag, string> = {
  'same-name': 'same name more than once',
};
