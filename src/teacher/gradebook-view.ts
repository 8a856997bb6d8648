import { count } from '../views/words';
import { MODE_LABELS } from './builder-model';
import { el } from './dom';
import {
  FLAG_LABELS,
  sortRows,
  type GradeRow,
  type PackGroup,
  type RoundGroup,
  type SortDirection,
  type SortKey,
} from './gradebook';
import { studentDetails } from './gradebook-words';
import { itemAnalysis } from './item-analysis';

/**
 * Draws the gradebook's results: one block per pack, one table per round inside it, each row
 * with a button that opens that student's answers beneath it, and the round's item analysis.
 * Student-supplied text only ever goes in as text (dom.ts).
 */

export interface ViewState {
  sort: { key: SortKey; direction: SortDirection } | null;
  /** Codes whose answers are open. */
  open: Set<string>;
  /** Item analyses left open, by round code; a round not in here is open when it is the only one. */
  itemsOpen: Map<string, boolean>;
}

const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: 'name', label: 'Student' },
  { key: 'timeline', label: 'Timeline' },
  { key: 'quiz', label: 'Quiz' },
  { key: 'total', label: 'Score' },
  { key: 'time', label: 'Time' },
  { key: 'attempt', label: 'Attempt' },
];

const percent = (share: number): string => `${Math.round(share * 100)}%`;

export function renderGroups(groups: readonly PackGroup[], state: ViewState): HTMLElement[] {
  const onlyRound = groups.length === 1 && groups[0]!.rounds.length === 1;
  return groups.map((pack) =>
    el(
      'section',
      { className: 'pack-group', attrs: { 'data-pack': pack.packId } },
      el(
        'h3',
        { className: 'pack-title' },
        pack.packTitle,
        el('span', { className: 'meta' }, ` · version ${pack.packVersion}`),
      ),
      ...pack.rounds.map((round) => renderRound(round, state, onlyRound)),
    ),
  );
}

function roundHeading(round: RoundGroup): string {
  const { plan, rows } = round;
  const average = Math.round(rows.reduce((sum, r) => sum + r.total, 0) / rows.length);
  return [
    plan.set.name,
    MODE_LABELS[round.config.mode].label.toLowerCase(),
    plan.questions.length === 0 ? 'no questions' : count(plan.questions.length, 'question'),
    `${count(rows.length, 'student')}, average score ${average}`,
  ].join(' · ');
}

function renderRound(round: RoundGroup, state: ViewState, onlyRound: boolean): HTMLElement {
  const headingId = `round-${round.roundCode.replace(/[^A-Za-z0-9]/g, '')}`;
  const shown = state.sort ? sortRows(round.rows, state.sort.key, state.sort.direction) : round.rows;
  const head = el(
    'tr',
    {},
    ...COLUMNS.map(({ key, label }) => {
      const th = el(
        'th',
        { attrs: { scope: 'col', 'data-sort': key } },
        el('button', { attrs: { type: 'button' } }, label),
      );
      if (state.sort?.key === key) th.setAttribute('aria-sort', state.sort.direction);
      return th;
    }),
  );
  const body = el('tbody', {});
  for (const row of shown) body.append(...studentRows(row, state));
  const table = el('table', { className: 'stack sortable results-table' }, el('thead', {}, head), body);
  labelCells(body);
  const itemsOpen = state.itemsOpen.get(round.roundCode) ?? onlyRound;
  return el(
    'section',
    { className: 'round-group', attrs: { 'data-round': round.roundCode, 'aria-labelledby': headingId } },
    el('h4', { id: headingId }, 'Round ', el('code', {}, round.roundCode)),
    el('p', { className: 'round-info' }, roundHeading(round)),
    el(
      'div',
      { className: 'table-wrap', attrs: { role: 'region', 'aria-labelledby': headingId, tabindex: '0' } },
      table,
    ),
    renderItems(round, itemsOpen),
  );
}

/** Unique on the page even when one line holds two codes. */
function detailsId(row: GradeRow): string {
  return `answers-${row.line}-${row.code.replace(/[^A-Za-z0-9]/g, '').slice(-8)}`;
}

function nameCell(row: GradeRow, open: boolean): HTMLElement {
  const cell = el('th', { attrs: { scope: 'row' } });
  if (row.name === '') cell.append(el('span', { className: 'no-name' }, '(no name)'));
  else cell.append(el('span', { className: 'student-name' }, row.name));
  for (const flag of row.flags) cell.append(' ', el('span', { className: 'flag' }, FLAG_LABELS[flag]));
  cell.append(
    el(
      'button',
      {
        className: 'answers-toggle screen-only',
        attrs: {
          type: 'button',
          'aria-expanded': String(open),
          'aria-controls': detailsId(row),
          'data-code': row.code,
        },
      },
      open ? 'Hide answers' : 'Answers',
    ),
  );
  return cell;
}

function studentRows(row: GradeRow, state: ViewState): HTMLTableRowElement[] {
  const open = state.open.has(row.code);
  const main = el(
    'tr',
    { attrs: { 'data-line': String(row.line) } },
    nameCell(row, open),
    el('td', { className: 'words' }, row.timeline.words),
    el('td', { className: 'number' }, row.quiz.words),
    el('td', { className: 'number' }, String(row.total)),
    el('td', { className: 'number' }, row.time),
    el('td', { className: 'words' }, row.attemptWords),
  );
  if (!open) return [main];
  const details = el(
    'tr',
    { className: 'details-row', id: detailsId(row) },
    el('td', { attrs: { colspan: String(COLUMNS.length) } }, renderDetails(row)),
  );
  return [main, details];
}

