import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/ui/layout';
import { feedbackScroll, quizColumns, type FeedbackArea } from '../../../src/ui/quiz/quiz-layout';

describe('quizColumns', () => {
  it('puts the verdict beside the question on a wide landscape screen once answered', () => {
    const laptop = computeLayout(1366, 768);
    const columns = quizColumns(laptop, true);
    expect(columns.split).toBe(true);
    expect(columns.full).toBe(920);
    expect(columns.feedbackLeft).toBeCloseTo(columns.left + columns.width + laptop.margin * 1.5);
    expect(quizColumns(laptop, false)).toMatchObject({ split: false, full: 720, width: 720 });
  });

  it('keeps one column on a phone and on a portrait tablet', () => {
    for (const layout of [computeLayout(360, 640), computeLayout(768, 1024)]) {
      const columns = quizColumns(layout, true);
      expect(columns.split).toBe(false);
      expect(columns.feedbackLeft).toBe(columns.left);
      expect(columns.width).toBe(columns.full);
    }
  });
});

describe('feedbackScroll', () => {
  const area: FeedbackArea = {
    split: false,
    bottom: 900,
    headingBottom: 700,
    keepInView: 250,
    visibleBottom: 600,
    stops: [0, 120, 220, 320, 420],
    scrollLimit: 400,
  };

  it('stops at the first block top past what keeps the options in view', () => {
    // Wanted: at least the headline (100), at most the options' limit (250) → stop at 320.
    expect(feedbackScroll(area)).toBe(320);
  });

  it('falls back to the last reachable stop, or the wanted place when no stop fits', () => {
    expect(feedbackScroll({ ...area, stops: [0, 120, 220] })).toBe(220);
    expect(feedbackScroll({ ...area, stops: [0] })).toBe(250);
  });

  it('does not scroll when the verdict is in view or sits beside the question', () => {
    expect(feedbackScroll({ ...area, bottom: 500, headingBottom: 400 })).toBeNull();
    expect(feedbackScroll({ ...area, split: true })).toBeNull();
  });
});
