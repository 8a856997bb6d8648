/**
 * Writes the JSON Schema that editors use to check and complete a pack as it is typed:
 *   npm run content:schema
 * It is generated from the zod schema (src/content/schema.ts) so the two cannot drift apart; a test
 * fails when the committed file differs from what this script would write now. The schema covers
 * shapes, types, lengths and patterns; cross-checks (ids that must exist, cycles, digests for cited
 * paragraphs, real calendar dates, quote length in words) need `npm run content:validate`.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import { packSchema } from '../src/content/schema';

export const PACK_SCHEMA_FILE = fileURLToPath(new URL('../public/packs/pack.schema.json', import.meta.url));

/** Names the format rather than a place: editors find the file through a pack's "$schema" path. */
const SCHEMA_ID = 'urn:newsline:content-pack:v2';

type JsonSchemaNode = Record<string, unknown>;

/** The schema as pretty JSON, formatted as the repository's Prettier settings would leave it. */
export async function renderPackJsonSchema(): Promise<string> {
  const generated = z.toJSONSchema(packSchema, {
    target: 'draft-2020-12',
    override: ({ jsonSchema }) => requireVisibleText(jsonSchema as JsonSchemaNode),
  }) as JsonSchemaNode;
  const { $schema, ...rest } = generated;
  const document = {
    $schema,
    $id: SCHEMA_ID,
    title: 'Newsline content pack',
    description:
      'One news article turned into timeline cards and quiz questions. Generated from src/content/schema.ts by `npm run content:schema`; `npm run content:validate` runs the checks a JSON Schema cannot express.',
    ...rest,
  };
  const options = (await resolveConfig(PACK_SCHEMA_FILE)) ?? {};
  return format(JSON.stringify(document, null, 2), { ...options, filepath: PACK_SCHEMA_FILE });
}

/**
 * The pack's text fields are trimmed before their minimum length is checked, so "   " is empty to
 * zod. In JSON Schema the same rule is "contains a non-space character".
 */
function requireVisibleText(node: JsonSchemaNode): void {
  if (
    node.type === 'string' &&
    typeof node.minLength === 'number' &&
    node.minLength >= 1 &&
    !('pattern' in node)
  ) {
    node.pattern = '\\S';
  }
}

function isMain(): boolean {
  const script = process.argv[1];
  return script !== undefined && import.meta.url === pathToFileURL(script).href;
}

if (isMain()) {
  writeFileSync(PACK_SCHEMA_FILE, await renderPackJsonSchema());
  console.log(`wrote ${relative(process.cwd(), PACK_SCHEMA_FILE)}`);
}