function verdictMark(right: boolean | null): HTMLElement {
  if (right === null) return el('span', { className: 'mark neutral' }, '•');
  return el('span', { className: right ? 'mark right' : 'mark wrong' }, right ? '✓ right' : '✗ wrong');
}

function renderDetails(row: GradeRow): HTMLElement {
  const { plan, result, answers } = row.decoded;
  const details = studentDetails(plan, result, answers);
  const who = row.name === '' ? '(no name)' : row.name;
  return el(
    'div',
    { className: 'student-details' },
    el(
      'div',
      {},
      el(
        'h5',
        {},
        details.mode === 'place' ? `${who}: the cards, as they were dealt` : `${who}: the order they gave`,
      ),
      el(
        'ol',
        { className: 'detail-list' },
        ...details.timeline.map((step) =>
          el(
            'li',
            { attrs: { 'data-event': step.eventId } },
            verdictMark(step.right),
            ' ',
            el('span', { className: 'detail-title' }, step.title),
            el('span', { className: 'meta detail-note' }, step.note),
          ),
        ),
      ),
    ),
    el(
      'div',
      {},
      el('h5', {}, 'Questions'),
      details.answers.length === 0
        ? el('p', { className: 'meta' }, 'This round had no questions.')
        : el(
            'ol',
            { className: 'detail-list' },
            ...details.answers.map((a) =>
              el(
                'li',
                { attrs: { 'data-question': a.questionId } },
                verdictMark(a.right),
                ' ',
                el('span', { className: 'detail-title' }, a.prompt),
                el(
                  'span',
                  { className: 'meta detail-note' },
                  `Their answer: ${a.given ?? 'none (skipped or out of time)'}`,
                  a.right ? '' : ` · right answer: ${a.expected}`,
                ),
              ),
            ),
          ),
    ),
  );
}

function renderItems(round: RoundGroup, open: boolean): HTMLElement {
  const analysis = itemAnalysis(round);
  const details = el(
    'details',
    { className: 'items', attrs: { 'data-round': round.roundCode } },
    el('summary', {}, 'Item analysis: which questions and cards this group found hard'),
    el(
      'p',
      { className: 'hint' },
      `From ${count(analysis.students, 'result')}. A low share right, or one wrong answer many students chose, points at something to go over together.`,
    ),
  );
  details.open = open;
  if (analysis.questions.length > 0) {
    const body = el(
      'tbody',
      {},
      ...analysis.questions.map((q) =>
        el(
          'tr',
          { attrs: { 'data-question': q.questionId } },
          el('td', {}, String(q.number)),
          el(
            'td',
            {},
            el('span', { className: 'prompt' }, q.prompt),
            el('span', { className: 'meta' }, `Answer: ${q.correctAnswer}`),
          ),
          el('td', {}, `${percent(q.share)} (${q.right} of ${q.students})`),
          el(
            'td',
            {},
            q.commonWrong === null
              ? '—'
              : `${q.commonWrong.answer ?? 'no answer (skipped or out of time)'} (${q.commonWrong.count})`,
          ),
        ),
      ),
    );
    details.append(
      el(
        'table',
        { className: 'stack question-table' },
        el('caption', {}, 'Questions'),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { attrs: { scope: 'col', 'data-label': 'Question' } }, '#'),
            el('th', { attrs: { scope: 'col', 'data-label': '' } }, 'Question'),
            el('th', { attrs: { scope: 'col' } }, 'Right'),
            el('th', { attrs: { scope: 'col' } }, 'Most common wrong answer'),
          ),
        ),
        body,
      ),
    );
    labelCells(body);
  }
  const mode = round.config.mode;
  const eventBody = el(
    'tbody',
    {},
    ...analysis.events.map((e) =>
      el(
        'tr',
        { attrs: { 'data-event': e.eventId } },
        el('td', {}, e.title),
        el(
          'td',
          {},
          e.judged === 0
            ? 'starts the line: not judged'
            : `${e.misplaced} of ${e.judged} (${percent(e.share)})`,
        ),
      ),
    ),
  );
  details.append(
    el(
      'table',
      { className: 'stack event-table' },
      el('caption', {}, 'Timeline cards, in the correct order'),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { attrs: { scope: 'col' } }, 'Card'),
          el(
            'th',
            { attrs: { scope: 'col' } },
            mode === 'place' ? 'Placed wrong first time' : 'Left in a wrong place',
          ),
        ),
      ),
      eventBody,
    ),
  );
  labelCells(eventBody);
  return details;
}

/** On a phone the narrow tables stack; each cell then shows its column's name. */
function labelCells(tbody: HTMLTableSectionElement): void {
  const headings = [...(tbody.closest('table')?.querySelectorAll('thead th') ?? [])].map(
    (th) => th.getAttribute('data-label') ?? th.textContent?.trim() ?? '',
  );
  for (const row of tbody.rows)
    [...row.cells].forEach((cell, i) => {
      if (headings[i] && cell.colSpan === 1 && cell.tagName === 'TD')
        cell.setAttribute('data-label', headings[i]);
    });
}
