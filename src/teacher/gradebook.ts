import Papa from 'papaparse';
import type { Pack, QuestionKind } from '../content/schema';
import { revealOrder } from '../rules/order';
import type { RoundPlan } from '../rules/plan';
import { decodeResult, findResultCodes, type DecodedResult } from '../rules/result-code';
import { decodeRound } from '../rules/round-code';
import type { RoundConfig } from '../rules/round-config';
import { answerLabel } from '../rules/scoring';
import { formatDuration } from '../rules/share';

/**
 * The gradebook's rules: read a class's pasted result codes, score them against the game's own
 * content pack, flag what a teacher should look at, and summarise the class. Pure: no DOM, so
 * the page only draws what this returns.
 */

export type DecodedOk = Extract<DecodedResult, { ok: true }>;

/** `same-name`: another code for the same round carries this name; `other-round`: not the class's round. */
export type RowFlag = 'same-name' | 'other-round';

export interface GradeRow {
  /** 1-based line of the pasted text the code was on. */
  line: number;
  code: string;
  /** As the student typed it, cleaned; show it with textContent only. */
  name: string;
  roundCode: string;
  setName: string;
  orderingScore: { correctPairs: number; totalPairs: number; percent: number };
  quizScore: { correct: number; total: number; percent: number | null };
  /** 0–100, as the game shows it. */
  total: number;
  timeMs: number;
  /** "m:ss". */
  time: string;
  attempt: number;
  flags: RowFlag[];
  decoded: DecodedOk;
}

export interface Duplicate {
  /** `same-code`: the identical code pasted again (loaded once); `same-name`: one name, several codes for a round. */
  kind: 'same-code' | 'same-name';
  name: string;
  roundCode: string;
  lines: number[];
}

export interface ClassRound {
  roundCode: string;
  config: RoundConfig;
  plan: RoundPlan;
  setName: string;
}

export interface Submissions {
  /** Results for the class's round: the round most codes are for. */
  rows: GradeRow[];
  /** Lines that held no code, or a code that did not check out, with the reason. */
  problems: Array<{ line: number; reason: string }>;
  /** Good codes for some other round: shown apart, left out of the item analysis. */
  otherRounds: GradeRow[];
  duplicates: Duplicate[];
  classRound: ClassRound | null;
}

const RESUMABLE = new Set(['checksum', 'too-short']);

/**
 * One code per line is the usual paste, but blank lines, names and chatter around a code are
 * fine. A code that an e-mail program broke over two lines is joined back up when the joined
 * code checks out.
 */
