/**
 * Writes the game's sound effects to assets/audio/ (committed; rerun after changing scripts/sound-synth.ts):
 *   npm run sounds
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SOUND_NAMES } from '../src/audio/sound-player';
import { MAX_SOUND_BYTES, MAX_TOTAL_SOUND_BYTES, encodeWav, synthesize } from './sound-synth';

const outDir = fileURLToPath(new URL('../assets/audio/', import.meta.url));

// Check every budget before writing anything, so a failed run leaves the committed set whole.
const files = SOUND_NAMES.map((name) => ({ name, bytes: encodeWav(synthesize(name)) }));
for (const { name, bytes } of files) {
  if (bytes.length > MAX_SOUND_BYTES) {
    throw new Error(`${name}.wav is ${bytes.length} bytes, over the ${MAX_SOUND_BYTES}-byte budget`);
  }
}
const total = files.reduce((sum, { bytes }) => sum + bytes.length, 0);
if (total > MAX_TOTAL_SOUND_BYTES) {
  throw new Error(`the sounds add up to ${total} bytes, over the ${MAX_TOTAL_SOUND_BYTES}-byte budget`);
}

mkdirSync(outDir, { recursive: true });
for (const { name, bytes } of files) {
  writeFileSync(`${outDir}${name}.wav`, bytes);
  console.log(`assets/audio/${name}.wav  ${bytes.length} bytes`);
}
console.log(`total  ${total} bytes`);
