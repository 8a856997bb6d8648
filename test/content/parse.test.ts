import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PACK_DEPTH, parseJsonText, parsePackText } from '../../src/content/parse';

function failureOf(text: string): string {
  const result = parsePackText(text);
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.message;
}

function nested(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

describe('parsePackText', () => {
  it('parses JSON text into plain data', () => {
    expect(parsePackText('{ "id": "a", "list": [1, 2] }')).toEqual({
      ok: true,
      value: { id: 'a', list: [1, 2] },
    });
  });

  it('ignores a UTF-8 byte-order mark, as Windows editors write one', () => {
    expect(parsePackText('\uFEFF{"id":"a"}')).toEqual({ ok: true, value: { id: 'a' } });
  });

  it('calls empty, blank and mark-only files empty', () => {
    for (const text of ['', '  \n\t', '\uFEFF', '\uFEFF \n']) {
      expect(failureOf(text)).toBe('file is empty; expected a JSON content pack');
    }
  });

  it('says where the text stops being JSON, by line and column', () => {
    expect(failureOf('{\n  "id": "x",\n  oops\n}')).toMatch(/^not valid JSON: .* at line 3, column 3$/);
    expect(failureOf('{"id": "x"} trailing')).toMatch(/at line 1, column 13$/);
    expect(failureOf('{"id": "x",\n"list": [1, 2')).toMatch(/^not valid JSON: .*line 2/);
    // The engine quotes the stray character; a line separator must not break the message in two.
    expect(failureOf('{"id": \u2028}')).toMatch(/^not valid JSON: .*'\\u2028'.* at line 1, column 8$/);
  });

  it('counts lines and columns without the byte-order mark, as an editor shows them', () => {
    expect(failureOf('\uFEFF{"id" "x"}')).toMatch(/at line 1, column 7$/);
  });

  it('refuses text over 5 MB, counting UTF-8 bytes rather than characters', () => {
    // 1.8 million euro signs: under 5 million characters, but 5.4 MB once saved as UTF-8.
    const euros = `"${'€'.repeat(1_800_000)}"`;
    expect(failureOf(euros)).toBe('file is over 5 MB; a JSON content pack must be smaller');
    expect(parsePackText(`"${'e'.repeat(1_800_000)}"`).ok).toBe(true);
  });

  it('recognises UTF-16 read as UTF-8, and binary files', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'{"id":1}'].flatMap((c) => [c.charCodeAt(0), 0])]);
    // What fetch's response.text() and a UTF-8 file read both make of those bytes.
    const asUtf8 = new TextDecoder().decode(utf16);
    expect(failureOf(asUtf8)).toMatch(/not UTF-8 text .*UTF-16/);
    expect(failureOf('{"id":\u00001}')).toMatch(/not UTF-8 text/);
  });

  it('points at bytes that are not UTF-8, as a Latin-1 editor saves them', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('{\n  "title": "caf'), 0xe9, 0x22, 0x7d]);
    expect(failureOf(new TextDecoder().decode(latin1))).toBe(
      'file has bytes that are not UTF-8 at line 2, column 16; save it as UTF-8',
    );
  });

  it(`accepts ${MAX_PACK_DEPTH} levels of nesting and refuses one more, with its position`, () => {
    expect(parsePackText(nested(MAX_PACK_DEPTH)).ok).toBe(true);
    expect(failureOf(nested(MAX_PACK_DEPTH + 1))).toBe(
      `nested more than ${MAX_PACK_DEPTH} levels deep at line 1, column ${MAX_PACK_DEPTH + 1}; ` +
        'a JSON content pack needs far fewer',
    );
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ note: `he said \\"${'['.repeat(100)}\\" and left` });
    expect(parsePackText(text).ok).toBe(true);
  });

  it('refuses 100,000 nested brackets and braces in a few milliseconds, not minutes', () => {
    const arrays = nested(100_000);
    const objects = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const started = performance.now();
    expect(failureOf(arrays)).toMatch(/^nested more than 32 levels deep at line 1, column 33;/);
    expect(failureOf(objects)).toMatch(/^nested more than 32 levels deep/);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('names what was expected when used for another file', () => {
    expect(parseJsonText('', 'a list of pack files')).toEqual({
      ok: false,
      message: 'file is empty; expected a list of pack files',
    });
  });

  it('round-trips any JSON value within the depth limit', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 20 }), (value) => {
        const text = JSON.stringify(value, null, 2);
        expect(parsePackText(text)).toEqual({ ok: true, value: JSON.parse(text) as unknown });
      }),
    );
  });

  it('answers any text with data or one plain line, never a throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = parsePackText(text);
        if (!result.ok) expect(result.message).not.toMatch(/[\r\n\u2028\u2029]/);
      }),
    );
  });
});
