import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  fetchSameOriginText,
  isPackFileName,
  loadPackLibrary,
  MAX_LISTED_PACKS,
} from '../../src/content/loader';
import type { FetchText, PackLibraryOptions } from '../../src/content/loader';
import { minimalPack } from './minimal-pack';

const BASE = 'https://newsline.example/game/packs/';

function packText(id: string, change?: (pack: Record<string, unknown>) => void): string {
  const pack = { ...minimalPack(), id } as unknown as Record<string, unknown>;
  change?.(pack);
  return JSON.stringify(pack, null, 2);
}

/** A site whose folder holds these files; anything else is a 404. Records every URL asked for. */
function site(files: Record<string, string>): { fetchText: FetchText; requested: string[] } {
  const requested: string[] = [];
  const fetchText: FetchText = (url) => {
    requested.push(url.href);
    const name = url.href.startsWith(BASE) ? url.href.slice(BASE.length) : undefined;
    const text = name === undefined ? undefined : files[name];
    return text === undefined
      ? Promise.reject(new Error('the server answered 404 Not Found'))
      : Promise.resolve(text);
  };
  return { fetchText, requested };
}

function load(files: Record<string, string>, options: Partial<PackLibraryOptions> = {}) {
  return loadPackLibrary({ baseUrl: BASE, fetchText: site(files).fetchText, ...options });
}

