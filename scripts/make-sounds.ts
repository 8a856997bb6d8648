/**
 * Writes the game's sound effects to assets/audio/ (committed; rerun after changing scripts/sound-synth.ts):
 *   npm run sounds
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SOUND_NAMES } from '../src/audio/sound-player';
import { encodeWav, synthesize } from './sound-synth';

const MAX_BYTES = 40 * 1024;
const outDir = fileURLToPath(new URL('../assets/audio/', import.meta.url));

mkdirSync(outDir, { recursive: true });
for (const name of SOUND_NAMES) {
  const bytes = encodeWav(synthesize(name));
  if (bytes.length > MAX_BYTES) {
    throw new Error(`${name}.wav is ${bytes.length} bytes, over the ${MAX_BYTES}-byte budget`);
  }
  writeFileSync(`${outDir}${name}.wav`, bytes);
  console.log(`assets/audio/${name}.wav  ${bytes.length} bytes`);
}
