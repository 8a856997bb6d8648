import { describe, expect, it } from 'vitest';
import { answerWords, endSentence } from '../../src/views/words';

describe('answers inside a sentence', () => {
  it('a unit that ends in a full stop ends the sentence: one full stop, not two', () => {
    expect(endSentence(`The answer is ${answerWords('number', '6', 'p.m.')}`)).toBe('The answer is 6 p.m.');
    expect(endSentence('You said 7 lanterns')).toBe('You said 7 lanterns.');
    expect(endSentence('Is it? ')).toBe('Is it?');
  });

  it('an option is quoted, so its capital letter reads as the option’s own', () => {
    expect(endSentence(`The answer is ${answerWords('multiple-choice', 'The more cautious one')}`)).toBe(
      'The answer is “The more cautious one”.',
    );
    expect(answerWords('true-false', 'False')).toBe('“False”');
    expect(answerWords('number', '2020')).toBe('2020');
  });
});