describe('loadPackLibrary', () => {
  it('loads the listed packs in menu order, naming each file', async () => {
    const library = await load({
      'index.json': JSON.stringify(['b.json', 'a.json']),
      'a.json': packText('pack-a'),
      'b.json': packText('pack-b'),
    });
    expect(library.problems).toEqual([]);
    expect(library.packs.map((p) => [p.file, p.pack.id])).toEqual([
      ['packs/b.json', 'pack-b'],
      ['packs/a.json', 'pack-a'],
    ]);
  });

  it('fetches the packs in parallel and reports progress as each finishes', async () => {
    const release = new Map<string, () => void>();
    const texts: Record<string, string> = { 'a.json': packText('pack-a'), 'b.json': packText('pack-b') };
    const fetchText: FetchText = (url) => {
      const name = url.href.slice(BASE.length);
      if (name === 'index.json') return Promise.resolve('["a.json", "b.json"]');
      return new Promise((resolve) => release.set(name, () => resolve(texts[name]!)));
    };
    const progress: string[] = [];
    const loading = loadPackLibrary({
      baseUrl: BASE,
      fetchText,
      onProgress: (done, total, file) => progress.push(`${done}/${total} ${file}`),
    });
    await vi.waitFor(() => expect([...release.keys()]).toEqual(['a.json', 'b.json']));
    // Both requests are open before either answers; b answers first.
    release.get('b.json')!();
    await vi.waitFor(() => expect(progress).toEqual(['1/2 packs/b.json']));
    release.get('a.json')!();
    const library = await loading;
    expect(progress).toEqual(['1/2 packs/b.json', '2/2 packs/a.json']);
    expect(library.packs.map((p) => p.pack.id)).toEqual(['pack-a', 'pack-b']);
  });

  it('leaves out a pack that fails validation, naming its file and first problems; the rest load', async () => {
    const library = await load({
      'index.json': '["good.json", "broken.json"]',
      'good.json': packText('good'),
      'broken.json': packText('broken', (pack) => {
        const events = pack.events as Array<Record<string, unknown>>;
        events[2]!.date = '2021-13';
        events[0]!.icon = 'unicorn';
        pack.title = '';
        pack.version = 'one';
      }),
    });
    expect(library.packs.map((p) => p.pack.id)).toEqual(['good']);
    expect(library.problems).toHaveLength(1);
    const [problem] = library.problems;
    expect(problem!.file).toBe('packs/broken.json');
    expect(problem!.message).toMatch(
      /^packs\/broken\.json: version: must be a version like 1\.0\.0; title: must not be empty.*; and 2 more problems$/,
    );
    expect(problem!.problems.map((p) => p.path)).toEqual([
      'version',
      'title',
      'events[0].icon',
      'events[2].date',
    ]);
  });

  it('leaves out files that cannot be fetched or parsed, one line each', async () => {
    const library = await load({
      'index.json': '["missing.json", "empty.json", "garbled.json", "deep.json", "ok.json"]',
      'empty.json': '',
      'garbled.json': '{\n  "id": "x",\n  oops\n}',
      'deep.json': '['.repeat(100_000) + ']'.repeat(100_000),
      'ok.json': packText('ok'),
    });
    expect(library.packs.map((p) => p.pack.id)).toEqual(['ok']);
    expect(library.problems.map((p) => p.message)).toEqual([
      'packs/missing.json: could not be loaded: the server answered 404 Not Found',
      'packs/empty.json: file is empty; expected a JSON content pack',
      expect.stringMatching(/^packs\/garbled\.json: not valid JSON: .* at line 3, column 3$/) as string,
      expect.stringMatching(
        /^packs\/deep\.json: nested more than 32 levels deep at line 1, column 33/,
      ) as string,
    ]);
  });

  it('leaves out a second file with an id already used, whichever finished first', async () => {
    const files: Record<string, string> = {
      'index.json': '["first.json", "second.json"]',
      'first.json': packText('same-id'),
      'second.json': packText('same-id', (pack) => (pack.title = 'Another pack')),
    };
    // The first file answers last, so completion order and menu order disagree.
    const fetchText: FetchText = async (url) => {
      const name = url.href.slice(BASE.length);
      if (name === 'first.json') await new Promise((resolve) => setTimeout(resolve, 20));
      return files[name]!;
    };
    const library = await loadPackLibrary({ baseUrl: BASE, fetchText });
    expect(library.packs.map((p) => [p.file, p.pack.title])).toEqual([['packs/first.json', 'A test pack']]);
    expect(library.problems.map((p) => p.message)).toEqual([
      'packs/second.json: pack id "same-id" is already used by packs/first.json; left out',
    ]);
  });

  it('refuses index entries that could reach outside the folder, without fetching them', async () => {
    const { fetchText, requested } = site({ 'ok.json': packText('ok') });
    const entries = [
      '../secret.json',
      'sub/pack.json',
      'sub\\pack.json',
      'https://evil.example/pack.json',
      '//evil.example/pack.json',
      '%2e%2e/pack.json',
      'pack.txt',
      '.hidden.json',
      42,
      'index.json',
      'ok.json',
      'ok.json',
    ];
    const library = await loadPackLibrary({
      baseUrl: BASE,
      fetchText: (url) =>
        url.href === `${BASE}index.json` ? Promise.resolve(JSON.stringify(entries)) : fetchText(url),
    });
    expect(library.packs.map((p) => p.pack.id)).toEqual(['ok']);
    expect(requested).toEqual([`${BASE}ok.json`]);
    expect(library.problems.map((p) => p.file)).toEqual(Array(11).fill('packs/index.json'));
    expect(library.problems.map((p) => p.message)).toEqual([
      'packs/index.json: entry 1 "../secret.json" is not a plain .json file name in this folder (no folders, "..", or web addresses); skipped',
      expect.stringContaining('entry 2 "sub/pack.json" is not a plain .json file name') as string,
      expect.stringContaining('entry 3 "sub\\pack.json" is not a plain') as string,
      expect.stringContaining('entry 4 "https://evil.example/pack.json" is not a plain') as string,
      expect.stringContaining('entry 5 "//evil.example/pack.json" is not a plain') as string,
      expect.stringContaining('entry 6 "%2e%2e/pack.json" is not a plain') as string,
      expect.stringContaining('entry 7 "pack.txt" is not a plain') as string,
      expect.stringContaining('entry 8 ".hidden.json" is not a plain') as string,
      'packs/index.json: entry 9 is a number, not a file name; skipped',
      'packs/index.json: entry 10 "index.json" is the index itself; skipped',
      'packs/index.json: entry 12 "ok.json" is listed twice; loaded once',
    ]);
  });

  it(`reads at most ${MAX_LISTED_PACKS} packs from one index`, async () => {
    const names = Array.from({ length: MAX_LISTED_PACKS + 2 }, (_, i) => `p${i}.json`);
    const { fetchText, requested } = site({ 'index.json': JSON.stringify(names) });
    const library = await loadPackLibrary({ baseUrl: BASE, fetchText });
    expect(requested).toHaveLength(1 + MAX_LISTED_PACKS);
    expect(library.problems.filter((p) => /past the limit of 100 packs/.test(p.message))).toHaveLength(2);
  });

  it('gives one problem for packs/index.json and no packs when the index is missing or wrong', async () => {
    const cases: Array<[string | undefined, RegExp]> = [
      [undefined, /^packs\/index\.json: could not be loaded: the server answered 404 Not Found$/],
      ['', /^packs\/index\.json: file is empty; expected a JSON list of pack file names$/],
      ['["a.json",', /^packs\/index\.json: not valid JSON: .*line 1/],
      [
        '{"packs": ["a.json"]}',
        /^packs\/index\.json: must be a JSON list of pack file names, like \["my-pack\.json"\]; got an object$/,
      ],
      ['[]', /^packs\/index\.json: lists no packs$/],
    ];
    for (const [index, message] of cases) {
      const files: Record<string, string> = { 'a.json': packText('a') };
      if (index !== undefined) files['index.json'] = index;
      const library = await load(files);
      expect(library.packs).toEqual([]);
      expect(library.problems).toHaveLength(1);
      expect(library.problems[0]!.file).toBe('packs/index.json');
      expect(library.problems[0]!.message).toMatch(message);
    }
  });

  it('finds the folder with or without a trailing slash, and names files by it', async () => {
    const { fetchText, requested } = site({ 'index.json': '["a.json"]', 'a.json': packText('a') });
    const library = await loadPackLibrary({ baseUrl: 'https://newsline.example/game/packs?v=2', fetchText });
    expect(requested).toEqual([`${BASE}index.json`, `${BASE}a.json`]);
    expect(library.packs.map((p) => p.file)).toEqual(['packs/a.json']);
  });

  it('takes a relative folder as relative to the page', async () => {
    vi.stubGlobal('location', new URL('https://newsline.example/game/index.html?round=abc'));
    try {
      const { fetchText, requested } = site({ 'index.json': '["a.json"]', 'a.json': packText('a') });
      const library = await loadPackLibrary({ baseUrl: 'packs/', fetchText });
      expect(requested).toEqual([`${BASE}index.json`, `${BASE}a.json`]);
      expect(library.packs).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('accepts another index file name and folder label (as the CLI uses them)', async () => {
    const { fetchText } = site({ 'menu.json': '["a.json"]', 'a.json': packText('a') });
    const library = await loadPackLibrary({
      baseUrl: BASE,
      fetchText,
      indexFile: 'menu.json',
      folderLabel: 'public/packs',
    });
    expect(library.packs.map((p) => p.file)).toEqual(['public/packs/a.json']);
  });
});

describe('isPackFileName', () => {
  it('accepts plain .json names only', () => {
    expect(['us-strikes-syria-iraq-2021.json', 'Pack_2.v1.json'].filter(isPackFileName)).toHaveLength(2);
    expect(
      ['a/b.json', '..json', 'a..b.json', '.json', 'a.JSON', 'a.json ', `${'x'.repeat(101)}.json`].filter(
        isPackFileName,
      ),
    ).toEqual([]);
  });
});

describe('fetchSameOriginText', () => {
  // Two local servers on different ports: different origins, as two sites would be.
  const servers: Array<ReturnType<typeof createServer>> = [];
  let home = '';
  let elsewhere = '';

  async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
    const server = createServer(handler);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  beforeAll(async () => {
    elsewhere = await listen((_request, response) => response.end('["from elsewhere"]'));
    home = await listen((request, response) => {
      if (request.url === '/packs/index.json') response.end('["a.json"]');
      else if (request.url === '/moved.json')
        response.writeHead(302, { location: '/packs/index.json' }).end();
      else if (request.url === '/away.json')
        response.writeHead(302, { location: `${elsewhere}/x.json` }).end();
      else if (request.url === '/huge.json') {
        // No Content-Length: the limit must hold while reading, not only from the header.
        response.writeHead(200, { 'transfer-encoding': 'chunked' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        const pump = (): void => {
          while (sent < 200 && !response.destroyed) {
            sent++;
            if (!response.write(chunk)) return void response.once('drain', pump);
          }
          response.end();
        };
        response.on('error', () => undefined);
        pump();
      } else response.writeHead(404, 'Not Found').end();
    });
  });
  afterAll(() => servers.forEach((server) => server.close()));

  it('reads a file of this site, following a redirect within it', async () => {
    await expect(fetchSameOriginText(new URL(`${home}/packs/index.json`))).resolves.toBe('["a.json"]');
    await expect(fetchSameOriginText(new URL(`${home}/moved.json`))).resolves.toBe('["a.json"]');
  });

  it('refuses a file of another site before asking for it', async () => {
    vi.stubGlobal('location', new URL(`${home}/index.html`));
    try {
      await expect(fetchSameOriginText(new URL(`${elsewhere}/packs/index.json`))).rejects.toThrow(
        `is on another site (${elsewhere}); packs must come from this site`,
      );
      await expect(fetchSameOriginText(new URL(`${home}/packs/index.json`))).resolves.toBe('["a.json"]');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('refuses a redirect to another site', async () => {
    await expect(fetchSameOriginText(new URL(`${home}/away.json`))).rejects.toThrow(/another site/);
  });

  it('says what the server answered', async () => {
    await expect(fetchSameOriginText(new URL(`${home}/none.json`))).rejects.toThrow(
      'the server answered 404 Not Found',
    );
  });

  it('stops reading a body over 5 MB', async () => {
    await expect(fetchSameOriginText(new URL(`${home}/huge.json`))).rejects.toThrow(/over 5 MB/);
  });
});
