import { readFileSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
  type ViewportSize,
} from 'playwright-core';

/**
 * Chromium plumbing for the benchmark: Debian's Chromium with the flags that give headless WebGL
 * (SwiftShader), an instrumentation script every page gets before its own scripts, and the CDP
 * read-outs the measures use. Nothing here knows the game: that is game-driver.ts.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // A benchmark wants the same timers whether or not the page would count as "visible".
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // Exposes precise memory figures and lets the page be told to collect garbage from CDP only.
  '--enable-precise-memory-info',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Runs in every page before its own scripts (plain JavaScript: the page gets it as text).
 * - WebGL textures alive: wraps createTexture/deleteTexture on both WebGL prototypes.
 * - Draw calls: wraps drawArrays/drawElements (and the instanced and range variants, also the
 *   ANGLE_instanced_arrays extension's), counted into one running total.
 * - Animation frames: wraps requestAnimationFrame to count distinct frames (by timestamp).
 * - Screens: `window.__bench.setScreen(name)` records when a screen became interactive
 *   (performance.now()); `<html data-screen="…">` changes are recorded the same way.
 * - Input: after `armInput()`, the first pointer/key event's time is kept, so "from pressing
 *   Play" starts at the press the page saw, not at a CDP round trip.
 */
export const INSTRUMENT = String.raw`(() => {
  if (window.__bench) return;
  const b = {
    texturesAlive: 0, texturesCreated: 0, draws: 0, frames: 0,
    screen: null, screens: [], inputArmed: false, inputAt: null,
  };
  Object.defineProperty(window, '__bench', { value: b, enumerable: false });
  b.setScreen = (name) => {
    if (!name || name === b.screen) return;
    b.screen = name;
    b.screens.push({ name, at: performance.now() });
  };
  b.armInput = () => { b.inputArmed = true; b.inputAt = null; };
  const live = new WeakSet();
  const countDraws = (target, names) => {
    for (const name of names) {
      const original = target[name];
      if (typeof original !== 'function') continue;
      target[name] = function () { b.draws += 1; return original.apply(this, arguments); };
    }
  };
  const wrapGl = (proto) => {
    if (!proto) return;
    const create = proto.createTexture;
    const remove = proto.deleteTexture;
    proto.createTexture = function () {
      const texture = create.call(this);
      if (texture) { live.add(texture); b.texturesAlive += 1; b.texturesCreated += 1; }
      return texture;
    };
    proto.deleteTexture = function (texture) {
      if (texture && live.has(texture)) { live.delete(texture); b.texturesAlive -= 1; }
      return remove.call(this, texture);
    };
    countDraws(proto, ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements']);
    const getExtension = proto.getExtension;
    proto.getExtension = function (name) {
      const extension = getExtension.call(this, name);
      if (extension && name === 'ANGLE_instanced_arrays' && !extension.__benchWrapped) {
        countDraws(extension, ['drawArraysInstancedANGLE', 'drawElementsInstancedANGLE']);
        extension.__benchWrapped = true;
      }
      return extension;
    };
  };
  wrapGl(window.WebGLRenderingContext && WebGLRenderingContext.prototype);
  wrapGl(window.WebGL2RenderingContext && WebGL2RenderingContext.prototype);
  const raf = window.requestAnimationFrame.bind(window);
  let lastFrame = -1;
  window.requestAnimationFrame = (callback) => raf((time) => {
    if (time !== lastFrame) { lastFrame = time; b.frames += 1; }
    callback(time);
  });
  new MutationObserver(() => b.setScreen(document.documentElement && document.documentElement.dataset.screen))
    .observe(document, { subtree: true, attributes: true, attributeFilter: ['data-screen'] });
  const onInput = () => {
    if (!b.inputArmed) return;
    b.inputArmed = false;
    b.inputAt = performance.now();
  };
  for (const type of ['pointerdown', 'mousedown', 'touchstart', 'keydown']) {
    window.addEventListener(type, onInput, { capture: true, passive: true });
  }
})();`;

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Console errors and uncaught exceptions: a run that had any is reported. */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh context (empty cache and storage) with one instrumented page and a CDP session. */
export async function openBenchPage(
  browser: Browser,
  viewport: ViewportSize,
  extraInitScripts: readonly string[] = [],
): Promise<BenchPage> {
  const context = await browser.newContext({ viewport });
  // tsx compiles named inner functions with esbuild's __name helper; page.evaluate callbacks
  // would otherwise fail on it in the page.
  await context.addInitScript('globalThis.__name ??= (f) => f;');
  await context.addInitScript(INSTRUMENT);
  for (const script of extraInitScripts) await context.addInitScript(script);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const close = async (): Promise<void> => {
    await context.close();
    // Let the closed page's renderer wind down before the next run starts timing anything.
    await new Promise((resolve) => setTimeout(resolve, 500));
  };
  return { context, page, cdp, errors, close };
}

