/**
 * Copies text to the system clipboard. Resolves false when the browser has no clipboard API,
 * refuses it (permissions, an insecure page, no user gesture) or throws: the caller then shows
 * the text on screen instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
