/** Saves text as a small file the player or teacher can keep or send. */
export function downloadText(fileName: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the browser start the download before the address goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
