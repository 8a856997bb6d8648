import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const page = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

/**
 * Newsline sends nothing anywhere; in the build a Content Security Policy makes the browser
 * enforce it on every page: no outside scripts, styles, fonts or images, no inline script, no
 * eval. The game may fetch its own packs, map and sounds (same origin; data: and blob: for the
 * icons Phaser decodes); the teacher pages fetch only their packs. Not in dev, where Vite needs
 * inline styles and its own WebSocket.
 */
const GAME_CSP = [
  "default-src 'self'",
  "connect-src 'self' data: blob:",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const TEACHER_CSP = [
  "default-src 'self'",
  "connect-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'newsline-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const teacher = /(?:^|[\\/])(?:teacher|gradebook)\.html$/.test(context.filename);
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${teacher ? TEACHER_CSP : GAME_CSP}" />`,
        );
      },
    },
  };
}

// Relative base so the built game runs from any folder (a school's web space, a USB stick behind a static server).
export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // Sounds stay separate files (never inlined as data: URLs) so they load lazily after the first gesture.
    // (and SVG icons stay files too: Phaser's loader cannot read Vite's URL-encoded SVG data URLs).
    assetsInlineLimit: (file) => (file.endsWith('.wav') || file.endsWith('.svg') ? false : undefined),
    rolldownOptions: {
      // The game first; the teacher's round builder and gradebook are plain HTML pages beside it.
      input: {
        main: page('./index.html'),
        teacher: page('./teacher.html'),
        gradebook: page('./gradebook.html'),
      },
      output: {
        codeSplitting: {
          // Phaser changes far less often than the game: its own chunk stays cached across releases.
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Property tests run hundreds of cases; a busy 2-core CI machine needs more than the default 5 s.
    testTimeout: 30_000,
  },
});
