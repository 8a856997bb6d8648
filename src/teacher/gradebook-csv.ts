import Papa from 'papaparse';
import { FLAG_LABELS, type GradeRow } from './gradebook';

/**
 * The gradebook as a CSV file for a spreadsheet: one row per student, with each answer. Rows
 * from different rounds answer different questions, so "Q1" is each row's own round's first
 * question; the round code column says which round that is.
 */

/**
 * A spreadsheet treats a cell starting with = + - @ (or a tab or carriage return) as a formula,
 * so a student named "=HYPERLINK(…)" could plant one in the teacher's sheet. Such cells get a
 * leading apostrophe, which spreadsheets show as plain text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export const CSV_COLUMNS = [
  'Student',
  'Pack',
  'Pack version',
  'Round code',
  'Event set',
  'Timeline mode',
  'Timeline right',
  'Timeline out of',
  'Timeline',
  'Quiz right',
  'Quiz questions',
  'Quiz %',
  'Total (0-100)',
  'Time (m:ss)',
  'Time (seconds)',
  'Attempt',
  'Left unfinished before',
  'Attempt (in words)',
  'Flags',
  'Line',
] as const;

const MODE_WORDS = { place: 'one card at a time', sort: 'sorted all at once' } as const;

/** The table as rows of cells (header first), every text cell made safe for a spreadsheet. */
export function csvRows(rows: readonly GradeRow[]): Array<Array<string | number>> {
  const questionColumns = Math.max(0, ...rows.map((r) => r.decoded.plan.questions.length));
  const header: string[] = [...CSV_COLUMNS];
  for (let i = 1; i <= questionColumns; i++) header.push(`Q${i} question`, `Q${i} answer`, `Q${i} right`);
  const body = rows.map((row) => {
    const cells: Array<string | number> = [
      row.name,
      row.packTitle,
      row.decoded.pack.version,
      row.roundCode,
      row.setName,
      MODE_WORDS[row.mode],
      row.timeline.right,
      row.timeline.outOf,
      row.timeline.words,
      row.quiz.right,
      row.quiz.total,
      row.quiz.percent ?? '',
      row.total,
      row.time,
      Math.floor(row.timeMs / 1000),
      row.attempt,
      row.abandoned ?? '',
      row.attemptWords,
      row.flags.map((f) => FLAG_LABELS[f]).join('; '),
      row.line,
    ];
    const { plan, result, answers } = row.decoded;
    for (let i = 0; i < questionColumns; i++) {
      const planned = plan.questions[i];
      if (!planned) {
        cells.push('', '', '');
        continue;
      }
      const record = result.answers.find((a) => a.questionId === planned.question.id);
      cells.push(planned.question.id, answers[i] ?? '(no answer)', record?.correct ? 1 : 0);
    }
    return cells;
  });
  return [header, ...body].map((cells) =>
    cells.map((c) => (typeof c === 'string' ? neutraliseFormula(c) : c)),
  );
}

/** CSV text (RFC 4180 quoting by Papa Parse, CRLF line ends). */
export function toCsv(rows: readonly GradeRow[]): string {
  return Papa.unparse(csvRows(rows), { newline: '\r\n' });
}
