import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The bare Phaser page, built the way vite.config.ts builds the game: same Vite, same target,
 * same relative base, Phaser in its own chunk. `npm run bench` passes the output folder.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./bare', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
});
