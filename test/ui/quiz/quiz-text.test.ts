import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/content/schema';
import type { AnswerRecord } from '../../../src/rules/result';
import {
  feedbackLines,
  numberAnswerLabel,
  optionMark,
  reportMessage,
  verdictLine,
} from '../../../src/ui/quiz/quiz-text';
import { minimalPack } from '../../content/minimal-pack';

const pack = minimalPack();
const jets = pack.questions.find((q) => q.id === 'which-jets')!;
const sites = pack.questions.find((q) => q.id === 'how-many-sites')!;

function record(q: Question, given: string | null, correct: boolean, expected: string): AnswerRecord {
  return { questionId: q.id, given, correct, expected, ms: 1 };
}

describe('quiz wording', () => {
  it('states the verdict, with the right answer and its unit when wrong or out of time', () => {
    expect(verdictLine(jets, record(jets, 'F-15E', true, 'F-15E'))).toBe('✓ Right');
    expect(verdictLine(jets, record(jets, 'A-10', false, 'F-15E'))).toBe('✗ Not quite — the answer is F-15E');
    expect(verdictLine(sites, record(sites, null, false, '3'))).toBe('✗ Time’s up — the answer is 3 sites');
  });

  it('marks the chosen option, the right one and the rest, ignoring case and spaces', () => {
    const wrong = record(jets, ' a-10', false, 'F-15E');
    expect(optionMark('A-10', wrong)).toBe('chosen-wrong');
    expect(optionMark('F-15E', wrong)).toBe('right');
    expect(optionMark('F-16', wrong)).toBe('other');
    expect(optionMark('F-15E', record(jets, 'F-15E', true, 'F-15E'))).toBe('chosen-right');
    expect(optionMark('F-15E', record(jets, null, false, 'F-15E'))).toBe('right');
  });

  it('shows a typed number with its unit, or that none was given', () => {
    expect(numberAnswerLabel(sites, record(sites, '4', false, '3'))).toBe('4 sites');
    expect(numberAnswerLabel(sites, record(sites, null, false, '3'))).toBe('No answer');
  });

  it('follows the verdict with the explanation, its paragraphs and a note on outside context', () => {
    expect(feedbackLines(sites, true, pack.source.digests)).toEqual([
      { content: 'Three sites, two in Syria and one in Iraq.' },
      { content: '¶2 — The first thing happened.', muted: true, small: true },
      { content: '¶3 — Then the second thing happened.', muted: true, small: true },
    ]);
    expect(feedbackLines(sites, false, pack.source.digests)).toEqual([]);
    expect(feedbackLines({ ...jets, basis: 'context' }, false, [])).toEqual([
      {
        content: 'This answer relies on outside context, not on the article itself.',
        muted: true,
        small: true,
      },
    ]);
    expect(feedbackLines(jets, true, [])[1]?.content).toBe('¶3 — paragraph of the article');
  });

  it('says what became of a report', () => {
    expect(reportMessage({ copied: true, text: 'x' })).toBe('Report copied — send it to your teacher.');
    expect(reportMessage({ copied: false, text: 'x' })).toBe('Copy this text to report it:\nx');
  });
});
