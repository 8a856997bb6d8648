import type { Digest, Question } from '../../content/schema';
import type { AnswerRecord } from '../../rules/result';
import { sameAnswer } from '../../rules/scoring';
import { VERDICT } from '../theme';

/**
 * The quiz's words, shared by what the canvas draws and what the accessibility layer reads out,
 * so the two never disagree. No Phaser here, so it is unit-tested in Node.
 */

/** How an answered option is marked: the player's pick (right or wrong), the right one, or neither. */
export type OptionMark = 'chosen-right' | 'chosen-wrong' | 'right' | 'other';

/** One line of the verdict panel under its headline. */
export interface FeedbackLine {
  content: string;
  muted?: boolean;
  small?: boolean;
}

/** The verdict in one line, as shown at the top of the feedback and announced. */
export function verdictLine(question: Question, answer: AnswerRecord): string {
  const expected = expectedLabel(question, answer);
  if (answer.correct) return `${VERDICT.right.icon} ${VERDICT.right.word}`;
  return answer.given === null
    ? `${VERDICT.wrong.icon} Time’s up — the answer is ${expected}`
    : `${VERDICT.wrong.icon} Not quite — the answer is ${expected}`;
}

/** The right answer as the feedback says it: a number with its unit. */
export function expectedLabel(question: Question, answer: AnswerRecord): string {
  return question.kind === 'number' && question.unit
    ? `${answer.expected} ${question.unit}`
    : answer.expected;
}

/** How an option is marked once the question is answered. */
export function optionMark(label: string, answer: AnswerRecord): OptionMark {
  const isExpected = sameAnswer(label, answer.expected);
  const chosen = answer.given !== null && sameAnswer(label, answer.given);
  if (chosen) return answer.correct ? 'chosen-right' : 'chosen-wrong';
  return isExpected ? 'right' : 'other';
}

/** The typed number as its answered box shows it: with its unit, or that time ran out. */
export function numberAnswerLabel(question: Question, answer: AnswerRecord): string {
  const unit = question.kind === 'number' ? (question.unit ?? '') : '';
  return answer.given === null ? 'No answer' : `${answer.given}${unit ? ` ${unit}` : ''}`;
}

/**
 * What the verdict panel says under its headline: the explanation and the paragraphs it rests
 * on (when the round shows explanations during play), then a note when the answer comes from
 * outside the article.
 */
export function feedbackLines(
  question: Question,
  explanations: boolean,
  digests: readonly Digest[],
): FeedbackLine[] {
  const lines: FeedbackLine[] = [];
  if (explanations) {
    lines.push({ content: question.explanation });
    for (const paragraph of question.paragraphs) {
      const digest = digests.find((d) => d.paragraph === paragraph);
      lines.push({
        content: `¶${paragraph} — ${digest?.text ?? 'paragraph of the article'}`,
        muted: true,
        small: true,
      });
    }
  }
  if (question.basis === 'context') {
    lines.push({
      content: 'This answer relies on outside context, not on the article itself.',
      muted: true,
      small: true,
    });
  }
  return lines;
}

/** What became of "This looks wrong?": copied, or the text to copy by hand. */
export function reportMessage(report: { copied: boolean; text: string }): string {
  return report.copied
    ? 'Report copied — send it to your teacher.'
    : `Copy this text to report it:\n${report.text}`;
}
