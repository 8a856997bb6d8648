// First, before any schema parses: no eval under the page's Content Security Policy.
import '../content/zod-setup';
import type { Pack } from '../content/schema';
import { downloadText } from '../page/download';
import { findResultCodes } from '../rules/result-code';
import { byId, el, fill } from './dom';
import { parseSubmissions, type SortKey, type Submissions } from './gradebook';
import { toCsv } from './gradebook-csv';
import { renderGroups, type ViewState } from './gradebook-view';
import { keepCodes, keptStatus, loadKeptCodes } from './kept-codes';
import { loadPacksForPage } from './pack-loading';

/**
 * The gradebook (gradebook.html): paste or drop result codes, keep them in this browser until
 * "Clear", and see every student's score grouped by pack and round, their answers on demand,
 * flags, problems by line and an item analysis; export CSV. Nothing leaves the tab except the
 * CSV file the teacher saves.
 */

const MAX_FILE_BYTES = 64 * 1024;
const storage = (): Storage => window.localStorage;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function start(packs: Pack[]): void {
  byId('gradebook').hidden = false;
  const codes = byId<HTMLTextAreaElement>('codes');
  const keptLine = byId('kept-status');
  const state: ViewState = { sort: null, open: new Set(), itemsOpen: new Map() };
  let current: Submissions = parseSubmissions('', packs);

  function renderResults(): void {
    byId('results').hidden = current.rows.length === 0;
    fill(byId('groups'), ...renderGroups(current.groups, state));
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
              `: ${d.lines.length} different codes for the same round (lines ${lines}). Perhaps two attempts (see the Attempt column), or two students with one name: both are listed.`,
            );
      }),
    );
  }

  function renderProblems(): void {
    const { problems } = current;
    byId('problems').hidden = problems.length === 0;
    fill(
      byId('problem-list'),
      ...problems.map((p) =>
        el(
          'li',
          { attrs: { 'data-line': String(p.line), 'data-error': p.error } },
          el('strong', {}, `Line ${p.line}: `),
          p.reason,
          p.suggestion
            ? el(
                'span',
                { className: 'suggestion' },
                ' If one character was mistyped, the code is ',
                el('code', {}, p.suggestion),
                '.',
              )
            : null,
        ),
      ),
    );
  }

  function renderSummary(): void {
    const { rows, problems, duplicates, groups } = current;
    const summary = byId('summary');
    if (rows.length === 0 && problems.length === 0) {
      summary.textContent = 'No result codes yet.';
      return;
    }
    const rounds = groups.reduce((sum, g) => sum + g.rounds.length, 0);
    const parts = [
      rows.length === 0
        ? 'No results loaded'
        : `${plural(rows.length, 'result')} for ${plural(rounds, 'round')}${groups.length > 1 ? ` of ${groups.length} articles` : ''}`,
      duplicates.length > 0 ? `${plural(duplicates.length, 'duplicate')} to check` : '',
      problems.length > 0 ? `${plural(problems.length, 'line')} that could not be read` : '',
    ].filter(Boolean);
    summary.textContent = `${parts.join('; ')}.`;
  }

  function update(): void {
    current = parseSubmissions(codes.value, packs);
    keptLine.textContent = keptStatus(keepCodes(storage, codes.value), codes.value.trim() !== '');
    renderSummary();
    renderResults();
    renderFlags();
    renderProblems();
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
    const rows = current.groups.flatMap((g) => g.rounds.flatMap((r) => r.rows));
    const date = new Date().toISOString().slice(0, 10);
    const packPart = current.groups.length === 1 ? current.groups[0]!.packId : 'several-packs';
    // The byte-order mark lets spreadsheet programs read names in any script correctly.
    downloadText(`newsline-results-${packPart}-${date}.csv`, `\uFEFF${toCsv(rows)}`, 'text/csv');
  }

  codes.addEventListener('input', update);
  byId('clear').addEventListener('click', () => {
    if (
      codes.value.trim() !== '' &&
      !window.confirm(
        'Clear every result code from this page and from this browser? Export a CSV file first if you want to keep them.',
      )
    )
      return;
    codes.value = '';
    byId<HTMLInputElement>('files').value = '';
    state.open.clear();
    state.itemsOpen.clear();
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

  // The tables are redrawn often, so their buttons are heard here, once.
  const groups = byId('groups');
  groups.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    const round = button.closest<HTMLElement>('section[data-round]')?.dataset.round ?? '';
    const inRound = `section[data-round="${CSS.escape(round)}"]`;
    const sortKey = button.closest('th')?.dataset.sort as SortKey | undefined;
    if (sortKey) {
      state.sort = {
        key: sortKey,
        direction:
          state.sort?.key === sortKey && state.sort.direction === 'ascending' ? 'descending' : 'ascending',
      };
      renderResults();
      // Redrawn: give focus back to the same button, in the same round's table.
      groups.querySelector<HTMLButtonElement>(`${inRound} th[data-sort="${sortKey}"] button`)?.focus();
      return;
    }
    const code = button.dataset.code;
    if (code !== undefined) {
      if (state.open.has(code)) state.open.delete(code);
      else state.open.add(code);
      renderResults();
      groups.querySelector<HTMLButtonElement>(`button[data-code="${CSS.escape(code)}"]`)?.focus();
    }
  });
  groups.addEventListener(
    'toggle',
    (event) => {
      const details = event.target as HTMLDetailsElement;
      if (details.dataset.round) state.itemsOpen.set(details.dataset.round, details.open);
    },
    true,
  );
  byId('export-csv').addEventListener('click', exportCsv);
  byId('print').addEventListener('click', () => window.print());

  const kept = loadKeptCodes(storage);
  if (kept.kind === 'found') codes.value = kept.text;
  update();
}

void loadPacksForPage({ status: byId('pack-status'), problems: byId('pack-problems') }, 'grade').then(
  (packs) => {
    if (packs.length > 0) start(packs);
  },
);
