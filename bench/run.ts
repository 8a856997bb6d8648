/**
 * Speed and size figures for the rules and the build. Prints; asserts nothing: targets are for
 * people to compare against (see the README), not for a test to time.
 *   npm run bench            rules only
 *   npm run build && npm run bench   adds the size of what the browser downloads
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { articlePack } from '../src/content/article-pack';
import { validatePack } from '../src/content/validate';
import { revealOrder } from '../src/rules/order';
import { planRound, type RoundPlan } from '../src/rules/plan';
import { decodeResult, encodeResult } from '../src/rules/result-code';
import { decodeRound, encodeRound } from '../src/rules/round-code';
import { DEFAULT_ROUND } from '../src/rules/round-config';
import { answerLabel, scoreOrdering } from '../src/rules/scoring';

function measure(label: string, run: (i: number) => unknown, budgetMs = 400): void {
  for (let i = 0; i < 50; i++) run(i); // warm up the JIT
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < budgetMs) run(count++);
  const perCall = (performance.now() - start) / count;
  const figure =
    perCall < 0.001
      ? `${(perCall * 1e6).toFixed(0)} ns`
      : perCall < 1
        ? `${(perCall * 1000).toFixed(1)} µs`
        : `${perCall.toFixed(2)} ms`;
  console.log(`${label.padEnd(44)} ${figure.padStart(10)} per call  (${count} runs)`);
}

function plan(setId: string, seed: number): RoundPlan {
  const outcome = planRound(articlePack, { ...DEFAULT_ROUND, setId, questionCount: 10, seed });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

console.log(`Newsline benchmarks — node ${process.version}\n`);
console.log('Rules');
measure('validatePack (built-in pack)', () => validatePack(articlePack));
measure('planRound core, 10 questions', (i) => plan('core', i));
measure('planRound full, 10 questions', (i) => plan('full', i));
const full = plan('full', 1);
const fullOrder = full.cards.map((c) => c.id);
measure('scoreOrdering full set (10 cards)', () => scoreOrdering(full.order, fullOrder));
const roundCode = encodeRound({ ...DEFAULT_ROUND, seed: 99 });
measure('encodeRound', (i) => encodeRound({ ...DEFAULT_ROUND, seed: i }));
measure('decodeRound', () => decodeRound(roundCode));
const correct = revealOrder(full.cards, full.order).map((c) => c.id);
const input = {
  roundCode: encodeRound(full.config),
  name: 'Ada Lovelace',
  submittedOrder: correct,
  answers: full.questions.map((q) => answerLabel(q.question)),
  timeMs: 95_000,
  attempt: 1,
};
const resultCode = encodeResult(full, input);
measure('encodeResult (10 questions)', () => encodeResult(full, input));
measure('decodeResult (re-plans and re-scores)', () => decodeResult(resultCode, articlePack));
console.log(
  `\nround code: ${roundCode.length} characters; result code (10 questions): ${resultCode.length} characters`,
);

const dist = path.resolve('dist');
if (existsSync(dist)) {
  console.log('\nBuild (dist/)');
  const files = readdirSync(path.join(dist, 'assets')).map((name) => path.join(dist, 'assets', name));
  let jsRaw = 0;
  let jsGzip = 0;
  for (const file of files.sort()) {
    const raw = statSync(file).size;
    const gzip = /\.(js|css|html|svg)$/.test(file) ? gzipSync(readFileSync(file)).length : raw;
    if (file.endsWith('.js')) {
      jsRaw += raw;
      jsGzip += gzip;
    }
    console.log(
      `${path.basename(file).padEnd(44)} ${(raw / 1024).toFixed(1).padStart(8)} kB  ${(gzip / 1024).toFixed(1).padStart(8)} kB gzip`,
    );
  }
  console.log(
    `${'all JavaScript'.padEnd(44)} ${(jsRaw / 1024).toFixed(1).padStart(8)} kB  ${(jsGzip / 1024).toFixed(1).padStart(8)} kB gzip`,
  );
} else {
  console.log('\n(no dist/: run `npm run build` first for download sizes)');
}
