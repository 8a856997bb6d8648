import { describe, expect, it } from 'vitest';
import { loadPackLibrary, type FetchText } from '../../src/content/loader';
import { libraryReport, progressText } from '../../src/teacher/pack-loading';
import { classPack } from './class-packs';

const BASE = 'https://school.example/newsline/packs/';

/** A site whose packs folder holds these files; anything else is a 404. */
function site(files: Record<string, string>): FetchText {
  return (url) => {
    const name = url.href.slice(BASE.length);
    return name in files
      ? Promise.resolve(files[name]!)
      : Promise.reject(new Error('the server answered 404'));
  };
}

describe('the teacher pages’ packs', () => {
  it('keep every pack that loads and name each file that does not, with its first problems', async () => {
    const good = classPack('good', 'Good article');
    const broken = { ...classPack('broken'), events: [] };
    const library = await loadPackLibrary({
      baseUrl: BASE,
      fetchText: site({
        'index.json': JSON.stringify(['good.json', 'broken.json', 'missing.json']),
        'good.json': JSON.stringify(good),
        'broken.json': JSON.stringify(broken),
      }),
    });
    const report = libraryReport(library, 'build a round');
    expect(report.packs.map((p) => p.title)).toEqual(['Good article']);
    expect(report.fatal).toBeNull();
    expect(report.problems).toHaveLength(2);
    expect(report.problems[0]).toMatch(/^packs\/broken\.json: events/);
    expect(report.problems[1]).toMatch(/^packs\/missing\.json: could not be loaded: the server answered 404/);
  });

  it('say plainly when there is nothing to work with, and why', async () => {
    const library = await loadPackLibrary({ baseUrl: BASE, fetchText: site({ 'index.json': '[]' }) });
    const report = libraryReport(library, 'grade');
    expect(report.packs).toEqual([]);
    expect(report.fatal).toMatch(/^No content pack could be loaded, so there is nothing to grade with/);
    expect(report.problems).toEqual(['packs/index.json: lists no packs']);
  });

  it('count the packs as they load', () => {
    expect(progressText(1, 3)).toBe('Loading the content packs… (1 of 3)');
  });
});
