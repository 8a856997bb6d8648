import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../src/content/validate';
import { PACK_SCHEMA_FILE, renderPackJsonSchema } from '../../scripts/content-schema';
import { minimalPack } from '../content/minimal-pack';

const committed = readFileSync(PACK_SCHEMA_FILE, 'utf8');
const articlePackFile = fileURLToPath(
  new URL('../../public/packs/us-strikes-syria-iraq-2021.json', import.meta.url),
);

// The draft the generator declares ($schema: draft 2020-12), in strict mode so a keyword ajv does not know fails.
const ajv = new Ajv2020({ strict: true, allErrors: true });
const schemaAccepts = ajv.compile(JSON.parse(committed) as object);

// `any`: each breakage deliberately writes what the Pack type forbids.
type Breakage = [string, (pack: Record<string, any>) => void]; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Broken in ways a JSON Schema can express, so editors see them as they type. */
const BREAKAGES: Breakage[] = [
  ['a missing required field', (pack) => delete pack.events[0].clue],
  ['a misspelt field', (pack) => (pack.events[0].detial = 'typo')],
  ['an unknown icon', (pack) => (pack.events[0].icon = 'unicorn')],
  ['an id that is not a slug', (pack) => (pack.facts[0].id = 'Jet Type')],
  ['a blank title', (pack) => (pack.title = '   ')],
  ['a card title over 60 characters', (pack) => (pack.events[1].title = 'x'.repeat(61))],
  ['a number given as text', (pack) => (pack.questions[0].difficulty = '1')],
  ['a round dealing one event', (pack) => (pack.sets[0].deal = 1)],
  ['two options', (pack) => (pack.questions[0].options = ['F-15E', 'F-16'])],
  ['a date that is not YYYY-MM-DD', (pack) => (pack.events[0].date = '10 June 2014')],
  ['paragraph 0', (pack) => (pack.questions[1].paragraphs = [0])],
  ['an unknown question kind', (pack) => (pack.questions[1].kind = 'essay')],
  ['a latitude off the globe', (pack) => (pack.events[1].place.lat = 95)],
  ['a version that is not x.y.z', (pack) => (pack.version = '1.0')],
];

function broken(breakIt: Breakage[1]): Record<string, unknown> {
  const pack = structuredClone(minimalPack()) as Record<string, unknown>;
  breakIt(pack);
  return pack;
}

describe('pack.schema.json', () => {
  it('is what `npm run content:schema` writes from the zod schema today', async () => {
    expect(committed, 'public/packs/pack.schema.json is stale: run npm run content:schema').toBe(
      await renderPackJsonSchema(),
    );
  });

  it('names itself and allows a pack to point at it', () => {
    const schema = JSON.parse(committed) as Record<string, unknown>;
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: expect.any(String) as string,
      title: 'Newsline content pack',
    });
    expect(schemaAccepts({ ...minimalPack(), $schema: './pack.schema.json' })).toBe(true);
  });

  it('accepts the article pack and the minimal test pack', () => {
    const articlePack: unknown = JSON.parse(readFileSync(articlePackFile, 'utf8'));
    expect(schemaAccepts(articlePack), JSON.stringify(schemaAccepts.errors?.slice(0, 3))).toBe(true);
    expect(schemaAccepts(minimalPack()), JSON.stringify(schemaAccepts.errors?.slice(0, 3))).toBe(true);
  });

  it.each(BREAKAGES)('rejects %s, as validatePack does', (_name, breakIt) => {
    const pack = broken(breakIt);
    expect(schemaAccepts(pack)).toBe(false);
    expect(validatePack(pack).ok).toBe(false);
  });

  it('leaves cross-checks to validatePack', () => {
    // An unknown fact id is well-formed JSON of the right shape: only the validator can tell.
    const pack = broken((p) => (p.questions[0].fact = 'no-such-fact'));
    expect(schemaAccepts(pack)).toBe(true);
    const validation = validatePack(pack);
    expect(validation.ok ? [] : validation.problems).toContainEqual({
      path: 'questions[0].fact',
      message: 'unknown fact id "no-such-fact"',
    });
  });
});
