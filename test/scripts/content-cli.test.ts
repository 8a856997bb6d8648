import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalPack } from '../content/minimal-pack';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const articlePath = fileURLToPath(new URL('../../../shared/source/article.txt', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'newsline-content-cli-'));

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runScript(script: 'content-export' | 'content-validate', args: readonly string[] = []): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeTemp(name: string, contents: string | Buffer): string {
  const file = join(workDir, name);
  writeFileSync(file, contents);
  return file;
}

/** A failure must be one readable line, never a stack trace. */
function expectCleanFailure(result: CliResult, message: RegExp): void {
  const output = `${result.stdout}${result.stderr}`;
  expect(result.status, output).not.toBe(0);
  expect(output).toMatch(message);
  expect(output).not.toMatch(/^\s+at /m);
}

describe('content CLI', { timeout: 30_000 }, () => {
  it('exports the built-in pack, which then validates against the article', () => {
    const exported = runScript('content-export');
    expect(exported.status, exported.stderr).toBe(0);
    const file = writeTemp('pack.json', exported.stdout);
    const args = existsSync(articlePath) ? [file, '--article', articlePath] : [file];
    const result = runScript('content-validate', args);
    expect(result.stdout).toMatch(/^valid pack us-strikes-syria-iraq-2021 \d+\.\d+\.\d+: \d+ events/);
    expect(result.status).toBe(0);
  });

  it('lists each problem of a broken pack as path: message', () => {
    const pack = minimalPack() as unknown as { questions: Array<Record<string, unknown>> };
    pack.questions[0]!.options = ['only one'];
    pack.questions[1]!.difficulty = 'hard';
    const result = runScript('content-validate', [writeTemp('broken.json', JSON.stringify(pack))]);
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      'questions[0].options: needs at least 3 options (got 1)',
      'questions[1].difficulty: expected a number, got string',
    ]);
  });

  it('accepts a UTF-8 byte-order mark with a note', () => {
    const file = writeTemp('bom.json', `\uFEFF${JSON.stringify(minimalPack())}`);
    const result = runScript('content-validate', [file]);
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/^valid pack test-pack/);
    expect(result.stderr).toMatch(/byte-order mark/);
  });

  it('prints usage when the file argument is missing', () => {
    const result = runScript('content-validate');
    expectCleanFailure(result, /usage: .*FILE/);
    expect(result.status).toBe(2);
  });

  it('says when the file does not exist', () => {
    expectCleanFailure(
      runScript('content-validate', [join(workDir, 'absent.json')]),
      /absent\.json: file not found/,
    );
  });

  it('rejects an empty file', () => {
    expectCleanFailure(runScript('content-validate', [writeTemp('empty.json', '')]), /file is empty/);
  });

  it('says where a file stops being JSON', () => {
    const file = writeTemp('not-json.json', '{\n  "id": "x",\n  oops\n}');
    expectCleanFailure(runScript('content-validate', [file]), /not valid JSON: .*line 3, column 3/);
  });

  it('rejects __proto__ keys with their path', () => {
    const text = JSON.stringify(minimalPack()).replace(
      '"events":[{',
      '"events":[{"__proto__":{"polluted":true},',
    );
    const result = runScript('content-validate', [writeTemp('proto.json', text)]);
    expectCleanFailure(result, /^events\[0\]\.__proto__: .*not allowed/m);
  });

  it('refuses a 50 MB file without reading it', () => {
    const file = writeTemp('huge.json', '');
    truncateSync(file, 50 * 1024 * 1024);
    expectCleanFailure(
      runScript('content-validate', [file]),
      /file is 50\.0 MB; a content pack must be under 5 MB/,
    );
  });
});
