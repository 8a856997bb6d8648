import { defineConfig } from 'vitest/config';

// Relative base so the built game runs from any folder (a school's web space, a USB stick behind a static server).
export default defineConfig({
  base: './',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // Sounds stay separate files (never inlined as data: URLs) so they load lazily after the first gesture.
    assetsInlineLimit: (file) => (file.endsWith('.wav') ? false : undefined),
    rolldownOptions: {
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
  },
});
