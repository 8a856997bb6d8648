import type { Browser, Page } from 'playwright-core';

/**
 * Frame work from a Chromium trace.
 *
 * "Frame work" here is the renderer main thread's busy time per frame: the union of the
 * top-level tasks (`toplevel` X slices: script, rAF callbacks, style, paint, GC, input, commit)
 * that fall between the start of one `AnimationFrame` (Chromium's own per-frame span, the one
 * the Long Animation Frames API reports, emitted in `devtools.timeline` for every frame) and the
 * start of the next. A page that keeps the main thread busy for 200 ms per frame shows 200 ms;
 * one that produces no frames while idle has no frames, and its frame work is 0.
 * CPU throttling stretches the main thread's wall-clock time, so the figures are "as on a ×N
 * slower machine".
 *
 * With `--disable-gpu` the compositor is software: each WebGL frame is read back from the GPU
 * process (SwiftShader) while the main thread waits, so drawing cost shows up in frame work too.
 * `ownWork` is the same per-frame busy time minus those waits (`gpu` slices whose names hold Wait or Finish
 * on the main thread): the page's own JavaScript, style, paint and command encoding.
 */
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'gpu'];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
  args?: { name?: string; data?: { frames?: { processId?: number; url?: string }[] } };
}

export interface FrameStats {
  /** Per-frame main-thread busy time, ms, one entry per whole frame in the window. */
  frameWork: number[];
  /** Per-frame busy time minus waiting for the GPU process (the frame's readback), ms. */
  ownWork: number[];
  /** Chromium's AnimationFrame span durations, ms. */
  animationFrames: number[];
  /** Main-thread busy ms per second over the whole window. */
  busyPerSecond: number;
  /** Frames per second over the window. */
  fps: number;
  windowMs: number;
}

export async function traceWhile(
  browser: Browser,
  page: Page,
  during: () => Promise<void>,
): Promise<FrameStats> {
  await browser.startTracing(page, { categories: CATEGORIES });
  let buffer: Buffer;
  try {
    await during();
  } finally {
    buffer = await browser.stopTracing();
  }
  return analyse(buffer, page.url());
}

export function analyse(buffer: Buffer, pageUrl: string): FrameStats {
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const main = mainThread(events, pageUrl);
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);

  const busy = union(
    onMain
      .filter((e) => e.ph === 'X' && e.cat.split(',').includes('toplevel') && (e.dur ?? 0) > 0)
      .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as [number, number]),
  );
  const gpuWaits = union(
    onMain
      .filter((e) => e.ph === 'X' && e.cat.split(',').includes('gpu') && /Wait|Finish/.test(e.name))
      .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as [number, number]),
  );
  const opened = new Map<string, number>();
  const spans: [number, number][] = [];
  for (const e of onMain) {
    if (e.name !== 'AnimationFrame') continue;
    const key = e.id ?? e.id2?.local ?? '';
    if (e.ph === 'b') opened.set(key, e.ts);
    else if (e.ph === 'e') {
      const start = opened.get(key);
      if (start !== undefined) spans.push([start, e.ts]);
      opened.delete(key);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  let windowStart = Infinity;
  let windowEnd = -Infinity;
  for (const e of onMain) {
    if (e.ph === 'M' || e.ts <= 0) continue;
    windowStart = Math.min(windowStart, e.ts);
    windowEnd = Math.max(windowEnd, e.ts + (e.dur ?? 0));
  }
  const windowMs = windowEnd > windowStart ? (windowEnd - windowStart) / 1000 : 0;

  const frameWork: number[] = [];
  const ownWork: number[] = [];
  // A frame's work: busy time from its start to the next frame's start (the last frame is cut
  // off by the end of the trace, so it is left out).
  for (let i = 0; i + 1 < spans.length; i++) {
    const from = spans[i]![0];
    const to = spans[i + 1]![0];
    const work = overlap(busy, from, to) / 1000;
    frameWork.push(work);
    ownWork.push(Math.max(0, work - overlap(gpuWaits, from, to) / 1000));
  }
  const busyTotal = overlap(busy, windowStart, windowEnd) / 1000;
  return {
    frameWork,
    ownWork,
    animationFrames: spans.map(([a, b]) => (b - a) / 1000),
    busyPerSecond: windowMs > 0 ? (busyTotal / windowMs) * 1000 : 0,
    fps: windowMs > 0 ? (spans.length / windowMs) * 1000 : 0,
    windowMs,
  };
}

/** The page's renderer main thread: by the frame URL in TracingStartedInBrowser, else the busiest. */
function mainThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number } {
  const names = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frame =
    started?.args?.data?.frames?.find((f) => f.url === pageUrl) ?? started?.args?.data?.frames?.[0];
  const byPid = names.find((e) => e.pid === frame?.processId);
  if (byPid) return { pid: byPid.pid, tid: byPid.tid };
  let best = names[0];
  let most = -1;
  for (const candidate of names) {
    const count = events.filter(
      (e) => e.pid === candidate.pid && e.tid === candidate.tid && e.name === 'AnimationFrame',
    ).length;
    if (count > most) [best, most] = [candidate, count];
  }
  if (!best) throw new Error('no renderer main thread in the trace');
  return { pid: best.pid, tid: best.tid };
}

function union(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

function overlap(intervals: [number, number][], from: number, to: number): number {
  let total = 0;
  for (const [start, end] of intervals) {
    if (end <= from) continue;
    if (start >= to) break;
    total += Math.min(end, to) - Math.max(start, from);
  }
  return total;
}
