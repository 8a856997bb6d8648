/**
 * Turns the text of a pack file (or the pack index) into plain JSON data, refusing hostile or
 * damaged text with one plain line a content author can act on. The CLI, the game and the teacher
 * pages all read packs through here, so it is pure TypeScript with no Node or DOM APIs.
 */

export type ParsedText = { ok: true; value: unknown } | { ok: false; message: string };

const MEGABYTE = 1024 * 1024;
/** A pack is a few hundred kilobytes; anything near this is a mistake or an attack. */
export const MAX_PACK_BYTES = 5 * MEGABYTE;
/**
 * A pack nests about six levels deep (pack → questions → question → quote → text). The cap keeps
 * every later walk over the data short, whatever the file holds.
 */
export const MAX_PACK_DEPTH = 32;

const BYTE_ORDER_MARK = '\uFEFF';

/** Parses a content pack's text; see {@link parseJsonText}. */
export function parsePackText(text: string): ParsedText {
  return parseJsonText(text, 'a JSON content pack');
}

/**
 * Strips a UTF-8 byte-order mark, then refuses empty, oversized, too deeply nested or non-UTF-8
 * text before handing the rest to JSON.parse, whose errors become "at line L, column C".
 * `expected` names what the file should hold, for the empty-file message.
 */
export function parseJsonText(text: string, expected: string): ParsedText {
  // UTF-8 takes at least one byte per UTF-16 unit, so a long string is over the limit without counting.
  if (text.length > MAX_PACK_BYTES || utf8Length(text) > MAX_PACK_BYTES) {
    return {
      ok: false,
      message: `file is over ${MAX_PACK_BYTES / MEGABYTE} MB; ${expected} must be smaller`,
    };
  }
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, message: `file is empty; expected ${expected}` };
  // UTF-16 read as UTF-8 starts with two replacement characters (its byte-order mark) and is full
  // of NUL characters; JSON text never holds a raw NUL, so either means a wrongly saved file.
  if (body.startsWith('\uFFFD\uFFFD') || body.startsWith('\uFFFE') || body.includes('\u0000')) {
    return {
      ok: false,
      message: 'file is not UTF-8 text (saved as UTF-16, or not a text file?); save it as UTF-8',
    };
  }
  // A decoder puts U+FFFD where bytes were not UTF-8 (a file saved as Latin-1 or Windows-1252).
  const damaged = body.indexOf('\uFFFD');
  if (damaged >= 0) {
    return {
      ok: false,
      message: `file has bytes that are not UTF-8 at ${lineAndColumn(body, damaged)}; save it as UTF-8`,
    };
  }
  const tooDeep = findExcessNesting(body, MAX_PACK_DEPTH);
  if (tooDeep !== undefined) {
    return {
      ok: false,
      message: `nested more than ${MAX_PACK_DEPTH} levels deep at ${lineAndColumn(body, tooDeep)}; ${expected} needs far fewer`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `not valid JSON: ${describeJsonError(body, message)}` };
  }
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character: 2 + 2 for its two halves.
    else if (unit >= 0xd800 && unit <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/**
 * Index of the first bracket that opens level `maxDepth + 1`, or undefined. One pass that only
 * tracks strings and brackets: it must stay linear however the text is built, because it runs
 * before anything that walks the parsed data.
 */
function findExcessNesting(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    }
  }
  return undefined;
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** V8 gives a position for some syntax errors and only a snippet for others; locate both ourselves. */
function describeJsonError(text: string, message: string): string {
  const reported = /at position (\d+)/.exec(message);
  const position = reported ? Number(reported[1]) : locateJsonError(text);
  // Drop the engine's own position and source snippet: we print line and column instead.
  const engineReason = /Unexpected end of JSON input/.test(message)
    ? 'the file ends too early (an unclosed brace, bracket or string?)'
    : firstLine(message)
        .replace(/,? ?(?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/, '')
        .replace(/ (?:in JSON )?at position \d+.*$/, '');
  // The engine quotes the offending character, which may itself be a line break.
  const reason = oneLine(engineReason);
  if (position === undefined) return reason;
  return `${reason} at ${lineAndColumn(text, position)}`;
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

/** Control characters and line separators written as `\u2028`, so a message stays on one line. */
function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}
