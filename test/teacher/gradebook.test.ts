import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { articlePack } from '../../src/content/article-pack';
import { revealOrder } from '../../src/rules/order';
import { planRound, type RoundPlan } from '../../src/rules/plan';
import { encodeResult } from '../../src/rules/result-code';
import { encodeRound } from '../../src/rules/round-code';
import { DEFAULT_ROUND, type RoundConfig } from '../../src/rules/round-config';
import { answerLabel } from '../../src/rules/scoring';
import {
  csvRows,
  itemAnalysis,
  neutraliseFormula,
  parseSubmissions,
  sortRows,
  toCsv,
} from '../../src/teacher/gradebook';

const CLASS_ROUND: RoundConfig = { ...DEFAULT_ROUND, setId: 'medium', questionCount: 4, seed: 2024 };
const OTHER_ROUND: RoundConfig = { ...DEFAULT_ROUND, setId: 'core', questionCount: 2, seed: 9 };

function planFor(config: RoundConfig): RoundPlan {
  const outcome = planRound(articlePack, config);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

const plan = planFor(CLASS_ROUND);
const correctOrder = revealOrder(plan.cards, plan.order).map((c) => c.id);

/** The n-th wrong answer to a planned question, in the words the player would give. */
function wrong(i: number, n = 0): string {
  const q = plan.questions[i]!;
  if (q.question.kind === 'number') return String(q.question.answer + 1 + n);
  const options = q.choices.filter((c) => c !== answerLabel(q.question));
  return options[Math.min(n, options.length - 1)]!;
}
const right = (i: number): string => answerLabel(plan.questions[i]!.question);

function code(
  name: string,
  answers: (string | null)[],
  order = correctOrder,
  extra: { attempt?: number; timeMs?: number; config?: RoundConfig } = {},
): string {
  const config = extra.config ?? CLASS_ROUND;
  const p = config === CLASS_ROUND ? plan : planFor(config);
  return encodeResult(p, {
    roundCode: encodeRound(config),
    name,
    submittedOrder: order,
    answers,
    timeMs: extra.timeMs ?? 60_000,
    attempt: extra.attempt ?? 1,
  });
}

// Swapping the rocket and the strike that answered it misplaces exactly those two cards.
const swapped = correctOrder.map((id) =>
  id === 'erbil-rocket' ? 'february-strike' : id === 'february-strike' ? 'erbil-rocket' : id,
);

const ada = code('Ada', [right(0), right(1), right(2), right(3)], correctOrder, { timeMs: 95_000 });
const bo = code('Bo', [wrong(0), wrong(1), wrong(2), wrong(3)], correctOrder, { timeMs: 30_000 });
const cy = code('Cy', [wrong(0), null, right(2), wrong(3, 1)], swapped, { timeMs: 200_000, attempt: 2 });
const otherRound = code(
  'Dee',
  [null, null],
  planFor(OTHER_ROUND).cards.map((c) => c.id),
  { config: OTHER_ROUND },
);

describe('the hand-made class', () => {
  it('knows its own layout', () => {
    expect(plan.questions).toHaveLength(4);
    expect(plan.cards).toHaveLength(7);
    expect(Math.abs(correctOrder.indexOf('erbil-rocket') - correctOrder.indexOf('february-strike'))).toBe(1);
  });
});

describe('parseSubmissions', () => {
  it('loads good lines and reports each bad one with its line number and reason', () => {
    const text = [
      'Class 7B results', // 1
      '', // 2
      `Ada: ${ada}`, // 3
      `${bo.slice(0, -4)}`, // 4: cut short
      '   ', // 5
      `Cy handed in ${cy} on Friday`, // 6
      'NLR1-!!!', // 7
      encodeRound(CLASS_ROUND), // 8: a round code, not a result
      `${otherRound}`, // 9
    ].join('\n');
    const parsed = parseSubmissions(text, articlePack);
    expect(parsed.rows.map((r) => [r.name, r.line])).toEqual([
      ['Ada', 3],
      ['Cy', 6],
    ]);
    expect(parsed.problems.map((p) => p.line)).toEqual([1, 4, 7, 8]);
    for (const p of parsed.problems) expect(p.reason.length).toBeGreaterThan(10);
    expect(parsed.problems.find((p) => p.line === 4)?.reason).toMatch(/does not check out|cut/);
    expect(parsed.problems.find((p) => p.line === 8)?.reason).toMatch(/round code/);
    expect(parsed.otherRounds.map((r) => [r.name, r.flags])).toEqual([['Dee', ['other-round']]]);
    expect(parsed.classRound?.roundCode).toBe(encodeRound(CLASS_ROUND));
    expect(parsed.classRound?.setName).toBe('From rockets to drones');
  });

  it('fills each row with the recomputed scores', () => {
    const { rows } = parseSubmissions([ada, bo, cy].join('\n'), articlePack);
    const [a, b, c] = rows;
    expect(a).toMatchObject({
      name: 'Ada',
      quizScore: { correct: 4, total: 4, percent: 100 },
      orderingScore: { percent: 100 },
      total: 100,
      time: '1:35',
      timeMs: 95_000,
      attempt: 1,
      flags: [],
    });
    expect(b).toMatchObject({ quizScore: { correct: 0, total: 4, percent: 0 }, total: 50 });
    const pairs = c!.orderingScore;
    expect(pairs.correctPairs).toBe(pairs.totalPairs - 1);
    expect(pairs.percent).toBe(Math.round(((pairs.totalPairs - 1) / pairs.totalPairs) * 100));
    expect(c).toMatchObject({ quizScore: { correct: 1, total: 4 }, attempt: 2, time: '3:20' });
    expect(c!.total).toBe(Math.round(((pairs.correctPairs / pairs.totalPairs + 0.25) / 2) * 100));
  });

  it('takes the most common round as the class round and sets the others apart', () => {
    const other2 = code(
      'Eve',
      [null, null],
      planFor(OTHER_ROUND).cards.map((c) => c.id),
      { config: OTHER_ROUND },
    );
    const parsed = parseSubmissions([otherRound, ada, other2, bo, cy].join('\n'), articlePack);
    expect(parsed.classRound?.roundCode).toBe(encodeRound(CLASS_ROUND));
    expect(parsed.rows.map((r) => r.name)).toEqual(['Ada', 'Bo', 'Cy']);
    expect(parsed.otherRounds.map((r) => r.name)).toEqual(['Dee', 'Eve']);
    // A tie goes to the round pasted first.
    expect(parseSubmissions([otherRound, ada].join('\n'), articlePack).classRound?.roundCode).toBe(
      encodeRound(OTHER_ROUND),
    );
  });

  it('flags the identical code pasted twice (loading it once) and one name with two codes', () => {
    const adaAgain = code('  ada ', [null, null, null, null], correctOrder, { attempt: 2 });
    const parsed = parseSubmissions([ada, bo, ada, adaAgain, `${bo} ${bo}`].join('\n'), articlePack);
    expect(parsed.rows.map((r) => [r.name, r.line, r.flags])).toEqual([
      ['Ada', 1, ['same-name']],
      ['Bo', 2, []],
      ['ada', 4, ['same-name']],
    ]);
    expect(parsed.duplicates).toEqual([
      { kind: 'same-code', name: 'Ada', roundCode: encodeRound(CLASS_ROUND), lines: [1, 3] },
      { kind: 'same-name', name: 'Ada', roundCode: encodeRound(CLASS_ROUND), lines: [1, 4] },
      { kind: 'same-code', name: 'Bo', roundCode: encodeRound(CLASS_ROUND), lines: [2, 5, 5] },
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('does not call the same name in different rounds a duplicate', () => {
    const deeHere = code('Dee', [null, null, null, null]);
    const parsed = parseSubmissions([deeHere, otherRound].join('\n'), articlePack);
    expect(parsed.duplicates).toEqual([]);
  });

  it('joins a code an e-mail program broke over two lines', () => {
    const parsed = parseSubmissions(`Ada: ${ada.slice(0, 40)}\n${ada.slice(40)}\n${bo}`, articlePack);
    expect(parsed.rows.map((r) => [r.name, r.line])).toEqual([
      ['Ada', 1],
      ['Bo', 3],
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('copes with nothing at all', () => {
    expect(parseSubmissions('', articlePack)).toEqual({
      rows: [],
      problems: [],
      otherRounds: [],
      duplicates: [],
      classRound: null,
    });
    expect(itemAnalysis([])).toBeNull();
  });
});

describe('itemAnalysis', () => {
  it('counts right answers, the commonest wrong answer and misplaced cards for a small class', () => {
    const { rows } = parseSubmissions([ada, bo, cy].join('\n'), articlePack);
    const analysis = itemAnalysis(rows)!;
    expect(analysis.students).toBe(3);
    const q = analysis.questions;
    expect(q.map((x) => x.right)).toEqual([1, 1, 2, 1]);
    expect(q.map((x) => x.number)).toEqual([1, 2, 3, 4]);
    expect(q[0]!.share).toBeCloseTo(1 / 3);
    expect(q[2]!.share).toBeCloseTo(2 / 3);
    expect(q[0]!.commonWrong).toEqual({ answer: wrong(0), count: 2 });
    // Bo's wrong answer and Cy's blank tie at one each: the first seen wins.
    expect(q[1]!.commonWrong).toEqual({ answer: wrong(1), count: 1 });
    expect(q[2]!.commonWrong).toEqual({ answer: wrong(2), count: 1 });
    const sameWrong = wrong(3) === wrong(3, 1);
    expect(q[3]!.commonWrong).toEqual({ answer: wrong(3), count: sameWrong ? 2 : 1 });
    expect(q[0]!.prompt).toBe(plan.questions[0]!.question.prompt);
    expect(q[0]!.correctAnswer).toBe(right(0));

    expect(analysis.events.map((e) => e.eventId)).toEqual(correctOrder);
    const misplaced = Object.fromEntries(analysis.events.map((e) => [e.eventId, e.misplaced]));
    expect(misplaced).toEqual(
      Object.fromEntries(
        correctOrder.map((id) => [id, id === 'erbil-rocket' || id === 'february-strike' ? 1 : 0]),
      ),
    );
    expect(analysis.events.find((e) => e.eventId === 'erbil-rocket')?.share).toBeCloseTo(1 / 3);
  });

  it('reports a blank as the commonest wrong answer when it is', () => {
    const blank1 = code('P', [null, null, null, null]);
    const blank2 = code('Q', [null, right(1), null, null]);
    const { rows } = parseSubmissions([blank1, blank2, bo].join('\n'), articlePack);
    expect(itemAnalysis(rows)!.questions[0]!.commonWrong).toEqual({ answer: null, count: 2 });
    expect(itemAnalysis(rows)!.questions[1]!.right).toBe(1);
  });
});

describe('sortRows', () => {
  const { rows } = parseSubmissions([ada, bo, cy].join('\n'), articlePack);
  const names = (sorted: { name: string }[]) => sorted.map((r) => r.name);
  it('sorts by any column, either way', () => {
    expect(names(sortRows(rows, 'name', 'descending'))).toEqual(['Cy', 'Bo', 'Ada']);
    expect(names(sortRows(rows, 'total', 'descending'))).toEqual(
      ['Ada', 'Cy', 'Bo'].sort((x, y) => {
        const score = (n: string) => rows.find((r) => r.name === n)!.total;
        return score(y) - score(x);
      }),
    );
    expect(names(sortRows(rows, 'time'))).toEqual(['Bo', 'Ada', 'Cy']);
    expect(names(sortRows(rows, 'attempt', 'descending'))).toEqual(['Cy', 'Ada', 'Bo']);
    expect(names(sortRows(rows, 'quiz'))).toEqual(['Bo', 'Cy', 'Ada']);
    expect(names(sortRows(rows, 'ordering'))).toEqual(['Cy', 'Ada', 'Bo']);
  });
  it('leaves the input alone', () => {
    sortRows(rows, 'name', 'descending');
    expect(names(rows)).toEqual(['Ada', 'Bo', 'Cy']);
  });
});

describe('CSV export', () => {
  it('neutralises formulas in any text cell', () => {
    expect(neutraliseFormula('=1+2')).toBe("'=1+2");
    expect(neutraliseFormula('+SUM(A1)')).toBe("'+SUM(A1)");
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('@cmd')).toBe("'@cmd");
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
    expect(neutraliseFormula('Ada')).toBe('Ada');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });

  it('writes one row per student that reads back with the same values, names made harmless', () => {
    const evil = code('=HYPERLINK("http://x.example","hi")', [right(0), null, null, null]);
    const plus = code('+cmd', [null, null, null, null]);
    const xss = code('<img src=x onerror=alert(1)>', [null, null, null, null]);
    const parsed = parseSubmissions([ada, cy, evil, plus, xss, otherRound].join('\n'), articlePack);
    const csv = toCsv([...parsed.rows, ...parsed.otherRounds], parsed.classRound);
    expect(csv).toContain('\r\n');
    const table = Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true }).data;
    expect(table[0]!.slice(0, 4)).toEqual(['Student', 'Round code', 'Event set', 'Timeline pairs right']);
    expect(table[0]).toContain('Q4 right');
    expect(table.slice(1).map((r) => r[0])).toEqual([
      'Ada',
      'Cy',
      `'=HYPERLINK("http://x.example","hi")`,
      "'+cmd",
      '<img src=x onerror=alert(1)>',
      'Dee',
    ]);
    const adaRow = table[1]!;
    const col = (name: string) => table[0]!.indexOf(name);
    expect(adaRow[col('Total (0-100)')]).toBe('100');
    expect(adaRow[col('Time (m:ss)')]).toBe('1:35');
    expect(adaRow[col('Time (seconds)')]).toBe('95');
    expect(adaRow[col('Q1 answer')]).toBe(right(0));
    expect(adaRow[col('Q1 right')]).toBe('1');
    const cyRow = table[2]!;
    expect(cyRow[col('Q2 answer')]).toBe('(no answer)');
    expect(cyRow[col('Attempt')]).toBe('2');
    const deeRow = table[6]!;
    expect(deeRow[col('Flags')]).toBe('different round');
    expect(deeRow[col('Q1 answer')]).toBe('');
    expect(deeRow[col('Round code')]).toBe(encodeRound(OTHER_ROUND));
  });

  it('leaves out the per-question columns without a class round', () => {
    const { rows } = parseSubmissions(ada, articlePack);
    expect(csvRows(rows)[0]).not.toContain('Q1 answer');
  });
});
