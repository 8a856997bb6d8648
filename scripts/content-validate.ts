/**
 * Checks a content pack file before anyone plays it:
 *   npm run content:validate --silent -- FILE [--article ARTICLE.txt]
 * Exit 0: valid (prints a one-line summary). Exit 1: problems (one `path: message` line each) or an
 * unreadable file. Exit 2: wrong usage. Every failure is one plain line, never a stack trace, because
 * the people running this are content authors, not the engineers who wrote it.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { findArticleOverlaps, findForbiddenKeys, validatePack } from '../src/content/validate';
import type { PackProblem } from '../src/content/validate';

const MEGABYTE = 1024 * 1024;
const MAX_PACK_BYTES = 5 * MEGABYTE;
const MAX_ARTICLE_BYTES = 5 * MEGABYTE;
const USAGE = 'usage: npm run content:validate --silent -- FILE [--article ARTICLE.txt]';

/** A failure already worded for the reader; anything else reaching the top is a bug in this script. */
class ReportedError extends Error {}

interface Options {
  packFile: string;
  articleFile?: string;
}

function parseArguments(args: readonly string[]): Options | string {
  const positional: string[] = [];
  let articleFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') continue;
    if (arg === '--article') {
      const value = args[++i];
      if (value === undefined || value === '') return '--article needs a file name';
      articleFile = value;
    } else if (arg.startsWith('--article=')) {
      articleFile = arg.slice('--article='.length);
      if (articleFile === '') return '--article needs a file name';
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else {
      positional.push(arg);
    }
  }
  if (positional.length === 0) return 'missing the pack file to check';
  if (positional.length > 1) return `expected one pack file, got ${positional.length}`;
  return articleFile === undefined ? { packFile: positional[0]! } : { packFile: positional[0]!, articleFile };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / MEGABYTE).toFixed(1)} MB`;
}

/** Reads a UTF-8 text file, refusing oversized files from their size alone, before reading them. */
function readTextFile(file: string, maxBytes: number, what: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new ReportedError(`${file}: ${describeFileError(error)}`);
  }
  let bytes: Buffer;
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new ReportedError(`${file}: is a directory, not a file`);
    // A device or pipe reports no size, so the limit below could not protect us from /dev/zero.
    if (!stats.isFile()) throw new ReportedError(`${file}: is not a regular file`);
    if (stats.size > maxBytes) {
      throw new ReportedError(
        `${file}: file is ${formatMegabytes(stats.size)}; ${what} must be under ${formatMegabytes(maxBytes).replace('.0', '')}`,
      );
    }
    bytes = readFileSync(fd);
  } catch (error) {
    if (error instanceof ReportedError) throw error;
    throw new ReportedError(`${file}: ${describeFileError(error)}`);
  } finally {
    closeSync(fd);
  }
  // The size can change between the check and the read (a file still being written, a pipe).
  if (bytes.length > maxBytes) {
    throw new ReportedError(`${file}: file is over ${formatMegabytes(maxBytes)}; ${what} must be smaller`);
  }

  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    throw new ReportedError(`${file}: file is UTF-16 text; save it as UTF-8`);
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // Windows editors add this mark; it is harmless, but saying so keeps it from surprising anyone.
    console.error(`note: ${file} starts with a UTF-8 byte-order mark; ignoring it`);
    bytes = bytes.subarray(3);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ReportedError(`${file}: file is not valid UTF-8 text`);
  }
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

function parseJson(file: string, text: string): unknown {
  if (text.trim() === '') throw new ReportedError(`${file}: file is empty; expected a JSON content pack`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ReportedError(`${file}: not valid JSON: ${describeJsonError(text, message)}`);
  }
}

/** V8 gives a position for some syntax errors and only a snippet for others; locate both ourselves. */
function describeJsonError(text: string, message: string): string {
  const reported = /at position (\d+)/.exec(message);
  const position = reported ? Number(reported[1]) : locateJsonError(text);
  // Drop V8's own position and source snippet: we print line and column instead.
  const reason = /Unexpected end of JSON input/.test(message)
    ? 'the file ends too early (an unclosed brace, bracket or string?)'
    : firstLine(message)
        .replace(/,? ?(?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/, '')
        .replace(/ (?:in JSON )?at position \d+.*$/, '');
  if (position === undefined) return reason;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${reason} at line ${line}, column ${column}`;
}

