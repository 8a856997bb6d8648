import { loadPackLibrary, type PackLibrary } from '../content/loader';
import type { Pack } from '../content/schema';
import { el, fill } from './dom';

/**
 * Both teacher pages get their content the way the game does: loadPackLibrary over the site's
 * packs/ folder, with the same validator. A pack that fails is named with its first problems and
 * left out; the others still work; with none at all the page says so instead of going blank.
 */

export interface LibraryReport {
  packs: Pack[];
  /** One line per file that failed, as the loader words it ("packs/b.json: …"). */
  problems: string[];
  /** Set when there is nothing to work with: the page shows this instead of its tools. */
  fatal: string | null;
}

export function libraryReport(library: PackLibrary, purpose: string): LibraryReport {
  const packs = library.packs.map((p) => p.pack);
  const problems = library.problems.map((p) => p.message);
  return {
    packs,
    problems,
    fatal:
      packs.length === 0
        ? `No content pack could be loaded, so there is nothing to ${purpose} with. ` +
          'Check that the packs folder sits next to this page and that packs/index.json lists the packs; the lines below say what went wrong.'
        : null,
  };
}

/** "Loading the content packs… (1 of 3)". */
export function progressText(done: number, total: number): string {
  return `Loading the content packs… (${done} of ${total})`;
}

/**
 * Loads the packs next to the page, showing progress in `status` and any problems in
 * `problems`. Resolves with the packs that loaded (possibly none); never rejects.
 */
export async function loadPacksForPage(
  ui: { status: HTMLElement; problems: HTMLElement },
  purpose: string,
): Promise<Pack[]> {
  let library: PackLibrary;
  try {
    library = await loadPackLibrary({
      baseUrl: new URL('packs/', window.location.href),
      onProgress: (done, total) => {
        ui.status.textContent = progressText(done, total);
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    library = { packs: [], problems: [{ file: 'packs', message: `packs: ${message}`, problems: [] }] };
  }
  const report = libraryReport(library, purpose);
  ui.status.hidden = true;
  ui.problems.hidden = report.fatal === null && report.problems.length === 0;
  const list = el('ul', {}, ...report.problems.map((line) => el('li', {}, line)));
  if (report.fatal !== null) {
    ui.problems.className = 'problem';
    ui.problems.setAttribute('role', 'alert');
    fill(ui.problems, el('p', {}, report.fatal), report.problems.length > 0 ? list : null);
  } else if (report.problems.length > 0) {
    ui.problems.className = 'warning';
    fill(
      ui.problems,
      el('p', {}, 'Some content could not be loaded and is left out; everything else works:'),
      list,
    );
  }
  return report.packs;
}