export function parseSubmissions(text: string, pack: Pack): Submissions {
  const lines = text.split(/\r\n|\r|\n/);
  const found = findResultCodes(text);
  const problems: Array<{ line: number; reason: string }> = [];
  const loaded: Array<{ line: number; code: string; decoded: DecodedOk }> = [];
  const joinedLines = new Set<number>();

  lines.forEach((lineText, index) => {
    const line = index + 1;
    if (lineText.trim() === '' || joinedLines.has(line)) return;
    const codes = found.filter((f) => f.line === line);
    if (codes.length === 0) {
      // A single word may be a mistyped code (or a round code): say what is wrong with it.
      const word = lineText.trim();
      const decoded = /\s/.test(word) ? null : decodeResult(word, pack);
      const useful =
        decoded !== null && !decoded.ok && (decoded.error !== 'not-a-result-code' || decodeRound(word).ok);
      problems.push({
        line,
        reason: useful ? decoded.message : 'No result code on this line (result codes start with "NLR1-").',
      });
      return;
    }
    codes.forEach(({ code }, i) => {
      let decoded = decodeResult(code, pack);
      let used = code;
      const last = i === codes.length - 1 && lineText.trimEnd().endsWith(code);
      if (!decoded.ok && RESUMABLE.has(decoded.error) && last) {
        const rest = /^[A-Za-z0-9_-]+/.exec((lines[index + 1] ?? '').trim());
        const joined = rest ? decodeResult(code + rest[0], pack) : decoded;
        if (joined.ok) {
          decoded = joined;
          used = code + rest![0];
          joinedLines.add(line + 1);
        }
      }
      if (decoded.ok) loaded.push({ line, code: used, decoded });
      else problems.push({ line, reason: decoded.message });
    });
  });

  // The identical code twice is one hand-in: load it once, flag the copies.
  const duplicates: Duplicate[] = [];
  const byCode = new Map<string, { first: (typeof loaded)[number]; lines: number[] }>();
  const unique: typeof loaded = [];
  for (const entry of loaded) {
    const seen = byCode.get(entry.code);
    if (seen) seen.lines.push(entry.line);
    else {
      byCode.set(entry.code, { first: entry, lines: [entry.line] });
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

  // The class's round is the one most codes are for; a tie goes to the one pasted first.
  const counts = new Map<string, number>();
  for (const e of unique) counts.set(e.decoded.roundCode, (counts.get(e.decoded.roundCode) ?? 0) + 1);
  let classCode: string | null = null;
  for (const [code, count] of counts)
    if (classCode === null || count > counts.get(classCode)!) classCode = code;

  const allRows = unique.map(({ line, code, decoded }) => toRow(line, code, decoded));
  for (const row of allRows) if (row.roundCode !== classCode) row.flags.push('other-round');

  const byName = new Map<string, GradeRow[]>();
  for (const row of allRows) {
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

  const classRow = allRows.find((r) => r.roundCode === classCode);
  return {
    rows: allRows.filter((r) => r.roundCode === classCode),
    problems,
    otherRounds: allRows.filter((r) => r.roundCode !== classCode),
    duplicates,
    classRound: classRow
      ? {
          roundCode: classRow.roundCode,
          config: classRow.decoded.config,
          plan: classRow.decoded.plan,
          setName: classRow.setName,
        }
      : null,
  };
}

/** Names match whatever the case and spacing: "ada  lovelace" is "Ada Lovelace". */
function nameKey(name: string): string {
  return name.toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

function toRow(line: number, code: string, decoded: DecodedOk): GradeRow {
  const { result, plan } = decoded;
  return {
    line,
    code,
    name: decoded.name,
    roundCode: decoded.roundCode,
    setName: plan.set.name,
    orderingScore: {
      correctPairs: result.ordering.correctPairs,
      totalPairs: result.ordering.totalPairs,
      percent: Math.round(result.ordering.fraction * 100),
    },
    quizScore: {
      correct: result.quizCorrect,
      total: result.quizTotal,
      percent: result.quizTotal === 0 ? null : Math.round((result.quizCorrect / result.quizTotal) * 100),
    },
    total: result.score,
    timeMs: result.timeMs,
    time: formatDuration(result.timeMs),
    attempt: decoded.attempt,
    flags: [],
    decoded,
  };
}

// ---------------------------------------------------------------- item analysis

export interface QuestionItem {
  /** 1-based, in the order the round asks them. */
  number: number;
  questionId: string;
  kind: QuestionKind;
  prompt: string;
  correctAnswer: string;
  students: number;
  right: number;
  /** right / students, 0–1. */
  share: number;
  /** The wrong answer given most often (null answer: no answer / time ran out); null when nobody was wrong. */
  commonWrong: { answer: string | null; count: number } | null;
}

export interface EventItem {
  eventId: string;
  title: string;
  students: number;
  /** Students whose timeline had this card in a wrong place (its verdict was wrong). */
  misplaced: number;
  share: number;
}

export interface ItemAnalysis {
  students: number;
  questions: QuestionItem[];
  /** In the correct chronological order. */
  events: EventItem[];
}

/** Per question and per card, for rows of one round (the class's rows); null when there are none. */
export function itemAnalysis(rows: readonly GradeRow[]): ItemAnalysis | null {
  const first = rows[0];
  if (!first) return null;
  const plan = first.decoded.plan;
  const same = rows.filter((r) => r.roundCode === first.roundCode);
  const students = same.length;

  const questions = plan.questions.map((planned, i): QuestionItem => {
    let right = 0;
    const wrong = new Map<string | null, number>();
    for (const row of same) {
      const record = row.decoded.result.answers[i];
      if (record?.correct) right++;
      else {
        const given = row.decoded.answers[i] ?? null;
        wrong.set(given, (wrong.get(given) ?? 0) + 1);
      }
    }
    let commonWrong: QuestionItem['commonWrong'] = null;
    for (const [answer, count] of wrong)
      if (!commonWrong || count > commonWrong.count) commonWrong = { answer, count };
    return {
      number: i + 1,
      questionId: planned.question.id,
      kind: planned.question.kind,
      prompt: planned.question.prompt,
      correctAnswer: answerLabel(planned.question),
      students,
      right,
      share: students === 0 ? 0 : right / students,
      commonWrong,
    };
  });

  const events = revealOrder(plan.cards, plan.order).map((event): EventItem => {
    const misplaced = same.filter(
      (row) => row.decoded.result.ordering.verdicts.find((v) => v.id === event.id)?.correct === false,
    ).length;
    return { eventId: event.id, title: event.title, students, misplaced, share: misplaced / students };
  });

  return { students, questions, events };
}

// ---------------------------------------------------------------- sorting

export type SortKey = 'name' | 'ordering' | 'quiz' | 'total' | 'time' | 'attempt';
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareBy(key: SortKey, a: GradeRow, b: GradeRow): number {
  switch (key) {
    case 'name':
      return collator.compare(a.name, b.name);
    case 'ordering':
      return (
        a.orderingScore.percent - b.orderingScore.percent ||
        a.orderingScore.correctPairs - b.orderingScore.correctPairs
      );
    case 'quiz':
      return (
        (a.quizScore.percent ?? -1) - (b.quizScore.percent ?? -1) || a.quizScore.correct - b.quizScore.correct
      );
    case 'total':
      return a.total - b.total;
    case 'time':
      return a.timeMs - b.timeMs;
    case 'attempt':
      return a.attempt - b.attempt;
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

// ---------------------------------------------------------------- CSV

/**
 * A spreadsheet treats a cell starting with = + - @ (or a tab or carriage return) as a formula,
 * so a student named "=HYPERLINK(…)" could plant one in the teacher's sheet. Such cells get a
 * leading apostrophe, which spreadsheets show as plain text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export const FLAG_LABELS: Record<RowFlag, string> = {
  'same-name': 'same name more than once',
  'other-round': 'different round',
};

export const CSV_COLUMNS = [
  'Student',
  'Round code',
  'Event set',
  'Timeline pairs right',
  'Timeline pairs',
  'Timeline %',
  'Quiz right',
  'Quiz questions',
  'Quiz %',
  'Total (0-100)',
  'Time (m:ss)',
  'Time (seconds)',
  'Attempt',
  'Flags',
  'Line',
] as const;

/** The table as rows of cells (header first); with the class round, one answer and one right/wrong column per question. */
export function csvRows(
  rows: readonly GradeRow[],
  classRound: ClassRound | null = null,
): Array<Array<string | number>> {
  const questions = classRound?.plan.questions ?? [];
  const header: string[] = [...CSV_COLUMNS];
  questions.forEach((_, i) => header.push(`Q${i + 1} answer`, `Q${i + 1} right`));
  const body = rows.map((row) => {
    const cells: Array<string | number> = [
      row.name,
      row.roundCode,
      row.setName,
      row.orderingScore.correctPairs,
      row.orderingScore.totalPairs,
      row.orderingScore.percent,
      row.quizScore.correct,
      row.quizScore.total,
      row.quizScore.percent ?? '',
      row.total,
      row.time,
      Math.round(row.timeMs / 1000),
      row.attempt,
      row.flags.map((f) => FLAG_LABELS[f]).join('; '),
      row.line,
    ];
    const inClass = classRound !== null && row.roundCode === classRound.roundCode;
    questions.forEach((_, i) => {
      if (!inClass) cells.push('', '');
      else
        cells.push(row.decoded.answers[i] ?? '(no answer)', row.decoded.result.answers[i]?.correct ? 1 : 0);
    });
    return cells;
  });
  return [header, ...body].map((cells) =>
    cells.map((c) => (typeof c === 'string' ? neutraliseFormula(c) : c)),
  );
}

/** CSV text (RFC 4180 quoting by Papa Parse, CRLF line ends). */
export function toCsv(rows: readonly GradeRow[], classRound: ClassRound | null = null): string {
  return Papa.unparse(csvRows(rows, classRound), { newline: '\r\n' });
}
