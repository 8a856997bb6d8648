/**
 * What the teacher pasted into the gradebook, kept in this browser until they press "Clear",
 * so a closed tab or a reload loses nothing. The pasted text itself is the record (files become
 * lines of it), so what is kept is exactly what the teacher sees. Pure apart from the Storage.
 */
export const GRADEBOOK_STORAGE_KEY = 'newsline:teacher:gradebook:v1';

/** Far more than a class hands in (a code is about 100 characters); a paste this big is a mistake. */
export const MAX_KEPT_CHARACTERS = 1_000_000;

export type KeptCodes =
  | { kind: 'found'; text: string }
  | { kind: 'none' }
  /** The browser refuses storage (private mode, blocked site data). */
  | { kind: 'unavailable' };

/** `storage` is a thunk because reading `window.localStorage` can itself throw. */
export function loadKeptCodes(storage: () => Storage): KeptCodes {
  try {
    const text = storage().getItem(GRADEBOOK_STORAGE_KEY);
    return text === null || text === ''
      ? { kind: 'none' }
      : { kind: 'found', text: text.slice(0, MAX_KEPT_CHARACTERS) };
  } catch {
    return { kind: 'unavailable' };
  }
}

export type KeepOutcome = 'kept' | 'too-big' | 'refused';

/** Keeps the text (an empty text forgets it); says when the browser would not. */
export function keepCodes(storage: () => Storage, text: string): KeepOutcome {
  if (text.length > MAX_KEPT_CHARACTERS) return 'too-big';
  try {
    if (text.trim() === '') storage().removeItem(GRADEBOOK_STORAGE_KEY);
    else storage().setItem(GRADEBOOK_STORAGE_KEY, text);
    return 'kept';
  } catch {
    return 'refused';
  }
}

/** The line under the box saying whether what is pasted survives closing the tab. */
export function keptStatus(outcome: KeepOutcome | 'unavailable', hasText: boolean): string {
  switch (outcome) {
    case 'kept':
      return hasText
        ? 'Kept in this browser: closing the tab loses nothing. Press “Clear everything” when you are done.'
        : 'Codes you paste are kept in this browser until you press “Clear everything”.';
    case 'too-big':
      return 'This is too much text to keep in the browser: export a CSV file before closing the tab.';
    case 'refused':
    case 'unavailable':
      return 'This browser is not letting the page keep anything, so the codes are lost when you close the tab: export a CSV file first.';
  }
}
