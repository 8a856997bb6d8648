import type { Pack } from '../../src/content/schema';

/**
 * The smallest pack that passes every check, with one question of each kind. Tests break one
 * thing at a time, so each call returns a fresh copy that can be mutated freely.
 */
export function minimalPack(): Pack {
  return {
    id: 'test-pack',
    version: '0.1.0',
    title: 'A test pack',
    source: {
      outlet: 'Test Gazette',
      author: 'A. Writer',
      headline: 'Something happened, then something else',
      date: '2021-06-27',
      dateBasis: 'context',
      digests: [
        { paragraph: 2, text: 'The first thing happened.' },
        { paragraph: 3, text: 'Then the second thing happened.' },
      ],
    },
    events: [
      {
        id: 'old-event',
        title: 'An old event',
        detail: 'Something that happened long before.',
        date: '2014',
        basis: 'stated',
        contextDate: '2014-06-10',
        howWeKnow: 'The article gives the year.',
        paragraphs: [2],
      },
      {
        id: 'rocket',
        title: 'A rocket attack',
        detail: 'A rocket is fired.',
        date: '2021-02',
        basis: 'inferred',
        howWeKnow: 'The strike answered it, so it came first.',
        paragraphs: [3],
      },
      {
        id: 'strike',
        title: 'A strike in reply',
        detail: 'Jets strike back.',
        date: '2021-02',
        basis: 'inferred',
        contextDate: '2021-02-25',
        howWeKnow: 'The article says February.',
        paragraphs: [3],
        after: ['rocket'],
      },
    ],
    sets: [
      {
        id: 'core',
        name: 'Core',
        description: 'All three events.',
        events: ['old-event', 'rocket', 'strike'],
      },
    ],
    questions: [
      {
        id: 'which-jets',
        kind: 'multiple-choice',
        prompt: 'Which jets struck?',
        options: ['F-15E', 'F-16', 'A-10'],
        answer: 'F-15E',
        explanation: 'The article names F-15E jets.',
        paragraphs: [3],
        difficulty: 1,
        basis: 'article',
      },
      {
        id: 'any-casualties',
        kind: 'true-false',
        prompt: 'Were casualties reported at once?',
        answer: false,
        explanation: 'There were no immediate reports.',
        paragraphs: [2],
        difficulty: 1,
        basis: 'article',
      },
      {
        id: 'who-said-deterrent',
        kind: 'who-said-it',
        prompt: 'Who said this?',
        quote: { text: 'A clear and unambiguous message.', speaker: 'John Kirby' },
        options: ['John Kirby', 'Michael Knights', 'Joe Biden'],
        answer: 'John Kirby',
        explanation: 'The Pentagon spokesman said it.',
        paragraphs: [2],
        difficulty: 2,
        basis: 'article',
      },
      {
        id: 'how-many-sites',
        kind: 'number',
        prompt: 'How many sites were hit?',
        answer: 3,
        unit: 'sites',
        explanation: 'Three sites, two in Syria and one in Iraq.',
        paragraphs: [2, 3],
        difficulty: 1,
        basis: 'article',
      },
    ],
  };
}
