import type Phaser from 'phaser';
import type { Question } from '../../content/schema';
import type { AnswerRecord } from '../../rules/result';
import { addAnswerOption, addMarkedBox } from './answer-option';
import type { Layout } from '../layout';
import { addNumberEntry, type NumberEntry, type NumberKeys } from './number-entry';
import { numberAnswerLabel, optionMark } from './quiz-text';
import { addQuoteBlock } from './quote-block';
import { addText } from '../text';
import { PALETTE } from '../theme';
import type { MakeButton } from '../top-bar';

export interface QuestionBlockOptions {
  question: Question;
  /** Option labels in the order shown; empty for a number question. */
  choices: readonly string[];
  answer: AnswerRecord | undefined;
  /** The option chosen but not yet submitted, marked on its button. */
  pending: string | null;
  /** Digits typed so far for a number answer. */
  digits: string;
  /** Top-left corner and width of the column; `gap` is the space between blocks. */
  left: number;
  top: number;
  width: number;
  gap: number;
  /** An option pressed: it is the answer. */
  onGive: (label: string) => void;
  /** What the keypad's keys do, for a number question. */
  numberKeys: NumberKeys;
}

export interface QuestionBlock {
  bottom: number;
  /** Where the answers (options or number) start. */
  answersTop: number;
  /** Tops of the quote and of each answer, where scrolling may stop without slicing a line. */
  blockTops: number[];
  /** The number display and pad while a number waits to be typed, to show each digit. */
  numberEntry: NumberEntry | null;
}

/**
 * The question as asked: its prompt, its quote, then its answers: full-width options (buttons
 * before answering, marked boxes after) or the number display and keypad.
 */
export function addQuestionBlock(
  scene: Phaser.Scene,
  layout: Layout,
  options: QuestionBlockOptions,
  makeButton: MakeButton,
): QuestionBlock {
  const { question, answer, left, width, gap } = options;
  const { text } = layout;
  let y = options.top;
  const blockTops: number[] = [];

  // Once answered the question steps back (smaller type) to leave room for the verdict.
  const prompt = addText(scene, left, y, question.prompt, {
    size: answer ? text.body : text.heading,
    bold: true,
    wrap: width,
  });
  y += prompt.height + gap;

  if (question.quote) {
    blockTops.push(y);
    // In a who-said-it question the speaker is the answer: named only once it is given.
    const speaker = question.kind === 'who-said-it' && !answer ? null : question.quote.speaker;
    y = addQuoteBlock(scene, layout, { text: question.quote.text, speaker, left, top: y, width }) + gap;
  }

  if (!answer && question.kind === 'true-false') {
    const cue = addText(scene, left, y, 'True or false?', {
      size: text.small,
      bold: true,
      colour: PALETTE.textMuted,
      wrap: width,
    });
    y += cue.height + Math.round(gap * 0.5);
  }

  const answersTop = y;
  let numberEntry: NumberEntry | null = null;
  if (question.kind === 'number') {
    blockTops.push(y);
    if (answer) {
      const mark = answer.correct ? 'chosen-right' : 'chosen-wrong';
      y = addMarkedBox(scene, layout, mark, numberAnswerLabel(question, answer), left, width, y) + gap;
    } else {
      numberEntry = addNumberEntry(
        scene,
        layout,
        {
          left,
          width,
          top: y,
          gap,
          unit: question.unit ?? '',
          ...options.numberKeys,
        },
        makeButton,
      );
      numberEntry.show(options.digits);
      y = numberEntry.bottom;
    }
  } else {
    options.choices.forEach((label, i) => {
      blockTops.push(y);
      const bottom = answer
        ? addMarkedBox(scene, layout, optionMark(label, answer), label, left, width, y)
        : addAnswerOption(
            scene,
            layout,
            {
              label,
              name: `option-${i}`,
              left,
              top: y,
              width,
              selected: options.pending === label,
              onPress: () => options.onGive(label),
            },
            makeButton,
          );
      y = bottom + gap * 0.75;
    });
    y += gap * 0.25;
  }
  return { bottom: y, answersTop, blockTops, numberEntry };
}
