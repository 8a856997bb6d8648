import type { Digest, Question } from '../content/schema';
import type { AnswerRecord } from '../rules/result';
import { cleanDigits } from '../ui/quiz/quiz-input';
import { verdictLine } from '../ui/quiz/quiz-text';
import type { A11yNode } from './model';

/** Everything the quiz screen tells assistive technology, as plain values and callbacks. */
export interface QuizViewInput {
  question: Question;
  choices: readonly string[];
  answer: AnswerRecord | undefined;
  /** The streak when it is shown; null when hidden. */
  streak: number | null;
  /** Seconds per question; 0 for no timer. */
  timerSeconds: number;
  /** The option chosen but not yet submitted. */
  pending: string | null;
  /** Digits typed so far for a number answer. */
  digits: string;
  /** The round shows explanations and their paragraphs straight after each answer. */
  explanations: boolean;
  digests: readonly Digest[];
  /** What the report of a problem came to, when one was made for this question. */
  report: string | null;
  /** The scene's buttons in the order drawn; the options and the pad are given their own form. */
  controls: readonly A11yNode[];
  onChoose: (label: string) => void;
  onSubmitChoice: () => void;
  onDigits: (digits: string) => void;
  onSubmitNumber: () => void;
}

/**
 * The quiz as assistive technology gets it: the prompt as a heading, the quote (its speaker
 * kept back in a who-said-it question until answered), then the answers as a radio group with a
 * Submit button or a text box for a number; after answering, the verdict, the explanation and
 * the paragraphs it rests on. The remaining buttons follow in the order drawn.
 */
export function quizNodes(input: QuizViewInput): A11yNode[] {
  const { question, choices, answer } = input;
  const nodes: A11yNode[] = [];
  if (input.streak !== null) nodes.push({ kind: 'text', text: `Streak: ${input.streak} right in a row` });
  if (input.timerSeconds > 0 && !answer)
    nodes.push({ kind: 'text', text: `${input.timerSeconds} seconds per question.` });
  nodes.push({ kind: 'text', heading: 2, text: question.prompt });
  if (question.quote) {
    const speaker = question.kind === 'who-said-it' && !answer ? '' : ` (${question.quote.speaker})`;
    nodes.push({ kind: 'text', text: `Quote: “${question.quote.text}”${speaker}` });
  }
  if (!answer && question.kind === 'number') {
    nodes.push({
      kind: 'number-input',
      id: 'number-answer',
      label: question.unit ? `Your answer (${question.unit})` : 'Your answer',
      value: input.digits,
      onInput: (value) => input.onDigits(cleanDigits(value)),
      onSubmit: () => input.onSubmitNumber(),
    });
    nodes.push(...input.controls.filter((node) => controlName(node) === 'submit-number'));
  } else if (!answer) {
    const pending = input.pending;
    if (question.kind === 'true-false') nodes.push({ kind: 'text', text: 'True or false?' });
    nodes.push({
      kind: 'radio-group',
      id: 'answer',
      label: 'Answers (number keys or arrow keys choose, Enter submits)',
      options: choices.map((label) => ({ value: label, label, checked: label === pending })),
      onChoose: (value) => input.onChoose(value),
    });
    nodes.push({
      kind: 'button',
      id: 'submit-choice',
      label: 'Submit answer',
      disabled: pending === null,
      onActivate: () => input.onSubmitChoice(),
    });
  } else {
    nodes.push({ kind: 'text', text: verdictLine(question, answer) });
    if (input.explanations) {
      nodes.push({ kind: 'text', text: question.explanation });
      for (const paragraph of question.paragraphs) {
        const digest = input.digests.find((d) => d.paragraph === paragraph);
        nodes.push({ kind: 'text', text: `Paragraph ${paragraph}: ${digest?.text ?? ''}` });
      }
    }
    if (input.report !== null) nodes.push({ kind: 'text', text: input.report });
  }
  nodes.push(
    ...input.controls.filter((node) => {
      const name = controlName(node);
      return !name.startsWith('option-') && !name.startsWith('pad-') && name !== 'submit-number';
    }),
  );
  return nodes;
}

/** A control's name: the id it shares with its canvas button. */
function controlName(node: A11yNode): string {
  return 'id' in node ? node.id : '';
}
