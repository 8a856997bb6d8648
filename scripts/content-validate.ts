/**
 * Checks content pack files before anyone plays them, with the game's own parser and validator:
 *   npm run content:validate --silent -- FILE [FILE...] [--index INDEX.json] [--article ARTICLE.txt]
 * One FILE: exit 0 prints `valid pack …`; exit 1 prints one `path: message` line per problem.
 * Several files or --index (every pack the index lists, loaded as the game loads them): each line
 * starts with the file it is about. --article adds the check for 12-word runs copied from the article.
 * Exit 2: wrong usage. Every failure is one plain line, never a stack trace, because the people
 * running this are content authors, not the engineers who wrote it.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadPackLibrary } from '../src/content/loader';
import { MAX_PACK_BYTES, parsePackText } from '../src/content/parse';
import type { Pack } from '../src/content/schema';
import { findArticleOverlaps, summarisePack, validatePack } from '../src/content/validate';
import type { PackProblem } from '../src/content/validate';

const MEGABYTE = 1024 * 1024;
const MAX_ARTICLE_BYTES = 5 * MEGABYTE;
const USAGE =
  'usage: npm run content:validate --silent -- FILE [FILE...] [--index INDEX.json] [--article ARTICLE.txt]';

/** A failure already worded for the reader; anything else reaching the top is a bug in this script. */
class ReportedError extends Error {}

interface Options {
  packFiles: string[];
  indexFile?: string;
  articleFile?: string;
}

/** What was found about one pack file, in the order it is printed. */
interface FileReport {
  file: string;
  /** Set when the pack is valid (and, with --article, copies nothing). */
  summary?: string;
  /** Lines of the form `path: message`. */
  problems: string[];
  /** Set when the file could not be read or parsed at all: one line naming the file. */
  failure?: string;
}

