/** A plain message screen: something could not be done, and the way on. Pure. */
export interface MessageView {
  heading: string;
  message: string;
  details: string[];
  action: { id: 'menu' | 'reload'; label: string };
}

export function messageView(heading: string, message: string, details: readonly string[] = []): MessageView {
  return { heading, message, details: [...details], action: { id: 'menu', label: 'Back to the menu' } };
}

/** When the game itself failed: what happened, that the round is kept, and how to go on. */
export function recoverView(problem: string, roundKept: boolean): MessageView {
  return {
    heading: 'Something went wrong',
    message: roundKept
      ? 'Newsline hit a problem it did not expect. Your round in progress is saved: reload to carry on where you were.'
      : 'Newsline hit a problem it did not expect. Reload to start again.',
    details: [`What happened: ${problem}`],
    action: { id: 'reload', label: 'Reload Newsline' },
  };
}