export interface NetworkProfile {
  name: string;
  /** Round-trip latency added to every request, ms. */
  latencyMs: number;
  /** Bits per second; 0 = not throttled. */
  downBps: number;
  upBps: number;
}

export const UNTHROTTLED: NetworkProfile = { name: 'unthrottled', latencyMs: 0, downBps: 0, upBps: 0 };
export const SLOW: NetworkProfile = {
  name: '1.6 Mbps / 150 ms',
  latencyMs: 150,
  downBps: 1.6e6,
  upBps: 750e3,
};

export async function emulateNetwork(cdp: CDPSession, profile: NetworkProfile): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: profile.downBps > 0 ? profile.downBps / 8 : -1,
    uploadThroughput: profile.upBps > 0 ? profile.upBps / 8 : -1,
  });
}

export async function throttleCpu(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Bytes on the wire (CDP `encodedDataLength`: compressed body plus headers) per URL. */
export class WireBytes {
  private readonly byRequest = new Map<string, { url: string; bytes: number }>();

  constructor(cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (event) => {
      this.byRequest.set(event.requestId, { url: event.request.url, bytes: 0 });
    });
    cdp.on('Network.loadingFinished', (event) => {
      const entry = this.byRequest.get(event.requestId);
      if (entry) entry.bytes = event.encodedDataLength;
    });
  }

  /** Per URL, summed over requests, of requests that finished loading. */
  perUrl(): Map<string, number> {
    const out = new Map<string, number>();
    for (const { url, bytes } of this.byRequest.values()) out.set(url, (out.get(url) ?? 0) + bytes);
    return out;
  }
}

export interface ScreenMark {
  name: string;
  /** performance.now() in the page when the screen became interactive. */
  at: number;
}

export async function screensSeen(page: Page): Promise<ScreenMark[]> {
  return page.evaluate(() => (window as unknown as { __bench: { screens: ScreenMark[] } }).__bench.screens);
}

/** Waits until the page's current screen is `name` (as recorded by the instrumentation). */
export async function waitForScreen(page: Page, name: string, timeout = 30_000): Promise<ScreenMark> {
  await page.waitForFunction(
    (wanted) => (window as unknown as { __bench: { screen: string | null } }).__bench.screen === wanted,
    name,
    { timeout, polling: 'raf' },
  );
  const marks = await screensSeen(page);
  const mark = marks.filter((m) => m.name === name).pop();
  if (!mark) throw new Error(`screen ${name} not recorded`);
  return mark;
}

/**
 * Which finished requests ended before `until` (page time, ms), by the page's own resource
 * timing, summed with the CDP wire bytes of those URLs. Returns the total and the list.
 */
export interface FileBytes {
  url: string;
  /** On the wire: compressed body plus headers. */
  bytes: number;
  /** After decompression (resource timing `decodedBodySize`). */
  raw: number;
}

export async function bytesUntil(
  page: Page,
  wire: WireBytes,
  until: number,
): Promise<{ total: number; files: FileBytes[] }> {
  const entries = await page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map(
      (entry) => ({
        url: entry.name,
        end: (entry as PerformanceResourceTiming).responseEnd,
        raw: (entry as PerformanceResourceTiming).decodedBodySize,
      }),
    ),
  );
  const before = new Map(entries.filter((e) => e.end > 0 && e.end <= until).map((e) => [e.url, e.raw]));
  const files: FileBytes[] = [];
  for (const [url, bytes] of wire.perUrl()) {
    const raw = before.get(url);
    if (raw !== undefined) files.push({ url, bytes, raw });
  }
  files.sort((a, b) => b.bytes - a.bytes);
  return { total: files.reduce((sum, f) => sum + f.bytes, 0), files };
}

