/**
 * Prints the built-in content pack as pretty JSON, the starting point for editing a pack by hand:
 *   npm run content:export --silent > pack.json
 */
import { articlePack } from '../src/content/article-pack';

process.stdout.write(`${JSON.stringify(articlePack, null, 2)}\n`);
