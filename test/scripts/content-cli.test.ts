import { spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPackLibrary } from '../../src/content/loader';
import { parsePackText } from '../../src/content/parse';
import { validatePack } from '../../src/content/validate';
import { articlePath, skipWithoutArticle } from '../content/article-source';
import { minimalPack } from '../content/minimal-pack';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/pack-files/', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'newsline-content-cli-'));

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  milliseconds: number;
}

/** Runs the CLI as an author would; the timeout only stops a hung run, it is never the assertion. */
function runCli(args: readonly string[] = []): Promise<CliResult> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/content-validate.ts', ...args], {
    cwd: repoRoot,
    timeout: 60_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => {
    child.on('close', (status) =>
      resolve({ status, stdout, stderr, milliseconds: performance.now() - started }),
    );
  });
}

function writeTemp(name: string, contents: string | Uint8Array): string {
  const file = join(workDir, name);
  writeFileSync(file, contents);
  return file;
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** A file that cannot be checked at all gets exactly one plain line, never a stack trace. */
function expectOneLineFailure(result: CliResult, message: RegExp): void {
  const output = [...lines(result.stdout), ...lines(result.stderr)];
  expect(result.status, output.join('\n')).toBe(1);
  expect(output).toHaveLength(1);
  expect(output[0]).toMatch(message);
}

const utf16 = (text: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);

/** Texts no editor should produce, each written to a file at test time (they are not valid JSON to commit). */
const HOSTILE_TEXTS: Record<string, string | Uint8Array<ArrayBuffer>> = {
  'empty.json': '',
  'blank.json': ' \n\t\n',
  'not-json.json': '{\n  "id": "x",\n  oops\n}',
  'truncated.json': JSON.stringify(minimalPack()).slice(0, 500),
  'bom.json': `\uFEFF${JSON.stringify({ ...minimalPack(), id: 'bom-pack' })}`,
  'utf16.json': utf16(JSON.stringify(minimalPack())),
  'latin1.json': new Uint8Array([...Buffer.from('{"id": "caf'), 0xe9, ...Buffer.from('"}')]),
  'nested-100k.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
};

describe('content CLI', { timeout: 60_000 }, () => {
  it('validates the article pack through the index, with the copy check when the article is here', async () => {
    const withArticle = !skipWithoutArticle('the CLI copy check');
    const result = await runCli([
      '--index',
      'public/packs/index.json',
      ...(withArticle ? ['--article', articlePath] : []),
    ]);
    expect(result.stdout + result.stderr).toMatch(
      new RegExp(
        `^public/packs/us-strikes-syria-iraq-2021\\.json: valid pack us-strikes-syria-iraq-2021 \\d+\\.\\d+\\.\\d+: \\d+ events` +
          (withArticle ? '.*; no copying from the article' : ''),
      ),
    );
    expect(result.status).toBe(0);
  });

  it('prints one summary line for one valid pack', async () => {
    const result = await runCli([join(fixtures, 'valid-minimal.json')]);
    expect(result.stdout).toBe('valid pack test-pack 0.1.0: 3 events, 1 set, 4 questions\n');
    expect(result.status).toBe(0);
  });

  it('lists each problem of a broken pack as path: message', async () => {
    const result = await runCli([join(fixtures, 'broken-schema.json')]);
    expect(result.status).toBe(1);
    expect(lines(result.stdout)).toEqual([
      'events[0].icon: must be one of "rocket", "jet", "drone", "ballot", "document", "envelope", "city", "handshake", "target", "flag", got "unicorn"',
      'events[2].detial: is not a field of the pack format (misspelt or misplaced?)',
      'questions[1].difficulty: expected a number, got string',
    ]);
    expect(result.stderr).toMatch(/broken-schema\.json: 3 problems/);
  });

  it('checks several files, naming the file on every line, and fails if any fails', async () => {
    const result = await runCli([
      'test/fixtures/pack-files/valid-second.json',
      'test/fixtures/pack-files/broken-facts.json',
      'test/fixtures/pack-files/absent.json',
    ]);
    expect(result.status).toBe(1);
    expect(lines(result.stdout)).toEqual([
      'test/fixtures/pack-files/valid-second.json: valid pack second-pack 0.1.0: 3 events, 1 set, 4 questions',
      'test/fixtures/pack-files/broken-facts.json: questions[0].fact: unknown fact id "jet-types"',
      expect.stringMatching(
        /^test\/fixtures\/pack-files\/broken-facts\.json: questions\[3\]\.reveals\[0\]: "site-count" is the fact this question tests/,
      ) as string,
      expect.stringMatching(
        /^test\/fixtures\/pack-files\/broken-facts\.json: facts\[0\]\.id: no question tests fact "jet-type"/,
      ) as string,
    ]);
    expect(lines(result.stderr)).toEqual([
      'error: test/fixtures/pack-files/absent.json: file not found',
      '2 of 3 files have problems',
    ]);
  });

  it('checks every pack an index lists, as the game loads them', async () => {
    const result = await runCli(['--index', 'test/fixtures/pack-files/index.json']);
    expect(result.status).toBe(1);
    expect(lines(result.stdout)).toEqual([
      expect.stringMatching(
        /^test\/fixtures\/pack-files\/broken-facts\.json: questions\[0\]\.fact: unknown fact id/,
      ) as string,
      expect.stringMatching(
        /^test\/fixtures\/pack-files\/broken-facts\.json: questions\[3\]\.reveals\[0\]: /,
      ) as string,
      expect.stringMatching(/^test\/fixtures\/pack-files\/broken-facts\.json: facts\[0\]\.id: /) as string,
      'test/fixtures/pack-files/valid-minimal.json: valid pack test-pack 0.1.0: 3 events, 1 set, 4 questions',
      'test/fixtures/pack-files/valid-second.json: valid pack second-pack 0.1.0: 3 events, 1 set, 4 questions',
    ]);
    expect(lines(result.stderr)).toEqual([
      'error: test/fixtures/pack-files/index.json: entry 5 "../outside.json" is not a plain .json file name in this folder (no folders, "..", or web addresses); skipped',
      'error: test/fixtures/pack-files/duplicate-id.json: pack id "test-pack" is already used by test/fixtures/pack-files/valid-minimal.json; left out',
      '3 of 5 files have problems',
    ]);
  });

  it('says what is wrong with its arguments, with exit code 2', async () => {
    for (const [args, message] of [
      [[], /^error: missing the pack file to check/],
      [['--strict', 'pack.json'], /^error: unknown option --strict/],
      [['pack.json', '--article'], /^error: --article needs a file name/],
      [['--index'], /^error: --index needs a file name/],
    ] as const) {
      const result = await runCli(args);
      expect(result.status).toBe(2);
      expect(lines(result.stderr)).toEqual([
        expect.stringMatching(message) as string,
        expect.stringMatching(/^usage: /) as string,
      ]);
    }
  });

  it('names a missing article', async () => {
    const result = await runCli([
      join(fixtures, 'valid-minimal.json'),
      '--article',
      join(workDir, 'no-article.txt'),
    ]);
    expectOneLineFailure(result, /^error: .*no-article\.txt: file not found$/);
  });

  describe('hostile inputs: one plain line each, quickly', () => {
    it('an empty or blank file', async () => {
      expectOneLineFailure(
        await runCli([writeTemp('empty.json', '')]),
        /^error: .*empty\.json: file is empty/,
      );
      expectOneLineFailure(await runCli([writeTemp('blank.json', ' \n ')]), /file is empty/);
    });

    it('text that is not JSON, with line and column', async () => {
      const result = await runCli([writeTemp('not-json.json', HOSTILE_TEXTS['not-json.json']!)]);
      expectOneLineFailure(result, /^error: .*not-json\.json: not valid JSON: .*at line 3, column 3$/);
    });

    it('a UTF-8 byte-order mark is accepted, with a note', async () => {
      const result = await runCli([writeTemp('bom.json', HOSTILE_TEXTS['bom.json']!)]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^valid pack bom-pack/);
      expect(result.stderr).toMatch(/^note: .*bom\.json starts with a UTF-8 byte-order mark; ignoring it\n$/);
    });

    it('UTF-16 and Latin-1 files', async () => {
      expectOneLineFailure(
        await runCli([writeTemp('utf16.json', HOSTILE_TEXTS['utf16.json']!)]),
        /not UTF-8 text .*UTF-16/,
      );
      expectOneLineFailure(
        await runCli([writeTemp('latin1.json', HOSTILE_TEXTS['latin1.json']!)]),
        /bytes that are not UTF-8 at line 1, column 12; save it as UTF-8$/,
      );
    });

    it('a 50 MB file, refused from its size without reading it', async () => {
      const file = writeTemp('huge.json', '');
      truncateSync(file, 50 * 1024 * 1024);
      expectOneLineFailure(
        await runCli([file]),
        /huge\.json: file is 50\.0 MB; a content pack must be under 5 MB$/,
      );
    });

    it('a __proto__ key, reported at its path without polluting anything', async () => {
      const result = await runCli([join(fixtures, 'broken-proto.json')]);
      expect(result.status).toBe(1);
      expect(lines(result.stdout)).toEqual([
        'events[0].__proto__: the key "__proto__" is not allowed in a content pack',
      ]);
    });

    it('100,000 nested brackets, in seconds rather than the minutes a path copy per level took', async () => {
      const result = await runCli([writeTemp('nested.json', HOSTILE_TEXTS['nested-100k.json']!)]);
      expectOneLineFailure(result, /nested\.json: nested more than 32 levels deep at line 1, column 33;/);
      // Mostly Node and tsx starting up; the check itself takes milliseconds.
      expect(result.milliseconds).toBeLessThan(10_000);
    });

    it('a directory and a missing file', async () => {
      const folder = join(workDir, 'a-folder.json');
      mkdirSync(folder, { recursive: true });
      expectOneLineFailure(await runCli([folder]), /a-folder\.json: is a directory, not a file$/);
      expectOneLineFailure(await runCli([join(workDir, 'absent.json')]), /absent\.json: file not found$/);
    });
  });

  describe('agreement with the game', () => {
    /** Committed fixture packs (valid and broken) plus the hostile texts, as one corpus of files. */
    function corpus(): Map<string, Uint8Array<ArrayBuffer>> {
      const files = new Map<string, Uint8Array<ArrayBuffer>>();
      for (const name of readdirSync(fixtures).filter((n) => n.endsWith('.json') && n !== 'index.json')) {
        files.set(name, new Uint8Array(readFileSync(join(fixtures, name))));
      }
      for (const [name, contents] of Object.entries(HOSTILE_TEXTS)) {
        files.set(
          `hostile-${name}`,
          typeof contents === 'string' ? new TextEncoder().encode(contents) : contents,
        );
      }
      return files;
    }

    /** The game's path: the browser's fetch decodes the body, then parsePackText and validatePack. */
    async function gameAccepts(bytes: Uint8Array<ArrayBuffer>): Promise<boolean> {
      const parsed = parsePackText(await new Response(bytes).text());
      return parsed.ok && validatePack(parsed.value).ok;
    }

    it('the CLI, the game and the loader accept and reject exactly the same files', async () => {
      const files = corpus();
      const folder = join(workDir, 'corpus');
      mkdirSync(folder, { recursive: true });
      for (const [name, bytes] of files) writeFileSync(join(folder, name), bytes);

      // One run over the whole corpus: with several files, each valid one gets its own summary line.
      const cli = await runCli([...files.keys()].map((name) => join(folder, name)));
      const cliAccepts = (name: string): boolean =>
        lines(cli.stdout).some((line) => line.startsWith(`${join(folder, name)}: valid pack `));
      const verdicts = await Promise.all(
        [...files].map(async ([name, bytes]) => ({
          name,
          game: await gameAccepts(bytes),
          cli: cliAccepts(name),
        })),
      );
      expect(cli.status).toBe(1);
      const accepted = (by: 'game' | 'cli'): string[] =>
        verdicts
          .filter((v) => v[by])
          .map((v) => v.name)
          .sort();
      expect(accepted('cli')).toEqual(accepted('game'));
      // Both verdicts occur, so agreement is not agreement on everything.
      expect(accepted('game')).toEqual([
        'duplicate-id.json',
        'hostile-bom.json',
        'valid-minimal.json',
        'valid-second.json',
      ]);

      // The loader over an index listing the whole corpus keeps the same files, bar a repeated pack id.
      const names = [...files.keys()].sort();
      const library = await loadPackLibrary({
        baseUrl: pathToFileURL(`${folder}/`),
        fetchText: async (url) => {
          const name = decodeURIComponent(url.pathname.split('/').pop()!);
          return name === 'index.json' ? JSON.stringify(names) : new Response(files.get(name)).text();
        },
      });
      const inCorpus = (file: string): string => file.replace(/^corpus\//, '');
      expect(library.packs.map((p) => inCorpus(p.file))).toEqual([
        'duplicate-id.json',
        'hostile-bom.json',
        'valid-second.json',
      ]);
      expect(library.problems.map((p) => inCorpus(p.file)).sort()).toEqual(
        names.filter((name) => !accepted('game').includes(name) || name === 'valid-minimal.json'),
      );
      expect(library.problems.find((p) => p.file === 'corpus/valid-minimal.json')?.message).toBe(
        'corpus/valid-minimal.json: pack id "test-pack" is already used by corpus/duplicate-id.json; left out',
      );
    });
  });
});
