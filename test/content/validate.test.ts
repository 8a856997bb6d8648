import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/content/schema';
import { MAX_PACK_DEPTH } from '../../src/content/parse';
import { findArticleOverlaps, findForbiddenKeys, formatPath, validatePack } from '../../src/content/validate';
import type { PackProblem } from '../../src/content/validate';
import { minimalPack } from './minimal-pack';

function problemsOf(input: unknown): PackProblem[] {
  const result = validatePack(input);
  return result.ok ? [] : result.problems;
}

/** Breaks the minimal pack in one way and returns what the validator says about it. */
function problemsAfter(breakIt: (pack: Pack) => void): PackProblem[] {
  const pack = minimalPack();
  breakIt(pack);
  return problemsOf(pack);
}

function expectProblem(problems: PackProblem[], path: string, message?: RegExp): void {
  const atPath = problems.filter((p) => p.path === path);
  expect(atPath, `no problem at ${path}; got ${JSON.stringify(problems)}`).not.toHaveLength(0);
  if (message) expect(atPath.map((p) => p.message).join(' | ')).toMatch(message);
}

describe('validatePack', () => {
  it('accepts the minimal pack and summarises it', () => {
    const result = validatePack(minimalPack());
    expect(result).toMatchObject({
      ok: true,
      summary: 'valid pack test-pack 0.1.0: 3 events, 1 set, 4 questions',
    });
  });

  it('accepts a pack that went through JSON', () => {
    expect(problemsOf(JSON.parse(JSON.stringify(minimalPack())))).toEqual([]);
  });

  describe('schema problems', () => {
    it('says what the root should be', () => {
      expect(problemsOf(null)).toEqual([{ path: '(root)', message: 'expected an object, got null' }]);
      expect(problemsOf([])).toEqual([{ path: '(root)', message: 'expected an object, got array' }]);
    });

    it('reports a wrong type with the path and both types', () => {
      const problems = problemsAfter((pack) => {
        (pack.questions[0] as { difficulty: unknown }).difficulty = 'easy';
      });
      expect(problems).toEqual([
        { path: 'questions[0].difficulty', message: 'expected a number, got string' },
      ]);
    });

    it('reports a missing field as required', () => {
      const problems = problemsAfter((pack) => {
        delete (pack.events[1] as { detail?: string }).detail;
      });
      expect(problems).toEqual([{ path: 'events[1].detail', message: 'is required (expected a string)' }]);
    });

    it('rejects empty and blank text', () => {
      const problems = problemsAfter((pack) => {
        pack.events[0]!.title = '';
        pack.questions[1]!.explanation = '   ';
      });
      expectProblem(problems, 'events[0].title', /must not be empty/);
      expectProblem(problems, 'questions[1].explanation', /must not be empty/);
    });

    it('rejects paragraph numbers below 1', () => {
      const problems = problemsAfter((pack) => {
        pack.source.digests[0]!.paragraph = 0;
      });
      expectProblem(problems, 'source.digests[0].paragraph', /paragraph number, 1 or more \(got 0\)/);
    });

    it('rejects a non-integer paragraph', () => {
      const problems = problemsAfter((pack) => {
        pack.events[0]!.paragraphs = [2.5];
      });
      expect(problems).toEqual([
        { path: 'events[0].paragraphs[0]', message: 'must be a whole number, got 2.5' },
      ]);
    });

    it('rejects fewer than 3 options', () => {
      const problems = problemsAfter((pack) => {
        const question = pack.questions[0]!;
        if (question.kind === 'multiple-choice') question.options = ['F-15E', 'F-16'];
      });
      expectProblem(problems, 'questions[0].options', /at least 3 options \(got 2\)/);
    });

    it('rejects an unknown question kind, listing the valid ones', () => {
      const problems = problemsAfter((pack) => {
        (pack.questions[1] as { kind: string }).kind = 'essay';
      });
      expectProblem(problems, 'questions[1].kind', /must be one of .*"multiple-choice".*got "essay"/);
    });

    it('rejects a bad enum value', () => {
      const problems = problemsAfter((pack) => {
        (pack.events[0] as { basis: string }).basis = 'guessed';
      });
      expect(problems).toEqual([
        { path: 'events[0].basis', message: 'must be one of "stated", "inferred", "context", got "guessed"' },
      ]);
    });

    it('points at a misspelt field', () => {
      const problems = problemsAfter((pack) => {
        (pack.events[2] as Record<string, unknown>).detial = 'typo';
      });
      expectProblem(problems, 'events[2].detial', /not a field/);
    });

    it('keeps the schema rule that a quote is at most 25 words', () => {
      const problems = problemsAfter((pack) => {
        pack.questions[2]!.quote = {
          text: Array.from({ length: 26 }, () => 'word').join(' '),
          speaker: 'Kirby',
        };
      });
      expectProblem(problems, 'questions[2].quote.text', /at most 25 words/);
    });

    it('reports a title over 60 characters with its length', () => {
      const problems = problemsAfter((pack) => {
        pack.events[0]!.title = 'x'.repeat(72);
      });
      expectProblem(problems, 'events[0].title', /at most 60 characters \(got 72\)/);
    });

    it('rejects prototype-polluting keys without polluting anything', () => {
      const input: unknown = JSON.parse(
        JSON.stringify(minimalPack()).replace('{', '{"__proto__":{"polluted":true},') as string,
      );
      const problems = problemsOf(input);
      expect(problems).toEqual([
        { path: '__proto__', message: expect.stringMatching(/not allowed/) as string },
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();

      const nested = minimalPack() as unknown as { events: Array<Record<string, unknown>> };
      Object.defineProperty(nested.events[1], 'constructor', { value: {}, enumerable: true });
      expectProblem(problemsOf(nested), 'events[1].constructor', /not allowed/);
    });

    it('refuses objects nested deeper than parsed text may be, quickly', () => {
      let deep: unknown = 'bottom';
      for (let i = 0; i < 100_000; i++) deep = [deep];
      const started = performance.now();
      const problems = problemsOf(deep);
      expect(performance.now() - started).toBeLessThan(500);
      expect(problems).toEqual([
        {
          path: '[0]'.repeat(MAX_PACK_DEPTH),
          message: `is nested more than ${MAX_PACK_DEPTH} levels deep; a content pack needs far fewer`,
        },
      ]);
    });

    it('refuses an object that contains itself', () => {
      const pack = minimalPack() as unknown as { source: Record<string, unknown> };
      pack.source.note = pack;
      expect(problemsOf(pack)).toEqual([
        {
          path: 'source.note',
          message: 'refers back to an object that contains it; a pack must be plain JSON data',
        },
      ]);
    });

    it('accepts objects shared between two places, as spread copies make them', () => {
      const pack = minimalPack();
      pack.events[2]!.paragraphs = pack.events[1]!.paragraphs;
      expect(problemsOf(pack)).toEqual([]);
    });

    it('finds excess depth hidden behind a shared object', () => {
      // The same chain hangs off the root (shallow) and off a deep branch: only the deep one is too deep.
      let chain: unknown = 'end';
      for (let i = 0; i < 10; i++) chain = { c: chain };
      let branch: unknown = chain;
      for (let i = 0; i < MAX_PACK_DEPTH - 5; i++) branch = { b: branch };
      // Both key orders, so the shallow copy is met first once and last once.
      for (const data of [
        { shallow: chain, deep: branch },
        { deep: branch, shallow: chain },
      ]) {
        const problems = findForbiddenKeys(data);
        expect(problems).toHaveLength(1);
        expect(problems[0]!.path).toMatch(/^deep(\.b)+(\.c)+$/);
      }
    });
  });

  describe('cross-checks', () => {
    it('finds duplicate ids among events, sets and questions', () => {
      const problems = problemsAfter((pack) => {
        pack.events[2]!.id = 'rocket';
        pack.events[2]!.after = [];
        pack.sets.push({ ...pack.sets[0]!, events: ['old-event', 'rocket'] });
        pack.questions[3]!.id = 'which-jets';
      });
      expectProblem(problems, 'events[2].id', /duplicate id "rocket" \(already used by events\[1\]\)/);
      expectProblem(problems, 'sets[1].id', /duplicate id "core"/);
      expectProblem(problems, 'questions[3].id', /duplicate id "which-jets"/);
    });

    it('finds an unknown or self-referencing after id', () => {
      const problems = problemsAfter((pack) => {
        pack.events[2]!.after = ['rocket', 'missing-event', 'strike'];
      });
      expectProblem(problems, 'events[2].after[1]', /unknown event id "missing-event"/);
      expectProblem(problems, 'events[2].after[2]', /cannot come after itself/);
    });

    it('finds unknown and repeated events in a set', () => {
      const problems = problemsAfter((pack) => {
        pack.sets[0]!.events = ['old-event', 'nowhere', 'old-event'];
      });
      expectProblem(problems, 'sets[0].events[1]', /unknown event id "nowhere"/);
      expectProblem(problems, 'sets[0].events[2]', /listed twice/);
    });

    it('finds a cycle where after contradicts the dates', () => {
      const problems = problemsAfter((pack) => {
        pack.events[0]!.after = ['strike']; // a 2014 event "after" a 2021 one
      });
      expectProblem(
        problems,
        'sets[0].events',
        /cycle.*"old-event" before "strike" \(dates 2014 then 2021-02\)/,
      );
      expectProblem(problems, 'events[0].after[0]', /contradict/);
    });

    it('finds a loop of after links between same-month events', () => {
      const problems = problemsAfter((pack) => {
        pack.events[1]!.after = ['strike'];
      });
      expectProblem(problems, 'sets[0].events', /cycle/);
    });

    it('finds a cycle that passes through an event outside the set', () => {
      const problems = problemsAfter((pack) => {
        // old-event (2014) < rocket by dates; rocket < middle < old-event by after links.
        pack.events.push({ ...pack.events[1]!, id: 'middle', after: ['rocket'] });
        pack.events[0]!.after = ['middle'];
        pack.sets[0]!.events = ['old-event', 'rocket'];
      });
      expectProblem(problems, 'sets[0].events', /"old-event", "rocket" has a cycle/);
    });

    it('accepts after links that agree with the dates', () => {
      expect(
        problemsAfter((pack) => {
          pack.events[2]!.after = ['rocket', 'old-event'];
        }),
      ).toEqual([]);
    });

    it('finds a context date outside the event date, or contradicting after', () => {
      const problems = problemsAfter((pack) => {
        pack.events[0]!.contextDate = '2015-01-01';
        pack.events[1]!.contextDate = '2021-02-27'; // rocket dated after the strike it caused
      });
      expectProblem(problems, 'events[0].contextDate', /outside the event's date 2014/);
      expectProblem(problems, 'events[2].after[0]', /context date 2021-02-25 is before 2021-02-27/);
    });

    it('finds an answer that is not one of the options', () => {
      const problems = problemsAfter((pack) => {
        const question = pack.questions[0]!;
        if (question.kind === 'multiple-choice') question.answer = 'F-35';
        const whoSaid = pack.questions[2]!;
        if (whoSaid.kind === 'who-said-it') whoSaid.answer = 'john kirby';
      });
      expectProblem(problems, 'questions[0].answer', /"F-35" is not one of the options/);
      expectProblem(problems, 'questions[2].answer', /did you mean "John Kirby"/);
    });

    it('finds duplicate options, ignoring case and spaces', () => {
      const problems = problemsAfter((pack) => {
        const question = pack.questions[2]!;
        if (question.kind === 'who-said-it') question.options = ['John Kirby', 'Joe Biden', ' john kirby '];
      });
      expectProblem(problems, 'questions[2].options[2]', /duplicate option/);
      expectProblem(problems, 'questions[2].options', /at least 3 different options \(got 2\)/);
    });

    it('finds a cited paragraph that has no digest, naming the paragraphs that do', () => {
      const problems = problemsAfter((pack) => {
        pack.events[0]!.paragraphs = [2, 24];
        pack.questions[3]!.paragraphs = [1];
      });
      expect(problems).toEqual([
        {
          path: 'events[0].paragraphs[1]',
          message: 'paragraph 24 has no digest in source.digests (digests cover 2–3)',
        },
        {
          path: 'questions[3].paragraphs[0]',
          message: 'paragraph 1 has no digest in source.digests (digests cover 2–3)',
        },
      ]);
    });

    it('takes paragraph bounds from the digests, not from one article', () => {
      expect(
        problemsAfter((pack) => {
          pack.source.digests.push({ paragraph: 40, text: 'A late paragraph.' });
          pack.events[0]!.paragraphs = [40];
        }),
      ).toEqual([]);
    });

    it('finds duplicate fact ids', () => {
      const problems = problemsAfter((pack) => {
        pack.facts.push({ id: 'site-count', about: 'Again' });
      });
      expectProblem(problems, 'facts[4].id', /duplicate id "site-count" \(already used by facts\[3\]\)/);
    });

    it('finds unknown fact ids in questions and in reveals', () => {
      const problems = problemsAfter((pack) => {
        pack.questions[0]!.fact = 'jet-types';
        pack.questions[1]!.reveals = ['site-count', 'no-such-fact'];
        pack.events[2]!.reveals = ['jet-typ'];
      });
      expectProblem(problems, 'questions[0].fact', /unknown fact id "jet-types"/);
      expectProblem(problems, 'questions[1].reveals[1]', /unknown fact id "no-such-fact"/);
      expectProblem(problems, 'events[2].reveals[0]', /unknown fact id "jet-typ"/);
    });

    it('finds a question that reveals its own fact', () => {
      const problems = problemsAfter((pack) => {
        pack.questions[3]!.reveals = ['casualties', 'site-count'];
      });
      expect(problems).toEqual([
        {
          path: 'questions[3].reveals[1]',
          message: '"site-count" is the fact this question tests; a question cannot give its own answer away',
        },
      ]);
    });

    it('finds a fact that no question tests', () => {
      const problems = problemsAfter((pack) => {
        pack.facts.push({ id: 'kirby-role', about: 'What Kirby does' });
      });
      expect(problems).toEqual([
        {
          path: 'facts[4].id',
          message: 'no question tests fact "kirby-role" (a typo in a question\'s fact, or a fact to remove?)',
        },
      ]);
    });

    it('finds a set that deals more events than it has', () => {
      const problems = problemsAfter((pack) => {
        pack.sets[0]!.deal = 4;
      });
      expect(problems).toEqual([{ path: 'sets[0].deal', message: 'deals 4 events, but the set has only 3' }]);
      expect(problemsAfter((pack) => (pack.sets[0]!.deal = 3))).toEqual([]);
    });

    it('finds two sets with one short name, ignoring case', () => {
      const problems = problemsAfter((pack) => {
        pack.sets.push({ ...pack.sets[0]!, id: 'other', shortName: 'CORE' });
      });
      expectProblem(problems, 'sets[1].shortName', /duplicate short name "CORE" \(already used by sets\[0\]/);
    });

    it('finds two digests of one paragraph', () => {
      const problems = problemsAfter((pack) => {
        pack.source.digests[1]!.paragraph = 2;
      });
      expectProblem(problems, 'source.digests[1].paragraph', /paragraph 2 already has a digest/);
    });
  });
});

describe('formatPath', () => {
  it('writes paths the way the problems name them', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['events', 0, 'after', 1])).toBe('events[0].after[1]');
    expect(formatPath(['source', 'odd key'])).toBe('source["odd key"]');
  });
});

describe('findArticleOverlaps', () => {
  const article =
    'WASHINGTON – The United States carried out airstrikes in Syria and Iraq against two ' +
    'Iranian-backed militias that the Pentagon said were carrying out drone attacks against American troops. ' +
    'The Pentagon said facilities used by the Kata’ib Hezbollah militia were struck.';

  it('finds a planted 12-word copy, whatever the case, punctuation or apostrophes', () => {
    const pack = minimalPack();
    pack.events[1]!.detail =
      'As reported: "the United States carried out AIRSTRIKES in Syria, and Iraq against two" groups.';
    pack.questions[1]!.explanation =
      "Facilities used by the Kata'ib Hezbollah militia were struck, the Pentagon said.";
    expect(findArticleOverlaps(pack, article)).toEqual([
      {
        path: 'events[1].detail',
        words: 'the united states carried out airstrikes in syria and iraq against two',
      },
    ]);
    expect(findArticleOverlaps(pack, article, 8)).toContainEqual({
      path: 'questions[1].explanation',
      words: 'facilities used by the kataib hezbollah militia were struck',
    });
  });

  it('reports a long copy once, not once per window', () => {
    const pack = minimalPack();
    pack.source.digests[0]!.text = article;
    const overlaps = findArticleOverlaps(pack, article);
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]!.path).toBe('source.digests[0].text');
  });

  it('ignores 11 words, quotes, ids and dates', () => {
    const pack = minimalPack();
    pack.events[1]!.detail = 'The United States carried out airstrikes in Syria and Iraq against.';
    pack.questions[2]!.quote = {
      text: 'The United States carried out airstrikes in Syria and Iraq against two Iranian-backed militias',
      speaker: 'The article',
    };
    expect(findArticleOverlaps(pack, article)).toEqual([]);
  });

  it('ignores the $schema link but not other free text', () => {
    const copied = 'the united states carried out airstrikes in syria and iraq against two';
    const pack = minimalPack();
    pack.$schema = `./${copied.replaceAll(' ', '/')}.json`;
    expect(findArticleOverlaps(pack, article)).toEqual([]);
    pack.facts[0]!.about = copied;
    expect(findArticleOverlaps(pack, article)).toEqual([{ path: 'facts[0].about', words: copied }]);
  });

  it("allows the article's own headline, but not a paraphrase that copies it", () => {
    const headline =
      'The United States carried out airstrikes in Syria and Iraq against two Iranian-backed militias';
    const pack = minimalPack();
    pack.source.headline = { text: headline, paraphrased: false };
    expect(findArticleOverlaps(pack, article)).toEqual([]);
    pack.source.headline = { text: headline, paraphrased: true };
    expect(findArticleOverlaps(pack, article).map((o) => o.path)).toEqual(['source.headline.text']);
  });
});