/**
 * Index of the first character where `text` stops being JSON, or undefined if it is valid.
 * Iterative, so deeply nested input cannot overflow the stack.
 */
function locateJsonError(text: string): number | undefined {
  const length = text.length;
  const open: string[] = [];
  let i = 0;
  let state: 'value' | 'key' | 'after' = 'value';
  const skipSpace = (): void => {
    while (i < length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const scanString = (): boolean => {
    i++;
    while (i < length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return true;
      }
      if (c < ' ') return false;
      if (c === '\\') {
        const escaped = text[i + 1];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
          continue;
        }
        if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) return false;
        i += 2;
        continue;
      }
      i++;
    }
    return false;
  };
  const scanNumber = (): boolean => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (match === null) return false;
    i += match[0].length;
    return true;
  };

  for (;;) {
    skipSpace();
    if (state === 'key') {
      if (text[i] !== '"' || !scanString()) return i;
      skipSpace();
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
    } else if (state === 'value') {
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          state = 'after';
        } else {
          open.push(c);
          state = c === '{' ? 'key' : 'value';
        }
      } else if (c === '"') {
        if (!scanString()) return i;
        state = 'after';
      } else if (c !== undefined && (c === '-' || (c >= '0' && c <= '9'))) {
        if (!scanNumber()) return i;
        state = 'after';
      } else {
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
        if (literal === undefined) return i;
        i += literal.length;
        state = 'after';
      }
    } else {
      const container = open[open.length - 1];
      if (container === undefined) return i === length ? undefined : i;
      if (text[i] === ',') {
        i++;
        state = container === '{' ? 'key' : 'value';
      } else if (text[i] === (container === '{' ? '}' : ']')) {
        i++;
        open.pop();
      } else {
        return i;
      }
    }
  }
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}

/** Content strings can hold line breaks; each problem must stay on one line. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

function run(args: readonly string[]): number {
  const options = parseArguments(args);
  if (typeof options === 'string') {
    console.error(`error: ${options}`);
    console.error(USAGE);
    return 2;
  }

  const input = parseJson(options.packFile, readTextFile(options.packFile, MAX_PACK_BYTES, 'a content pack'));
  const articleText =
    options.articleFile === undefined
      ? undefined
      : readTextFile(options.articleFile, MAX_ARTICLE_BYTES, 'an article');

  // validatePack checks these too; checking here as well keeps the guarantee in the file that reads untrusted data.
  const forbidden = findForbiddenKeys(input);
  const validation: { problems: PackProblem[]; summary?: string } =
    forbidden.length > 0 ? { problems: forbidden } : checkPack(input, articleText);

  if (validation.problems.length === 0) {
    console.log(validation.summary);
    return 0;
  }
  for (const problem of validation.problems) console.log(oneLine(`${problem.path}: ${problem.message}`));
  const count = validation.problems.length;
  console.error(`${options.packFile}: ${count} problem${count === 1 ? '' : 's'}`);
  return 1;
}

function checkPack(
  input: unknown,
  articleText: string | undefined,
): { problems: PackProblem[]; summary?: string } {
  const validation = validatePack(input);
  if (!validation.ok) return { problems: validation.problems };
  if (articleText === undefined) return { problems: [], summary: validation.summary };
  const overlaps = findArticleOverlaps(validation.pack, articleText).map(({ path, words }) => ({
    path,
    message: `copies ${words.split(' ').length} consecutive words from the article: "${words}"`,
  }));
  return { problems: overlaps, summary: `${validation.summary}; no copying from the article` };
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (error instanceof ReportedError) {
    console.error(`error: ${error.message}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`error: unexpected failure in content-validate: ${firstLine(message)}`);
  }
  process.exitCode = 1;
}
