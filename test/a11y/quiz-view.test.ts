import { describe, expect, it, vi } from 'vitest';
import type { A11yNode } from '../../src/a11y/model';
import { quizNodes, type QuizViewInput } from '../../src/a11y/quiz-view';
import type { Question } from '../../src/content/schema';
import type { AnswerRecord } from '../../src/rules/result';
import { minimalPack } from '../content/minimal-pack';

const pack = minimalPack();

function question(id: string): Question {
  const found = pack.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
}

function button(id: string): A11yNode {
  return { kind: 'button', id, label: id, onActivate: () => {} };
}

function input(overrides: Partial<QuizViewInput> & { question: Question }): QuizViewInput {
  return {
    choices: 'options' in overrides.question ? overrides.question.options : [],
    answer: undefined,
    streak: null,
    timerSeconds: 0,
    pending: null,
    digits: '',
    explanations: true,
    digests: pack.source.digests,
    report: null,
    controls: [],
    onChoose: () => {},
    onSubmitChoice: () => {},
    onDigits: () => {},
    onSubmitNumber: () => {},
    ...overrides,
  };
}

function record(q: Question, given: string | null, correct: boolean, expected: string): AnswerRecord {
  return { questionId: q.id, given, correct, expected, ms: 1000 };
}

function texts(nodes: A11yNode[]): string[] {
  return nodes.flatMap((n) => (n.kind === 'text' ? [n.text] : []));
}

function ids(nodes: A11yNode[]): string[] {
  return nodes.flatMap((n) => ('id' in n ? [n.id] : []));
}

describe('quizNodes', () => {
  it('asks the prompt as a heading, with the streak and the timer first when shown', () => {
    const nodes = quizNodes(input({ question: question('which-jets'), streak: 2, timerSeconds: 20 }));
    expect(nodes.slice(0, 3)).toEqual([
      { kind: 'text', text: 'Streak: 2 right in a row' },
      { kind: 'text', text: '20 seconds per question.' },
      { kind: 'text', heading: 2, text: 'Which jets struck?' },
    ]);
  });

  it('keeps back the speaker of a who-said-it quote until it is answered', () => {
    const q = question('who-said-deterrent');
    expect(texts(quizNodes(input({ question: q })))).toContain('Quote: “A clear and unambiguous message.”');
    const answered = quizNodes(input({ question: q, answer: record(q, 'Joe Biden', false, 'John Kirby') }));
    expect(texts(answered)).toContain('Quote: “A clear and unambiguous message.” (John Kirby)');
  });

  it('offers the options as radios checked by the pending choice, and Submit once one is chosen', () => {
    const q = question('which-jets');
    const onChoose = vi.fn();
    const onSubmitChoice = vi.fn();
    const none = quizNodes(input({ question: q }));
    expect(none.find((n) => n.kind === 'button' && n.id === 'submit-choice')).toMatchObject({
      disabled: true,
    });
    const nodes = quizNodes(input({ question: q, pending: 'F-16', onChoose, onSubmitChoice }));
    const group = nodes.find((n) => n.kind === 'radio-group');
    if (group?.kind !== 'radio-group') throw new Error('no radio group');
    expect(group.options.map((o) => [o.label, o.checked])).toEqual([
      ['F-15E', false],
      ['F-16', true],
      ['A-10', false],
    ]);
    group.onChoose('A-10');
    expect(onChoose).toHaveBeenCalledWith('A-10');
    const submit = nodes.find((n) => n.kind === 'button' && n.id === 'submit-choice');
    if (submit?.kind !== 'button') throw new Error('no submit');
    expect(submit.disabled).toBe(false);
    submit.onActivate();
    expect(onSubmitChoice).toHaveBeenCalledOnce();
  });

  it('cues a true-or-false question', () => {
    const nodes = quizNodes(input({ question: question('any-casualties'), choices: ['True', 'False'] }));
    expect(texts(nodes)).toContain('True or false?');
  });

  it('takes a number in a text box that keeps digits only, with the pad’s Submit after it', () => {
    const onDigits = vi.fn();
    const onSubmitNumber = vi.fn();
    const nodes = quizNodes(
      input({
        question: question('how-many-sites'),
        digits: '12',
        controls: [
          button('back'),
          button('pad-1'),
          button('pad-delete'),
          button('submit-number'),
          button('sound'),
        ],
        onDigits,
        onSubmitNumber,
      }),
    );
    const box = nodes.find((n) => n.kind === 'number-input');
    if (box?.kind !== 'number-input') throw new Error('no number input');
    expect(box).toMatchObject({ id: 'number-answer', label: 'Your answer (sites)', value: '12' });
    box.onInput('4a5678');
    expect(onDigits).toHaveBeenCalledWith('4567');
    box.onSubmit();
    expect(onSubmitNumber).toHaveBeenCalledOnce();
    // The pad's digit keys stay off the list: the text box does their work.
    expect(ids(nodes)).toEqual(['number-answer', 'submit-number', 'back', 'sound']);
  });

  it('says the verdict, the explanation and each paragraph it rests on after answering', () => {
    const q = question('how-many-sites');
    const nodes = quizNodes(
      input({ question: q, answer: record(q, '4', false, '3'), report: 'Report copied' }),
    );
    expect(texts(nodes).slice(1)).toEqual([
      '✗ Not quite — the answer is 3 sites',
      'Three sites, two in Syria and one in Iraq.',
      'Paragraph 2: The first thing happened.',
      'Paragraph 3: Then the second thing happened.',
      'Report copied',
    ]);
    expect(nodes.some((n) => n.kind === 'number-input')).toBe(false);
  });

  it('leaves out the explanation when the round keeps it for the end', () => {
    const q = question('which-jets');
    const nodes = quizNodes(
      input({ question: q, explanations: false, answer: record(q, 'F-15E', true, 'F-15E') }),
    );
    expect(texts(nodes)).toEqual(['Which jets struck?', '✓ Right']);
  });

  it('lists the remaining buttons in the order drawn, without the option buttons', () => {
    const q = question('which-jets');
    const controls = ['back', 'sound', 'option-0', 'option-1', 'open-source', 'next-question'].map(button);
    const nodes = quizNodes(input({ question: q, controls }));
    expect(ids(nodes)).toEqual(['answer', 'submit-choice', 'back', 'sound', 'open-source', 'next-question']);
  });
});
