/**
 * Last line of defence: an error nobody caught becomes a readable message with a way back,
 * never a blank canvas. Plain DOM on purpose — it must work when Phaser itself is the problem.
 */
export function showFatal(message: string): void {
  let box = document.getElementById('fatal');
  if (!box) {
    box = document.createElement('div');
    box.id = 'fatal';
    box.setAttribute('role', 'alert');
    document.body.append(box);
  }
  box.replaceChildren();
  const heading = document.createElement('h1');
  heading.textContent = 'Something went wrong';
  const detail = document.createElement('p');
  // textContent, never innerHTML: the message may quote user input.
  detail.textContent = message;
  const back = document.createElement('a');
  back.href = location.pathname;
  back.textContent = 'Back to the menu';
  box.append(heading, detail, back);
}

export function installFatalHandlers(): void {
  window.addEventListener('error', (event) => showFatal(describe(event.error ?? event.message)));
  window.addEventListener('unhandledrejection', (event) => showFatal(describe(event.reason)));
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
