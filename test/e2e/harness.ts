import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

/**
 * Browser-test plumbing: serve the test build (dist-test/, built with `vite build --mode test`,
 * which alone carries the canvas read-out) on loopback, drive Debian's Chromium (never a
 * downloaded browser), and collect console errors, CSP violations and screenshots.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');
export const DIST = process.env.E2E_DIST ?? 'dist-test';

/** The sizes people use: phones, a tablet, a school laptop, a wide screen. */
export const VIEWPORTS = {
  phone: { width: 360, height: 640 },
  'phone-small': { width: 375, height: 667 },
  'phone-tall': { width: 390, height: 844 },
  'phone-large': { width: 412, height: 915 },
  tablet: { width: 768, height: 1024 },
  laptop: { width: 1366, height: 768 },
  wide: { width: 1920, height: 1080 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;
export const PHONES: ViewportName[] = ['phone', 'phone-small', 'phone-tall', 'phone-large'];

/** Device pixels per CSS pixel: phones and the tablet have dense screens (the canvas draws at 2x). */
export function deviceScale(name: ViewportName): number {
  return name.startsWith('phone') || name === 'tablet' ? 2 : 1;
}

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
];

export interface Harness {
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves `dist` (default: the test build) and starts Chromium. */
export async function startHarness(dist = DIST): Promise<Harness> {
  const server: PreviewServer = await preview({
    build: { outDir: dist },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    baseUrl: `http://127.0.0.1:${address.port}/`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface GamePage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  errors: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  viewport?: ViewportName;
  /** A phone: touch events, mobile viewport. Defaults to true for the phone sizes. */
  touch?: boolean;
  query?: string;
  path?: string;
  reducedMotion?: boolean;
  /** localStorage to plant before the page loads. */
  storage?: Record<string, string>;
  context?: BrowserContext;
}

export async function openGame(harness: Harness, options: OpenOptions = {}): Promise<GamePage> {
  const name = options.viewport ?? 'laptop';
  const touch = options.touch ?? name.startsWith('phone');
  const context =
    options.context ??
    (await harness.browser.newContext({
      viewport: VIEWPORTS[name],
      deviceScaleFactor: deviceScale(name),
      hasTouch: touch,
      isMobile: touch,
      reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  // A reload mid-round asks first (beforeunload); a test that reloads means it.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  if (options.storage) {
    const planted = options.storage;
    await page.addInitScript((items: Record<string, string>) => {
      if (sessionStorage.getItem('__planted')) return;
      sessionStorage.setItem('__planted', '1');
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
    }, planted);
  }
  await page.goto(`${harness.baseUrl}${options.path ?? ''}${options.query ?? ''}`);
  return { page, context, errors, close: () => context.close() };
}

/** Waits until the page says a screen is showing (document.documentElement.dataset.screen). */
export async function waitForScreen(page: Page, screen: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction((name) => document.documentElement.dataset.screen === name, screen, { timeout });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Two animation frames: what the read-out says is on the canvas by then. */
export async function settle(page: Page, ms = 0): Promise<void> {
  if (ms > 0) await page.waitForTimeout(ms);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}
