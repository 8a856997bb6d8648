/**
 * `npm run bench`: the game measured against a bare Phaser page, as ratios.
 *
 * Builds the game and a bare Phaser 4 page (bench/bare, same Vite, target and Phaser chunk),
 * serves both gzip-compressed from a loopback static server, and measures both in one headless
 * Chromium, interleaved (game, bare, game, bare…): first screen bytes and time, idle screen cost,
 * dragging, and memory over rounds. Prints median and spread (min–max) of each side and of the
 * paired ratios, with the target and PASS/MISS, and writes bench/results/latest.{json,md}.
 * It asserts nothing: a MISS is information, not a failure.
 *
 *   npm run bench                        7 runs each, memory over 50 rounds once
 *   npm run bench -- --runs 9 --leak-runs 3
 *   npm run bench -- --quick             smoke run: 1 run, 3 rounds (writes results/quick.*)
 *   npm run bench -- --game-dist DIR     measure an existing production build instead of building it
 *   npm run bench -- --game-test-dist DIR   … and an existing test build (`vite build --mode test`)
 *   npm run bench -- --game-root DIR     build the game found in DIR (another worktree)
 *   npm run bench -- --only leak         some of: screen (first screen and idle), drag, leak
 *
 * The game is built twice, into a temporary folder: production (what players get: the first-screen
 * measures, bytes and time to the title, throttled or not, and Play → board) and test
 * (`--mode test`, which adds the canvas read-out `window.__newsline` and the render switch the
 * driver needs: idle, drag and memory). The production build must not carry the read-out.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { build } from 'vite';
import { launchBrowser, SLOW, UNTHROTTLED, type MemorySnapshot } from './browser';
import {
  dragRun,
  idleRun,
  failureShots,
  leakRun,
  loadRun,
  type DragRun,
  type IdleRun,
  type LeakRun,
  type LoadRun,
  type MeasureOptions,
  type Subject,
} from './measures';
import { markdownTable, textTable, verdictOf, type Row, type Target } from './report';
import { serveStatic } from './server';
import { pairedRatios, quantile, spread, type Spread } from './stats';

const BENCH = path.dirname(fileURLToPath(import.meta.url));

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    'leak-runs': { type: 'string' },
    rounds: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'game-root': { type: 'string' },
    'game-dist': { type: 'string' },
    out: { type: 'string' },
    'cpu-rate': { type: 'string' },
    only: { type: 'string' },
    'game-test-dist': { type: 'string' },
  },
});
const quick = args.quick ?? false;
const runs = Number(args.runs ?? (quick ? 1 : 7));
const leakRuns = Number(args['leak-runs'] ?? 1);
const rounds = Number(args.rounds ?? (quick ? 3 : 50));
const checkpoints = [...new Set([1, 10, 20, 50, rounds].filter((r) => r <= rounds))].sort((a, b) => a - b);
const gameRoot = path.resolve(args['game-root'] ?? process.cwd());
const MEASURES = ['screen', 'drag', 'leak'] as const;
const only = new Set((args.only ?? MEASURES.join(',')).split(','));
const wanted = (measure: (typeof MEASURES)[number]): boolean => only.has(measure);
const options: MeasureOptions = {
  origin: '',
  gamePaths: { production: 'game', test: 'game-test' },
  cpuRate: Number(args['cpu-rate'] ?? 4),
  traceMs: quick ? 1500 : 4000,
  settleMs: quick ? 300 : 1000,
};

const started = Date.now();
const log = (message: string): void =>
  console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

function commitOf(root: string): string {
  try {
    const head = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['-C', root, 'status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head}-dirty` : head;
  } catch {
    return 'unknown';
  }
}

// ---- build -------------------------------------------------------------------------------------
const outRoot = path.resolve(args.out ?? mkdtempSync(path.join(tmpdir(), 'newsline-bench-')));
const gameDist = args['game-dist'] ? path.resolve(args['game-dist']) : path.join(outRoot, 'game');
const gameTestDist = args['game-test-dist']
  ? path.resolve(args['game-test-dist'])
  : path.join(outRoot, 'game-test');
const bareDist = path.join(outRoot, 'bare');
mkdirSync(outRoot, { recursive: true });
failureShots.dir = outRoot;
for (const [mode, given, outDir] of [
  ['production', args['game-dist'], gameDist],
  ['test', args['game-test-dist'], gameTestDist],
] as const) {
  if (given) continue;
  log(`building the game (mode ${mode}) from ${gameRoot} into ${outDir}`);
  await build({
    root: gameRoot,
    mode,
    configFile: path.join(gameRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}
// The first-screen figures are only the players' if the production build is the players' build.
if (
  readdirSync(path.join(gameDist, 'assets')).some(
    (file) =>
      file.endsWith('.js') &&
      readFileSync(path.join(gameDist, 'assets', file), 'utf8').includes('__newslineRender'),
  )
)
  throw new Error(`${gameDist} carries the test read-out: not a production build`);
log(`building the bare Phaser page into ${bareDist}`);
await build({
  configFile: path.join(BENCH, 'vite.bare.config.ts'),
  logLevel: 'warn',
  build: { outDir: bareDist, emptyOutDir: true },
});

// ---- measure -----------------------------------------------------------------------------------
const server = await serveStatic({ game: gameDist, 'game-test': gameTestDist, bare: bareDist });
options.origin = server.origin;
const browser = await launchBrowser();
const failures: string[] = [];
const pageErrors: string[] = [];

async function attempt<T>(label: string, run: () => Promise<T>): Promise<T | undefined> {
  const t0 = Date.now();
  try {
    const result = await run();
    log(`${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    const load = (result as { load?: LoadRun }).load ?? (result as LoadRun | undefined);
    const errors = (result as { errors?: string[] }).errors ?? load?.errors;
    if (errors?.length) pageErrors.push(...errors.map((e) => `${label}: ${e}`));
    if (load?.failed) {
      failures.push(`${label}: after the title: ${load.failed}`);
      log(`PARTLY FAILED ${label}: ${load.failed}`);
    }
    return result;
  } catch (error) {
    const message = `${label}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    failures.push(message);
    log(`FAILED ${message}`);
    return undefined;
  }
}

const loads: Record<Subject, (LoadRun | undefined)[]> = { game: [], bare: [] };
const idles: Record<Subject, (IdleRun | undefined)[]> = { game: [], bare: [] };
const slowLoads: Record<Subject, (LoadRun | undefined)[]> = { game: [], bare: [] };
const drags: (DragRun | undefined)[] = [];
const leaks: Record<Subject, (LeakRun | undefined)[]> = { game: [], bare: [] };

const loadBefore = loadavg();
try {
  // One load of each, not counted: the browser's own first-use costs (GPU process, caches of
  // its own) land here instead of on the first measured run.
  for (const subject of ['game', 'bare'] as const)
    await attempt(`warm-up ${subject}`, () => loadRun(browser, subject, UNTHROTTLED, options));
  for (let i = 0; i < runs && (wanted('screen') || wanted('drag')); i++) {
    for (const subject of wanted('screen') ? (['game', 'bare'] as const) : []) {
      const result = await attempt(`run ${i + 1}/${runs} ${subject}: load + idle`, () =>
        idleRun(browser, subject, options, UNTHROTTLED),
      );
      loads[subject].push(result?.load);
      idles[subject].push(result?.idle);
    }
    for (const subject of wanted('screen') ? (['game', 'bare'] as const) : []) {
      slowLoads[subject].push(
        await attempt(`run ${i + 1}/${runs} ${subject}: throttled load`, () =>
          loadRun(browser, subject, SLOW, options),
        ),
      );
    }
    if (wanted('drag'))
      drags.push(await attempt(`run ${i + 1}/${runs} game: drag`, () => dragRun(browser, options)));
  }
  for (let i = 0; i < (wanted('leak') ? leakRuns : 0); i++) {
    for (const subject of ['game', 'bare'] as const) {
      const label = `leak ${i + 1}/${leakRuns} ${subject}: ${rounds} rounds`;
      const leak = await attempt(label, () => leakRun(browser, subject, checkpoints, options));
      if (leak?.stopped) {
        failures.push(`${label}: stopped at ${leak.stopped}`);
        log(`STOPPED ${label}: ${leak.stopped}`);
      }
      leaks[subject].push(leak);
    }
  }
} finally {
  const chromium = browser.version();
  await browser.close();
  await server.close();
  await report(chromium);
  // The builds go; a folder given with --out, or one holding screenshots of failed runs, stays.
  const shots = readdirSync(outRoot).filter((name) => name.endsWith('.png'));
  if (shots.length) console.log(`\nscreenshots of failed runs in ${outRoot}`);
  else if (!args.out) rmSync(outRoot, { recursive: true, force: true });
}

// ---- report ------------------------------------------------------------------------------------
function values<T>(list: (T | undefined)[], pick: (item: T) => number | undefined): number[] {
  return list.map((item) => (item === undefined ? NaN : (pick(item) ?? NaN)));
}

function row(
  fields: Omit<Row, 'subject' | 'baseline' | 'ratio' | 'verdict'> & {
    game: number[];
    base: number[] | null;
  },
): Row {
  const subject = spread(fields.game);
  const baseline = fields.base ? spread(fields.base) : null;
  const ratio = fields.base ? spread(pairedRatios(fields.game, fields.base)) : null;
  return {
    id: fields.id,
    group: fields.group,
    label: fields.label,
    unit: fields.unit,
    subject,
    baselineLabel: fields.baselineLabel,
    baseline,
    ratio,
    target: fields.target,
    verdict: verdictOf(fields.target, subject, baseline, ratio),
    notes: fields.notes,
  };
}

function fileName(url: string): string {
  const name = new URL(url).pathname.split('/').filter(Boolean).slice(1).join('/');
  return name || '(page)';
}

/** The files of the median-byte run, largest first. */
function firstScreenFiles(list: (LoadRun | undefined)[]): { file: string; bytes: number; raw: number }[] {
  const done = list.filter((l): l is LoadRun => l !== undefined).sort((a, b) => a.bytes - b.bytes);
  const median = done[Math.floor(done.length / 2)];
  return median ? median.files.map((f) => ({ file: fileName(f.url), bytes: f.bytes, raw: f.raw })) : [];
}

