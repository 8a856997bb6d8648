/**
 * Last line of defence, before the game itself exists: a readable message with a way back,
 * never a blank page. Plain DOM on purpose, with text set as text (it may quote bad input).
 */
export function showFatal(message: string, details: readonly string[] = []): void {
  let box = document.getElementById('fatal');
  if (!box) {
    box = document.createElement('div');
    box.id = 'fatal';
    box.setAttribute('role', 'alert');
    document.body.append(box);
  }
  document.getElementById('boot')?.remove();
  const heading = document.createElement('h1');
  heading.textContent = 'Something went wrong';
  const detail = document.createElement('p');
  detail.textContent = message;
  const list = document.createElement('ul');
  for (const line of details) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  const again = document.createElement('a');
  again.href = window.location.pathname;
  again.textContent = 'Try again';
  box.replaceChildren(heading, detail, ...(details.length > 0 ? [list] : []), again);
}
