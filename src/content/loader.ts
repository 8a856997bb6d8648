import { MAX_PACK_BYTES, parseJsonText, parsePackText } from './parse';
import type { Pack } from './schema';
import { validatePack } from './validate';
import type { PackProblem } from './validate';

/**
 * The one way packs reach the game, the teacher pages and the CLI's `--index`: read the folder's
 * index.json (pack file names in menu order), fetch every listed pack in parallel, and keep the
 * ones that parse and validate. A broken pack is left out with a one-line problem naming its file;
 * the others still load. Pure TypeScript apart from the default fetchText, which uses `fetch`.
 */

export const PACK_INDEX_FILE = 'index.json';
/** More than a menu can offer; a longer index is a mistake, not a library. */
export const MAX_LISTED_PACKS = 100;
/** How many of a broken pack's problems its one-line message names before "and N more". */
const PROBLEMS_IN_MESSAGE = 2;

export interface LoadedPack {
  /** The file as messages name it, e.g. "packs/us-strikes-syria-iraq-2021.json". */
  file: string;
  pack: Pack;
}

export interface PackLoadProblem {
  /** The file the problem is about, named as in LoadedPack.file ("packs/index.json" for the index). */
  file: string;
  /** One line for a person: the file and its first problems, e.g. "packs/b.json: events[2].date: …; and 3 more problems". */
  message: string;
  /** Every validation problem when the pack parsed but failed validatePack; empty otherwise. */
  problems: readonly PackProblem[];
}

export interface PackLibrary {
  /** Valid packs in index order, pack ids unique. */
  packs: LoadedPack[];
  /** Problems with the index first, then with packs in index order. */
  problems: PackLoadProblem[];
}

/** Resolves with the file's text, or rejects with an Error whose message says why in a few words. */
export type FetchText = (url: URL) => Promise<string>;

export interface PackLibraryOptions {
  /** The folder holding index.json and the packs: `new URL('packs/', location.href)`, or "packs/" relative to the page. */
  baseUrl: URL | string;
  /** Defaults to {@link fetchSameOriginText}; tests and the CLI pass their own. */
  fetchText?: FetchText;
  /** Called once per listed pack as it finishes (loaded or not), in the order they finish. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** The index's file name inside baseUrl; defaults to "index.json". */
  indexFile?: string;
  /** How messages name the folder; defaults to baseUrl's last path segment, e.g. "packs". */
  folderLabel?: string;
}

/**
 * Loads every pack the folder's index lists. Never rejects for a missing, unreadable or invalid
 * file: each becomes a problem. (A throwing onProgress is the caller's bug and does reject.)
 */
export async function loadPackLibrary(options: PackLibraryOptions): Promise<PackLibrary> {
  const baseUrl = folderUrl(options.baseUrl);
  const fetchText = options.fetchText ?? fetchSameOriginText;
  const label = options.folderLabel ?? lastSegment(baseUrl);
  const name = (file: string): string => (label === '' ? file : `${label}/${file}`);
  const indexFile = options.indexFile ?? PACK_INDEX_FILE;

  const index = await loadIndex(new URL(indexFile, baseUrl), name(indexFile), indexFile, fetchText);
  const problems: PackLoadProblem[] = [...index.problems];

  let done = 0;
  const outcomes = await Promise.all(
    index.files.map(async (file) => {
      const outcome = await loadPack(new URL(file, baseUrl), name(file), fetchText);
      done += 1;
      options.onProgress?.(done, index.files.length, name(file));
      return outcome;
    }),
  );

  // Duplicates are judged in index (menu) order, not in the order the fetches happened to finish.
  const packs: LoadedPack[] = [];
  const fileOfId = new Map<string, string>();
  for (const outcome of outcomes) {
    if ('message' in outcome) {
      problems.push(outcome);
      continue;
    }
    const earlier = fileOfId.get(outcome.pack.id);
    if (earlier !== undefined) {
      problems.push({
        file: outcome.file,
        message: `${outcome.file}: pack id "${outcome.pack.id}" is already used by ${earlier}; left out`,
        problems: [],
      });
      continue;
    }
    fileOfId.set(outcome.pack.id, outcome.file);
    packs.push(outcome);
  }
  return { packs, problems };
}

/**
 * A pack file name the index may list: a plain name in the same folder ending in .json. Anything
 * with a slash, "..", a scheme or a host could reach outside the folder or the site.
 */
export function isPackFileName(entry: string): boolean {
  return (
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.json$/.test(entry) &&
    !entry.includes('..') &&
    entry !== PACK_INDEX_FILE
  );
}

interface IndexOutcome {
  files: string[];
  problems: PackLoadProblem[];
}