function at(leak: LeakRun, round: number, pick: (m: MemorySnapshot) => number | null): number {
  const found = leak.checkpoints.find((c) => c.round === round);
  return found ? (pick(found.memory) ?? NaN) : NaN;
}

function trajectory(
  list: (LeakRun | undefined)[],
  pick: (m: MemorySnapshot) => number | null,
): Record<string, Spread> {
  const out: Record<string, Spread> = {};
  for (const round of [0, ...checkpoints])
    out[`round ${round}`] = spread(values(list, (l) => at(l, round, pick)));
  return out;
}

function median(list: number[]): number {
  return quantile(list, 0.5);
}

async function report(chromium: string): Promise<void> {
  const seconds = (Date.now() - started) / 1000;
  const rows: Row[] = [];
  const kB = (bytes: number): string => `${Math.round(bytes).toLocaleString('en-US')} B`;

  // First screen
  const gameFiles = firstScreenFiles(loads.game);
  const bareFiles = firstScreenFiles(loads.bare);
  const bareNames = new Set(bareFiles.map((f) => f.file));
  const extra = gameFiles.filter((f) => !bareNames.has(f.file));
  const extraWire = extra.reduce((sum, f) => sum + f.bytes, 0);
  const extraRaw = extra.reduce((sum, f) => sum + f.raw, 0);
  const gameNames = new Set(gameFiles.map((f) => f.file));
  const bareOnly = bareFiles.filter((f) => !gameNames.has(f.file));
  const bareOnlyRaw = bareOnly.reduce((sum, f) => sum + f.raw, 0);
  const listFiles = (files: typeof gameFiles): string =>
    files.map((f) => `${f.file} ${kB(f.bytes)} (${kB(f.raw)} raw)`).join(', ');
  rows.push(
    row({
      id: 'first-screen-bytes',
      group: 'First screen',
      label: 'compressed bytes until the title is interactive',
      unit: 'B',
      game: values(loads.game, (l) => l.bytes),
      baselineLabel: 'bare',
      base: values(loads.bare, (l) => l.bytes),
      target: { kind: 'ratio', max: 1.15 },
      notes: [
        `game, largest first: ${listFiles(gameFiles)}`,
        `bare: ${listFiles(bareFiles)}`,
        `not in the bare page: ${kB(extraWire)} on the wire, ${kB(extraRaw)} raw`,
        `in the bare page only: ${listFiles(bareOnly) || 'nothing'}`,
      ],
    }),
    row({
      id: 'tti-unthrottled',
      group: 'First screen',
      label: 'time to interactive title, unthrottled',
      unit: 'ms',
      game: values(loads.game, (l) => l.tti),
      baselineLabel: 'bare',
      base: values(loads.bare, (l) => l.tti),
      target: { kind: 'ratio', max: 1.15 },
      notes: [
        `on loopback loading is CPU-bound: ${kB(extraRaw)} of code, styles and data the bare page does not have are parsed and run before the title (${extra.map((f) => f.file).join(', ')}); the bare page alone parses ${kB(bareOnlyRaw)} (${bareOnly.map((f) => f.file).join(', ') || 'nothing'}) and starts Phaser`,
      ],
    }),
    row({
      id: 'tti-throttled',
      group: 'First screen',
      label: `time to interactive title, ${SLOW.name}, cache off`,
      unit: 'ms',
      game: values(slowLoads.game, (l) => l.tti),
      baselineLabel: 'bare',
      base: values(slowLoads.bare, (l) => l.tti),
      target: { kind: 'ratio', max: 1.15 },
      notes: [
        `bytes on this network: game ${kB(median(values(slowLoads.game, (l) => l.bytes)))}, bare ${kB(median(values(slowLoads.bare, (l) => l.bytes)))}`,
        `the ${kB(extraWire)} not in the bare page take ~${((extraWire * 8) / SLOW.downBps).toFixed(2)} s at ${SLOW.downBps / 1e6} Mbps: ${extra
          .slice(0, 4)
          .map((f) => `${f.file} ${kB(f.bytes)}`)
          .join(', ')}`,
      ],
    }),
    row({
      id: 'play-to-board-throttled',
      group: 'First screen',
      label: `Play pressed → first board interactive, ${SLOW.name}`,
      unit: 'ms',
      game: values(slowLoads.game, (l) => l.playToBoard),
      baselineLabel: '',
      base: null,
      target: { kind: 'none' },
      notes: [
        'no target: shows what loading after the title costs the player (Play pressed at once: the canvas engine, Phaser’s chunk, loads now unless the idle prefetch has fetched it)',
      ],
    }),
  );

  // Idle
  const ig = idles.game;
  const ib = idles.bare;
  const idleNote = (list: (IdleRun | undefined)[]): string =>
    `${median(values(list, (r) => r.drawsPerFrame)).toFixed(1)} draw calls/frame at ${median(values(list, (r) => r.framesPerSecond)).toFixed(1)} frames/s; ` +
    `of the frame work p95, the page's own work (not waiting on the GPU process) ${median(values(list, (r) => r.ownWorkP95)).toFixed(0)} ms; ` +
    `main thread busy ${median(values(list, (r) => r.stats.busyPerSecond)).toFixed(0)} ms/s; ${median(values(list, (r) => r.texturesAlive)).toFixed(0)} textures alive`;
  rows.push(
    row({
      id: 'idle-frame-work-p95',
      group: `Idle screen, CPU ×${options.cpuRate}`,
      label: 'frame work p95 (game: a round’s board; bare: its title)',
      unit: 'ms',
      game: values(ig, (r) => r.frameWorkP95),
      baselineLabel: 'bare',
      base: values(ib, (r) => r.frameWorkP95),
      target: { kind: 'ratio', max: 1.5 },
      notes: [`game: ${idleNote(ig)}`, `bare: ${idleNote(ib)}`],
    }),
    row({
      id: 'idle-draw-calls',
      group: `Idle screen, CPU ×${options.cpuRate}`,
      label: 'WebGL draw calls per second while nothing moves',
      unit: '/s',
      game: values(ig, (r) => r.drawsPerSecond),
      baselineLabel: 'bare',
      base: values(ib, (r) => r.drawsPerSecond),
      target: { kind: 'value', max: 0 },
      notes: [
        'target 0: a still screen should not be redrawn; the bare page is Phaser’s default (draws every frame)',
        `game: ${idleNote(ig)}`,
      ],
    }),
    row({
      id: 'idle-busy',
      group: `Idle screen, CPU ×${options.cpuRate}`,
      label: 'renderer main thread busy, ms per second',
      unit: 'ms',
      game: values(ig, (r) => r.stats.busyPerSecond),
      baselineLabel: 'bare',
      base: values(ib, (r) => r.stats.busyPerSecond),
      target: { kind: 'none' },
      notes: ['no target: context for the frame work (a page that stops drawing drops towards 0)'],
    }),
  );

  // Dragging
  rows.push(
    row({
      id: 'drag-frame-work-p95',
      group: `Dragging, full set on screen, CPU ×${options.cpuRate}`,
      label: 'frame work p95 while dragging a card',
      unit: 'ms',
      game: values(drags, (d) => d.dragP95),
      baselineLabel: 'same board idle, rendering on',
      base: values(drags, (d) => d.idle.frameWorkP95),
      target: { kind: 'ratio', max: 1.1 },
      notes: [
        `dragging: ${median(values(drags, (d) => d.drawsPerFrameDragging)).toFixed(1)} draw calls/frame, ${median(values(drags, (d) => d.drag.fps)).toFixed(1)} frames/s, ` +
          `page's own work p95 ${median(values(drags, (d) => d.dragOwnP95)).toFixed(0)} ms, ${median(values(drags, (d) => d.moves)).toFixed(0)} pointer moves in ${options.traceMs / 1000} s`,
        `idle: ${idleNote(drags.map((d) => d?.idle))}`,
      ],
    }),
  );

  // Leak
  const lg = leaks.game;
  const lb = leaks.bare;
  const last = checkpoints[checkpoints.length - 1] ?? 1;
  const leakGroup = `Over ${last} rounds, at the title after a forced GC`;
  const flat = (pick: (m: MemorySnapshot) => number | null, unit: Row['unit']): string => {
    const t = trajectory(lg, pick);
    const b = trajectory(lb, pick);
    const show = (v: number): string =>
      unit === 'MB' ? `${(v / 1e6).toFixed(1)} MB` : Number.isFinite(v) ? v.toFixed(0) : '–';
    return (
      `game ${Object.entries(t)
        .map(([k, s]) => `${k}: ${show(s.median)}`)
        .join(', ')}; ` +
      `bare page at load ${show(b['round 0']?.median ?? NaN)}, after ${last} button presses ${show(b[`round ${last}`]?.median ?? NaN)}`
    );
  };
  const perRound = (pick: (m: MemorySnapshot) => number | null, unit: Row['unit']): string => {
    const show = (growth: number): string =>
      unit === 'MB' ? `${(growth / 1e3).toFixed(0)} kB` : growth.toFixed(1);
    const from = (round: number): number =>
      median(values(lg, (l) => (at(l, last, pick) - at(l, round, pick)) / Math.max(1, last - round)));
    // A one-off growth early on (code the engine optimises as it gets hot, buffers that fill up to
    // a cap) and a per-round leak look alike from round 1; from a later checkpoint they do not.
    const later = checkpoints.filter((c) => c > 1 && c < last)[0];
    return (
      `growth per round after round 1: ${show(from(1))}` +
      (later !== undefined ? `; after round ${later}: ${show(from(later))}` : '')
    );
  };
  const leakRow = (
    id: string,
    label: string,
    unit: Row['unit'],
    pick: (m: MemorySnapshot) => number | null,
    target: Target,
  ): Row =>
    row({
      id,
      group: leakGroup,
      label,
      unit,
      game: values(lg, (l) => at(l, last, pick)),
      baselineLabel: 'round 1',
      base: values(lg, (l) => at(l, 1, pick)),
      target,
      notes: [flat(pick, unit), perRound(pick, unit)],
    });
  const withNotes = (r: Row, notes: string[]): Row => ({ ...r, notes: [...r.notes, ...notes] });
  const codeShare = (): string => {
    const heapGrowth = median(values(lg, (l) => at(l, last, (m) => m.heap) - at(l, 1, (m) => m.heap)));
    const codeGrowth = median(
      values(lg, (l) => at(l, last, (m) => m.codeBytes) - at(l, 1, (m) => m.codeBytes)),
    );
    if (!Number.isFinite(codeGrowth)) return 'no heap snapshot: code growth unknown';
    return `of the ${(heapGrowth / 1e6).toFixed(2)} MB grown since round 1, ${(codeGrowth / 1e6).toFixed(2)} MB is V8’s compiled code and bytecode (functions optimised as they get hot), ${((heapGrowth - codeGrowth) / 1e6).toFixed(2)} MB is everything else: see the next row`;
  };
  const slack =
    'a non-leaking game is back in the same state at the same screen; the slack allows one small widget built lazily after round 1 (a text line with its button: ~4 textures, ~20 DOM nodes, ~4 listeners); a per-round leak shows as ~49× its per-round size';
  rows.push(
    withNotes(
      leakRow('leak-heap', 'JS heap used', 'MB', (m) => m.heap, { kind: 'ratio', max: 1.05 }),
      [codeShare()],
    ),
    withNotes(
      leakRow(
        'leak-heap-data',
        'JS heap used, V8’s compiled code left out',
        'MB',
        (m) => (m.codeBytes === null ? null : m.heap - m.codeBytes),
        { kind: 'ratio', max: 1.05 },
      ),
      [
        'what the game keeps: the heap less the code and bytecode V8 compiles as functions get hot (heap snapshot nodes of type “code”, taken after the forced GC)',
      ],
    ),
    leakRow('leak-textures', 'WebGL textures alive', 'count', (m) => m.textures, {
      kind: 'delta',
      max: 4,
      why: slack,
    }),
    withNotes(
      leakRow('leak-nodes', 'DOM nodes', 'count', (m) => m.nodes, { kind: 'delta', max: 20, why: slack }),
      [
        `the live document (elements, text, comments): ${flat((m) => m.documentNodes, 'count')}; the rest of the count is nodes Blink holds outside it (most likely lit-html’s cached templates and the canvases of Phaser’s text pool; not counted node by node)`,
      ],
    ),
    leakRow('leak-listeners', 'JS event listeners', 'count', (m) => m.listeners, {
      kind: 'delta',
      max: 4,
      why: slack,
    }),
    leakRow(
      'leak-rss',
      'renderer + GPU process resident memory',
      'MB',
      (m) => (m.rendererRss ?? NaN) + (m.gpuRss ?? NaN),
      { kind: 'none' },
    ),
    row({
      id: 'leak-round-time',
      group: leakGroup,
      label: `wall-clock time of round ${last} (driven by the bench)`,
      unit: 'ms',
      game: values(lg, (l) => (l.roundSeconds[last - 1] ?? NaN) * 1000),
      baselineLabel: 'round 1',
      base: values(lg, (l) => (l.roundSeconds[0] ?? NaN) * 1000),
      target: { kind: 'none' },
      notes: ['no target: rounds that slow down are a symptom of what piles up'],
    }),
  );

  const meta = {
    generatedAt: new Date().toISOString(),
    quick,
    durationSeconds: Math.round(seconds),
    game: {
      root: gameRoot,
      commit: commitOf(args['game-root'] || !args['game-dist'] ? gameRoot : gameDist),
      dist: {
        production: args['game-dist'] ? gameDist : 'built by the bench',
        test: args['game-test-dist'] ? gameTestDist : 'built by the bench (--mode test)',
      },
      builds: {
        production: 'first screen: bytes, time to interactive title (throttled and not), Play → board',
        test: 'idle screen, dragging, memory over rounds',
      },
    },
    machine: {
      cpus: cpus().length,
      node: process.version,
      chromium,
      // Other work on the machine shows up as noise: the 1-minute load average before and after.
      loadAverage: [Number(loadBefore[0]?.toFixed(2)), Number(loadavg()[0]?.toFixed(2))],
    },
    settings: {
      runs,
      leakRuns,
      rounds,
      checkpoints,
      cpuThrottle: options.cpuRate,
      traceMs: options.traceMs,
      settleMs: options.settleMs,
      network: SLOW,
      gzip: 'level 6 for html, js, css, json, svg',
    },
  };
  const summary = {
    ...meta,
    rows,
    failures,
    pageErrors,
    details: {
      firstScreenFiles: { game: gameFiles, bare: bareFiles },
      leakTrajectory: {
        game: {
          heap: trajectory(lg, (m) => m.heap),
          textures: trajectory(lg, (m) => m.textures),
          nodes: trajectory(lg, (m) => m.nodes),
          listeners: trajectory(lg, (m) => m.listeners),
          rendererRss: trajectory(lg, (m) => m.rendererRss),
          gpuRss: trajectory(lg, (m) => m.gpuRss),
        },
        bare: {
          heap: trajectory(lb, (m) => m.heap),
          textures: trajectory(lb, (m) => m.textures),
          nodes: trajectory(lb, (m) => m.nodes),
          listeners: trajectory(lb, (m) => m.listeners),
        },
        roundSeconds: lg.map((l) => l?.roundSeconds ?? null),
      },
    },
  };

  console.log(
    `\nNewsline vs a bare Phaser page — ${meta.game.commit}, ${chromium}, ${meta.machine.cpus} CPUs, ` +
      `${runs} runs each (memory: ${leakRuns} × ${rounds} rounds), ${Math.round(seconds)} s, ` +
      `load average ${meta.machine.loadAverage.join(' → ')}`,
  );
  console.log('median (min–max) per side; ratio = median of paired game/baseline runs (min–max)');
  console.log(textTable(rows));
  if (failures.length) console.log(`\nRuns that failed (left out):\n  ${failures.join('\n  ')}`);
  if (pageErrors.length)
    console.log(`\nConsole errors seen:\n  ${[...new Set(pageErrors)].slice(0, 20).join('\n  ')}`);

  const markdown = [
    `<!-- written by \`npm run bench\`; do not edit by hand -->`,
    `Measured ${meta.generatedAt.slice(0, 10)} on ${meta.game.commit} in ${chromium} (headless, SwiftShader WebGL), ` +
      `${meta.machine.cpus} CPUs (load average ${meta.machine.loadAverage.join(' → ')}); ${runs} interleaved runs each, memory over ${rounds} rounds × ${leakRuns}; ` +
      `median (min–max); ratio = median of paired runs.`,
    '',
    markdownTable(rows),
    '',
    '**How it is measured**',
    '',
    '- *Compressed bytes*: CDP `encodedDataLength` (body as sent, gzip level 6, plus headers) of every request that finished before the title screen was interactive, by the page’s resource timing. Cache disabled.',
    '- *Builds*: the game is built twice. First screen (bytes, time to the title, throttled or not, and Play → board) on the **production** build, what players get; idle, dragging and memory on the **test** build (`vite build --mode test`), which adds the canvas read-out `window.__newsline` and the render switch `window.__newslineRender` the driver needs. The bare page has one build.',
    '- *Time to interactive*: page clock from navigation start until the screen reports itself interactive: the title when `<html data-screen="title">` is set (the title is HTML; Phaser loads later); a canvas screen (board) when `data-screen` and `data-stage` both name it (the engine has loaded, shows it and takes input); the bare page sets `data-screen="title"` in its scene’s `create`. Throttled: `Network.emulateNetworkConditions` 1.6 Mbps down, 750 kbps up, 150 ms RTT.',
    `- *Frame work*: from a Chromium trace, the renderer main thread’s busy time (union of top-level tasks) between the starts of consecutive \`AnimationFrame\` spans, p95 over a ${options.traceMs / 1000} s window, CPU throttled ×${options.cpuRate} (\`Emulation.setCPUThrottlingRate\`). With \`--disable-gpu\` the compositor reads each WebGL frame back, so SwiftShader’s drawing shows up as main-thread time, as on a machine with weak graphics. No frames while idle = 0.`,
    '- *Draw calls*: `drawArrays`/`drawElements` (and instanced/range variants) counted by an init script; frames counted through `requestAnimationFrame`.',
    '- *Idle*: the game on the board of a default round (place mode, 1366 × 768) once its canvas has come to rest (read-out `sleeping`, no card landing), rendering left to the game (`auto`: it may sleep); the bare page on its title, drawing every frame as Phaser does by default.',
    "- *Dragging*: a sort round of the full set (10 cards, all on a 1024 × 1366 page, chosen through the round options); the top card held and moved with real `page.mouse` moves across all cards and back, in steps of about a quarter card, for the same window; compared with the same board idle with rendering forced on (`__newslineRender('always')`).",
    `- *Memory*: at the title screen after \`HeapProfiler.collectGarbage\` (twice); heap = \`JSHeapUsedSize\`, DOM nodes and listeners from \`Performance.getMetrics\`; textures = created − deleted WebGL textures. A round is played through the menu with real input: Play, every card of a place-mode round put in a gap by its keyboard twin (each after the last has landed), on to the quiz (round 1 and every 5th round: 5 questions, each answered, then Next; the other rounds have none, chosen in the round options), the results until their canvas finale has finished, Menu.`,
    '',
  ].join('\n');

  const dir = path.join(BENCH, 'results');
  mkdirSync(dir, { recursive: true });
  const base = quick ? 'quick' : 'latest';
  // Formatted as the repository's Prettier settings want, so `npm run lint` stays clean.
  for (const [file, text] of [
    [path.join(dir, `${base}.json`), JSON.stringify(summary)],
    [path.join(dir, `${base}.md`), markdown],
  ] as const) {
    const config = await resolveConfig(file);
    writeFileSync(file, await format(text, { ...config, filepath: file }));
  }
  console.log(`\nwrote ${path.relative(process.cwd(), path.join(dir, `${base}.json`))} and ${base}.md`);
  // The "Measured …" line and the table; what stands in the way stays in results/latest.md.
  if (!quick)
    await updateReadme(
      markdown.slice(markdown.indexOf('Measured'), markdown.indexOf('**What stands in the way')).trim() +
        '\n\nWhat stands in the way of a target, with its measurements: [bench/results/latest.md](bench/results/latest.md) and [bench/README.md](bench/README.md).',
    );
}

/** The README's figures are the latest run's: its table between the bench markers is replaced. */
async function updateReadme(table: string): Promise<void> {
  const file = path.join(BENCH, '..', 'README.md');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return;
  }
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return;
  const next = `${text.slice(0, from + start.length)}\n\n${table}\n\n${text.slice(to)}`;
  const config = await resolveConfig(file);
  writeFileSync(file, await format(next, { ...config, filepath: file }));
  console.log('updated the figures in README.md');
}