export interface MemorySnapshot {
  /** JS heap used after a forced full GC, bytes (Performance.getMetrics JSHeapUsedSize). */
  heap: number;
  /**
   * Of the heap, V8's compiled code and bytecode (heap snapshot nodes of type "code"): it grows as
   * functions get hot and are optimised, which is not the game keeping objects. Null if not taken.
   */
  codeBytes: number | null;
  textures: number;
  /** All DOM nodes alive in the renderer (Performance.getMetrics), detached and cached ones included. */
  nodes: number;
  /** Nodes in the live document (elements, text, comments), what the page actually shows. */
  documentNodes: number;
  listeners: number;
  /** Resident memory of the page's renderer and of the GPU process (SwiftShader keeps textures there), bytes. */
  rendererRss: number | null;
  gpuRss: number | null;
}

export interface BenchCounters {
  texturesAlive: number;
  texturesCreated: number;
  draws: number;
  frames: number;
}

export async function counters(page: Page): Promise<BenchCounters> {
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: BenchCounters }).__bench;
    return {
      texturesAlive: b.texturesAlive,
      texturesCreated: b.texturesCreated,
      draws: b.draws,
      frames: b.frames,
    };
  });
}

async function metric(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return new Map(metrics.map((m) => [m.name, m.value]));
}

/** Forces full garbage collection (twice: the first pass can leave finalizer-held objects). */
export async function collectGarbage(cdp: CDPSession): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

/** Bytes of V8 code in a heap snapshot (the snapshot itself forces a full GC first). */
async function codeBytes(cdp: CDPSession): Promise<number | null> {
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }): void => void chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } catch {
    return null;
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = snapshot.snapshot.meta.node_types[0].indexOf('code');
  let total = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length)
    if (snapshot.nodes[i + typeAt] === code) total += snapshot.nodes[i + sizeAt]!;
  return total;
}

export async function memorySnapshot(
  bench: BenchPage,
  browser: Browser,
  options: { code?: boolean } = {},
): Promise<MemorySnapshot> {
  await collectGarbage(bench.cdp);
  const m = await metric(bench.cdp);
  const c = await counters(bench.page);
  const rss = await processRss(browser);
  const documentNodes = await bench.page.evaluate(() => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let count = 0;
    while (walker.nextNode()) count++;
    return count;
  });
  return {
    heap: m.get('JSHeapUsedSize') ?? NaN,
    codeBytes: options.code ? await codeBytes(bench.cdp) : null,
    textures: c.texturesAlive,
    nodes: m.get('Nodes') ?? NaN,
    documentNodes,
    listeners: m.get('JSEventListeners') ?? NaN,
    rendererRss: rss.renderer,
    gpuRss: rss.gpu,
  };
}

/**
 * RSS of the renderer and GPU processes, from /proc (Linux). The benchmark keeps one page open at a
 * time, so there is one renderer. Null where it cannot be read.
 */
async function processRss(browser: Browser): Promise<{ renderer: number | null; gpu: number | null }> {
  try {
    const session = await browser.newBrowserCDPSession();
    const info = (await session.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    await session.detach();
    const rss = (type: string): number | null => {
      const pids = info.processInfo.filter((p) => p.type === type).map((p) => p.id);
      if (pids.length === 0) return null;
      let total = 0;
      for (const pid of pids) {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
        if (kb === undefined) return null;
        total += Number(kb) * 1024;
      }
      return total;
    };
    return { renderer: rss('renderer'), gpu: rss('GPU') };
  } catch {
    return { renderer: null, gpu: null };
  }
}

/** Resolves after `count` animation frames in the page. */
export async function frames(page: Page, count = 2): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const step = (): void => {
          left -= 1;
          if (left <= 0) resolve();
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    count,
  );
}
