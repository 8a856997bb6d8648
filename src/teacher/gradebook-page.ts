import { downloadText } from '../page/download';
import { articlePack } from '../content/article-pack';
import { findResultCodes } from '../rules/result-code';
import { byId, el, fill } from './dom';
import {
  FLAG_LABELS,
  itemAnalysis,
  parseSubmissions,
  sortRows,
  toCsv,
  type GradeRow,
  type SortDirection,
  type SortKey,
  type Submissions,
} from './gradebook';

/**
 * The gradebook (gradebook.html): paste or drop result codes, see the class's scores, flags and
 * item analysis, export CSV. Every student-supplied string goes in through text nodes only
 * (see dom.ts); nothing leaves the tab except the CSV file the teacher saves.
 */

const pack = articlePack;
const MAX_FILE_BYTES = 64 * 1024;

const codes = byId<HTMLTextAreaElement>('codes');
const summary = byId('summary');
let current: Submissions = parseSubmissions('', pack);
let sort: { key: SortKey; direction: SortDirection } | null = null;

const percent = (share: number): string => `${Math.round(share * 100)}%`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function nameCell(row: GradeRow): HTMLElement {
  const cell = el('th', { attrs: { scope: 'row' } });
  if (row.name === '') cell.append(el('span', { className: 'no-name' }, '(no name)'));
  else cell.append(el('span', { className: 'student-name' }, row.name));
  for (const flag of row.flags)
    if (flag !== 'other-round') cell.append(' ', el('span', { className: 'flag' }, FLAG_LABELS[flag]));
  return cell;
}

function renderResults(): void {
  const { rows, classRound } = current;
  byId('results').hidden = rows.length === 0;
  if (!classRound) return;
  const average = rows.length === 0 ? 0 : Math.round(rows.reduce((sum, r) => sum + r.total, 0) / rows.length);
  fill(
    byId('round-info'),
    `Round `,
    el('code', {}, classRound.roundCode),
    `: ${classRound.setName}, ${plural(classRound.plan.cards.length, 'event')}, ${plural(classRound.plan.questions.length, 'question')}. `,
    `${plural(rows.length, 'student result')}; class average ${average}/100.`,
  );
  const shown = sort ? sortRows(rows, sort.key, sort.direction) : rows;
  fill(
    byId('results-body'),
    ...shown.map((row) => {
      const o = row.orderingScore;
      const q = row.quizScore;
      return el(
        'tr',
        { attrs: { 'data-line': String(row.line) } },
        nameCell(row),
        el('td', {}, `${o.correctPairs}/${o.totalPairs} (${o.percent}%)`),
        el('td', {}, q.total === 0 ? '—' : `${q.correct}/${q.total}`),
        el('td', {}, String(row.total)),
        el('td', {}, row.time),
        el('td', {}, String(row.attempt)),
      );
    }),
  );
  for (const th of document.querySelectorAll<HTMLTableCellElement>('#results-table th[data-sort]')) {
    if (sort && th.dataset.sort === sort.key) th.setAttribute('aria-sort', sort.direction);
    else th.removeAttribute('aria-sort');
  }
}

function renderFlags(): void {
  const { duplicates } = current;
  byId('flags').hidden = duplicates.length === 0;
  fill(
    byId('duplicates'),
    ...duplicates.map((d) => {
      const who =
        d.name === '' ? el('span', { className: 'no-name' }, '(no name)') : el('strong', {}, d.name);
      const lines = d.lines.join(', ');
      return d.kind === 'same-code'
        ? el(
            'li',
            {},
            who,
            `: the identical code was pasted ${d.lines.length} times (lines ${lines}); it is counted once.`,
          )
        : el(
            'li',
            {},
            who,
            `: ${d.lines.length} different codes for the same round (lines ${lines}). Perhaps two attempts, or two students with one name: both are listed above.`,
          );
    }),
  );
}

function renderOther(): void {
  const { otherRounds } = current;
  byId('other').hidden = otherRounds.length === 0;
  fill(
    byId('other-body'),
    ...otherRounds.map((row) =>
      el(
        'tr',
        {},
        nameCell(row),
        el('td', {}, row.setName),
        el('td', {}, el('code', {}, row.roundCode)),
        el('td', {}, String(row.total)),
        el('td', {}, String(row.line)),
      ),
    ),
  );
}

function renderProblems(): void {
  const { problems } = current;
  byId('problems').hidden = problems.length === 0;
  fill(
    byId('problem-list'),
    ...problems.map((p) =>
      el('li', { attrs: { 'data-line': String(p.line) } }, el('strong', {}, `Line ${p.line}: `), p.reason),
    ),
  );
}