function parseArguments(args: readonly string[]): Options | string {
  const options: Options = { packFiles: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const flag = /^--(article|index)(?:=(.*))?$/.exec(arg);
    if (arg === '--') continue;
    if (flag) {
      const value = flag[2] ?? args[++i];
      if (value === undefined || value === '') return `--${flag[1]} needs a file name`;
      if (flag[1] === 'article') options.articleFile = value;
      else if (options.indexFile !== undefined) return '--index may be given once';
      else options.indexFile = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else {
      options.packFiles.push(arg);
    }
  }
  if (options.packFiles.length === 0 && options.indexFile === undefined) {
    return 'missing the pack file to check (or --index INDEX.json)';
  }
  return options;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / MEGABYTE).toFixed(1)} MB`;
}

/**
 * Reads a text file as the browser's fetch would decode it (UTF-8, damaged bytes replaced, which
 * parsePackText then names), refusing oversized files from their size alone, before reading them.
 * Errors carry the reason only; callers name the file.
 */
function readTextFile(file: string, maxBytes: number, what: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new ReportedError(describeFileError(error));
  }
  let bytes: Buffer;
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new ReportedError('is a directory, not a file');
    // A device or pipe reports no size, so the limit below could not protect us from /dev/zero.
    if (!stats.isFile()) throw new ReportedError('is not a regular file');
    if (stats.size > maxBytes) {
      throw new ReportedError(
        `file is ${formatMegabytes(stats.size)}; ${what} must be under ${formatMegabytes(maxBytes).replace('.0', '')}`,
      );
    }
    bytes = readFileSync(fd);
  } catch (error) {
    if (error instanceof ReportedError) throw error;
    throw new ReportedError(describeFileError(error));
  } finally {
    closeSync(fd);
  }
  // The size can change between the check and the read (a file still being written).
  if (bytes.length > maxBytes)
    throw new ReportedError(`file is over ${formatMegabytes(maxBytes)}; ${what} must be smaller`);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // Windows editors add this mark; it is harmless, but saying so keeps it from surprising anyone.
    console.error(`note: ${file} starts with a UTF-8 byte-order mark; ignoring it`);
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

function describeFileError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (cannot read the file)';
    case 'EISDIR':
      return 'is a directory, not a file';
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return `cannot read the file (${firstLine(message)})`;
    }
  }
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}

/** Content strings can hold line breaks; each problem must stay on one line. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
}

function problemLines(problems: readonly PackProblem[]): string[] {
  return problems.map((problem) => oneLine(`${problem.path}: ${problem.message}`));
}

/** A valid pack's report, with the copy check when there is an article. */
function reportValid(file: string, pack: Pack, summary: string, articleText: string | undefined): FileReport {
  if (articleText === undefined) return { file, summary, problems: [] };
  const overlaps = findArticleOverlaps(pack, articleText).map(
    ({ path, words }) =>
      `${path}: copies ${words.split(' ').length} consecutive words from the article: "${words}"`,
  );
  return overlaps.length > 0
    ? { file, problems: overlaps.map(oneLine) }
    : { file, summary: `${summary}; no copying from the article`, problems: [] };
}

/** One pack file named on the command line: the game's path, parsePackText then validatePack. */
function checkPackFile(file: string, articleText: string | undefined): FileReport {
  let text: string;
  try {
    text = readTextFile(file, MAX_PACK_BYTES, 'a content pack');
  } catch (error) {
    if (error instanceof ReportedError) return { file, problems: [], failure: `${file}: ${error.message}` };
    throw error;
  }
  const parsed = parsePackText(text);
  if (!parsed.ok) return { file, problems: [], failure: `${file}: ${parsed.message}` };
  const validation = validatePack(parsed.value);
  if (!validation.ok) return { file, problems: problemLines(validation.problems) };
  return reportValid(file, validation.pack, validation.summary, articleText);
}

/** Every pack an index lists, through the game's own loader reading from disk instead of the web. */
async function checkIndex(indexFile: string, articleText: string | undefined): Promise<FileReport[]> {
  const folder = dirname(resolve(indexFile));
  const library = await loadPackLibrary({
    baseUrl: pathToFileURL(`${folder}/`),
    indexFile: basename(indexFile),
    folderLabel: relative(process.cwd(), folder),
    fetchText: (url) => {
      try {
        return Promise.resolve(readTextFile(fileURLToPath(url), MAX_PACK_BYTES, 'a pack file'));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  });
  const reports: FileReport[] = library.problems.map((problem) =>
    problem.problems.length > 0
      ? { file: problem.file, problems: problemLines(problem.problems) }
      : { file: problem.file, problems: [], failure: problem.message },
  );
  for (const { file, pack } of library.packs)
    reports.push(reportValid(file, pack, summarisePack(pack), articleText));
  return reports;
}

async function run(args: readonly string[]): Promise<number> {
  const options = parseArguments(args);
  if (typeof options === 'string') {
    console.error(`error: ${options}`);
    console.error(USAGE);
    return 2;
  }

  let articleText: string | undefined;
  if (options.articleFile !== undefined) {
    try {
      articleText = readTextFile(options.articleFile, MAX_ARTICLE_BYTES, 'an article');
    } catch (error) {
      if (error instanceof ReportedError) throw new ReportedError(`${options.articleFile}: ${error.message}`);
      throw error;
    }
  }

  const reports = options.packFiles.map((file) => checkPackFile(file, articleText));
  if (options.indexFile !== undefined) reports.push(...(await checkIndex(options.indexFile, articleText)));

  // One file keeps the plain `path: message` lines authors know; with several, each line names its file.
  const single = reports.length === 1 && options.indexFile === undefined;
  const prefix = (file: string): string => (single ? '' : `${file}: `);
  const failedFiles = new Set<string>();
  for (const report of reports) {
    if (report.failure !== undefined) console.error(`error: ${report.failure}`);
    for (const line of report.problems) console.log(`${prefix(report.file)}${line}`);
    if (report.summary !== undefined) console.log(`${prefix(report.file)}${report.summary}`);
    else failedFiles.add(report.file);
  }
  if (failedFiles.size === 0) return 0;
  if (single) {
    const count = reports[0]!.problems.length;
    if (count > 0) console.error(`${reports[0]!.file}: ${count} problem${count === 1 ? '' : 's'}`);
  } else {
    const files = new Set(reports.map((report) => report.file)).size;
    console.error(`${failedFiles.size} of ${files} files have problems`);
  }
  return 1;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof ReportedError) {
    console.error(`error: ${error.message}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`error: unexpected failure in content-validate: ${firstLine(message)}`);
  }
  process.exitCode = 1;
}
