import { BASIS_WORDS, VERDICT } from './words';

/** How to play, in a student's words. Static text, but one description like every screen. */
export interface HowToView {
  heading: string;
  sections: Array<{ heading: string; items: string[] }>;
  marks: Array<{ tone: keyof typeof VERDICT; icon: string; word: string; meaning: string }>;
}

export function howToView(): HowToView {
  return {
    heading: 'How to play',
    sections: [
      {
        heading: '1. Build the timeline',
        items: [
          'One card starts on the line with its date showing. Each new card arrives on its own: drag it onto the line, or tap (or click) the gap where it goes.',
          'Read the clue under each title: it is there to reason from.',
          'When a card lands it flips to show its date and how we know it. A card in the wrong place slides to where it belongs.',
          `Each date says how we know it: ${BASIS_WORDS.stated}, ${BASIS_WORDS.inferred}, or ${BASIS_WORDS.context} (a day from other reports, shown in brackets). Once the line is done, tap a card for the whole story.`,
          'The map shows where the placed cards happened. A pin’s number is the card’s place on your line (1 is the earliest); “3·8” means two cards in one place.',
          'Your teacher may ask you to sort all the cards at once instead: drag them into order (earliest at the top), or tap a card and then tap its new place, then press Check order.',
        ],
      },
      {
        heading: '2. Answer the questions',
        items: [
          'Tap an answer. For a number, type it on the number pad.',
          'After each answer you see why, with the paragraphs of the article it rests on. Report, under the question, lets you tell us about a mistake in our content.',
          'Some rounds have a timer. It stops while a menu or message is open, and you can make it longer in Settings.',
        ],
      },
      {
        heading: '3. See how you did',
        items: [
          'Your score mixes the timeline and the quiz equally. The review shows every mistake with the paragraphs to read again.',
          'A teacher’s round gives you a result code to hand in. The daily round is the same for everyone today: share your grid.',
        ],
      },
      {
        heading: 'Keyboard',
        items: [
          'Tab moves between controls. On the board, choose a place with Enter or Space; in sort mode, Space picks a card up, the arrow keys move it and Space puts it down.',
          'In the quiz, the letter keys A–D choose an answer and Enter goes on. Escape opens the menu.',
        ],
      },
    ],
    marks: [
      { tone: 'right', ...VERDICT.right, meaning: 'in the right place, or the right answer' },
      { tone: 'wrong', ...VERDICT.wrong, meaning: 'in the wrong place, or the wrong answer' },
      {
        tone: 'either',
        ...VERDICT.either,
        meaning: 'the article does not say which of two events came first, so either side counts',
      },
    ],
  };
}