async function loadIndex(
  url: URL,
  file: string,
  indexFile: string,
  fetchText: FetchText,
): Promise<IndexOutcome> {
  const refuse = (reason: string): IndexOutcome => ({
    files: [],
    problems: [{ file, message: `${file}: ${reason}`, problems: [] }],
  });
  let text: string;
  try {
    text = await fetchText(url);
  } catch (error) {
    return refuse(`could not be loaded: ${reasonOf(error)}`);
  }
  if (/^\s*</.test(text)) return refuse('not found (the server sent a web page instead of the list)');
  const parsed = parseJsonText(text, 'a JSON list of pack file names');
  if (!parsed.ok) return refuse(parsed.message);
  if (!Array.isArray(parsed.value)) {
    return refuse(
      `must be a JSON list of pack file names, like ["my-pack.json"]; got ${kindOf(parsed.value)}`,
    );
  }
  if (parsed.value.length === 0) return refuse('lists no packs');

  const files: string[] = [];
  const problems: PackLoadProblem[] = [];
  const skip = (reason: string): void => {
    problems.push({ file, message: `${file}: ${reason}`, problems: [] });
  };
  parsed.value.forEach((entry: unknown, i) => {
    const what = `entry ${i + 1}${typeof entry === 'string' ? ` "${oneLine(entry).slice(0, 60)}"` : ''}`;
    if (typeof entry !== 'string') skip(`${what} is ${kindOf(entry)}, not a file name; skipped`);
    else if (entry === indexFile) skip(`${what} is the index itself; skipped`);
    else if (!isPackFileName(entry))
      skip(
        `${what} is not a plain .json file name in this folder (no folders, "..", or web addresses); skipped`,
      );
    else if (files.includes(entry)) skip(`${what} is listed twice; loaded once`);
    else if (files.length >= MAX_LISTED_PACKS)
      skip(`${what} is past the limit of ${MAX_LISTED_PACKS} packs; skipped`);
    else files.push(entry);
  });
  return { files, problems };
}

async function loadPack(url: URL, file: string, fetchText: FetchText): Promise<LoadedPack | PackLoadProblem> {
  let text: string;
  try {
    text = await fetchText(url);
  } catch (error) {
    return { file, message: `${file}: could not be loaded: ${reasonOf(error)}`, problems: [] };
  }
  // Many static servers answer a missing file with their home page rather than an error.
  if (/^\s*</.test(text))
    return {
      file,
      message: `${file}: not found (the server sent a web page instead of the pack)`,
      problems: [],
    };
  const parsed = parsePackText(text);
  if (!parsed.ok) return { file, message: `${file}: ${parsed.message}`, problems: [] };
  const validation = validatePack(parsed.value);
  if (!validation.ok) {
    return { file, message: describeProblems(file, validation.problems), problems: validation.problems };
  }
  return { file, pack: validation.pack };
}

/** `packs/b.json: events[2].date: must be …; sets[0].deal: …; and 3 more problems`. */
function describeProblems(file: string, problems: readonly PackProblem[]): string {
  const shown = problems.slice(0, PROBLEMS_IN_MESSAGE).map((p) => oneLine(`${p.path}: ${p.message}`));
  const more = problems.length - shown.length;
  if (more > 0) shown.push(`and ${more} more problem${more === 1 ? '' : 's'}`);
  return `${file}: ${shown.join('; ')}`;
}

/**
 * The browser's way to read a pack: same-origin only, with cookies only for this site, refusing a
 * redirect to another site and a body over the pack size limit before it is all downloaded.
 */
export async function fetchSameOriginText(url: URL): Promise<string> {
  const pageOrigin = pageLocation()?.origin;
  if (pageOrigin !== undefined && pageOrigin !== 'null' && url.origin !== pageOrigin) {
    throw new Error(`is on another site (${url.origin}); packs must come from this site`);
  }
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', mode: 'same-origin', redirect: 'follow' });
  } catch {
    throw new Error(
      'the request failed (offline, blocked by the security policy, or redirected to another site?)',
    );
  }
  if (response.url !== '' && new URL(response.url).origin !== url.origin) {
    await response.body?.cancel();
    throw new Error(`was redirected to another site (${new URL(response.url).origin})`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(
      `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    );
  }
  return readBoundedText(response, MAX_PACK_BYTES);
}

async function readBoundedText(response: Response, maxBytes: number): Promise<string> {
  const tooBig = (): Error =>
    new Error(`file is over ${maxBytes / (1024 * 1024)} MB; a pack must be smaller`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooBig();
  }
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    // The declared length can be absent or wrong (compressed or chunked responses): count as we go.
    if (total > maxBytes) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  // As response.text() decodes: UTF-8, damaged bytes replaced, so parsePackText can name UTF-16.
  return new TextDecoder('utf-8').decode(bytes);
}

function folderUrl(base: URL | string): URL {
  // A relative folder such as "packs/" is relative to the page, as it would be in an <a href>.
  const url = new URL(base, pageLocation()?.href);
  // Without the slash, "packs" would resolve "a.json" next to the folder instead of inside it.
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

/** The page's address in a browser; undefined in Node (the CLI and unit tests). */
function pageLocation(): { href: string; origin: string } | undefined {
  return (globalThis as { location?: { href: string; origin: string } }).location;
}

function lastSegment(url: URL): string {
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const last = segments[segments.length - 1];
  if (last === undefined) return '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(message.split('\n', 1)[0] ?? message) || 'unknown error';
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** Content strings can hold line breaks; every message must stay on one line. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
}