function renderItems(): void {
  const analysis = itemAnalysis(current.rows);
  byId('items').hidden = analysis === null;
  if (!analysis) return;
  byId('items-info').textContent =
    `From ${plural(analysis.students, 'result')} for the class's round. ` +
    'A low share right, or one wrong answer many students chose, points at something to go over together.';
  fill(
    byId('question-body'),
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
  if (analysis.questions.length === 0)
    byId('question-body').append(
      el('tr', {}, el('td', { attrs: { colspan: '4' } }, 'This round has no questions.')),
    );
  fill(
    byId('event-body'),
    ...analysis.events.map((e) =>
      el(
        'tr',
        { attrs: { 'data-event': e.eventId } },
        el('td', {}, e.title),
        el('td', {}, `${e.misplaced} of ${e.students} (${percent(e.share)})`),
      ),
    ),
  );
}

function renderSummary(): void {
  const { rows, otherRounds, problems, duplicates, classRound } = current;
  if (rows.length === 0 && problems.length === 0) {
    summary.textContent = 'No result codes yet.';
    return;
  }
  const parts = [
    classRound ? `${plural(rows.length, 'result')} for "${classRound.setName}"` : 'No results loaded',
    otherRounds.length > 0 ? `${otherRounds.length} for a different round` : '',
    duplicates.length > 0 ? `${plural(duplicates.length, 'duplicate')} to check` : '',
    problems.length > 0 ? `${plural(problems.length, 'line')} that could not be read` : '',
  ].filter(Boolean);
  summary.textContent = `${parts.join('; ')}.`;
}

/** On a phone the narrow tables stack; each cell then shows its column's name (from the static headings). */
function labelCells(tbody: HTMLTableSectionElement): void {
  const headings = [...(tbody.closest('table')?.querySelectorAll('thead th') ?? [])].map(
    (th) => th.getAttribute('data-label') ?? th.textContent?.trim() ?? '',
  );
  for (const row of tbody.rows)
    [...row.cells].forEach((cell, i) => {
      if (headings[i] && cell.colSpan === 1) cell.setAttribute('data-label', headings[i]);
    });
}

function update(): void {
  current = parseSubmissions(codes.value, pack);
  renderSummary();
  renderResults();
  renderFlags();
  renderOther();
  renderProblems();
  renderItems();
  for (const id of ['results-body', 'other-body', 'question-body', 'event-body'])
    labelCells(byId<HTMLTableSectionElement>(id));
}

/** Files become lines of the text box, so the box stays the one record of what was loaded. */
async function addFiles(files: Iterable<File>): Promise<void> {
  const lines: string[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      lines.push(`File "${file.name}" is too big to be a result file.`);
      continue;
    }
    const text = await file.text();
    const found = findResultCodes(text);
    if (found.length === 0) lines.push(`File "${file.name}" holds no result code.`);
    for (const { code } of found) lines.push(`${code}   (file ${file.name})`);
  }
  if (lines.length === 0) return;
  const existing = codes.value.replace(/\s+$/, '');
  codes.value = existing === '' ? lines.join('\n') : `${existing}\n${lines.join('\n')}`;
  update();
}

function exportCsv(): void {
  const csv = toCsv([...current.rows, ...current.otherRounds], current.classRound);
  const date = new Date().toISOString().slice(0, 10);
  const setId = current.classRound?.config.setId ?? 'round';
  // The byte-order mark lets spreadsheet programs read names in any script correctly.
  downloadText(`newsline-results-${setId}-${date}.csv`, `\uFEFF${csv}`, 'text/csv');
}

function wire(): void {
  codes.addEventListener('input', update);
  byId('clear').addEventListener('click', () => {
    codes.value = '';
    byId<HTMLInputElement>('files').value = '';
    update();
    codes.focus();
  });
  byId<HTMLInputElement>('files').addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    void addFiles([...(input.files ?? [])]).then(() => {
      input.value = '';
    });
  });
  // Files dropped anywhere on the page are read; text dropped into the box still lands as text.
  const zone = byId('drop-zone');
  const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
  window.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    zone.classList.add('dragging');
  });
  window.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) zone.classList.remove('dragging');
  });
  window.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    zone.classList.remove('dragging');
    void addFiles([...(event.dataTransfer?.files ?? [])]);
  });

  for (const th of document.querySelectorAll<HTMLTableCellElement>('#results-table th[data-sort]')) {
    th.querySelector('button')?.addEventListener('click', () => {
      const key = th.dataset.sort as SortKey;
      sort = {
        key,
        direction: sort?.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending',
      };
      renderResults();
      labelCells(byId<HTMLTableSectionElement>('results-body'));
    });
  }
  byId('export-csv').addEventListener('click', exportCsv);
  byId('print').addEventListener('click', () => window.print());
}

wire();
update();
