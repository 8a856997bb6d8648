import { copyText } from './clipboard';

/**
 * Real HTML panels over the canvas for the two things a canvas does badly: typing text (any
 * language, any phone keyboard) and showing text to select and copy. Modal: a backdrop covers
 * the game, focus starts in the panel and Escape closes it. All text goes in via textContent
 * or .value, so user input never becomes markup.
 */
export interface AskTextOptions {
  title: string;
  label: string;
  value?: string;
  placeholder?: string;
  maxLength: number;
  submitLabel: string;
  /** Returns a problem to show (and keeps the panel open), or null to accept. */
  validate?: (value: string) => string | null;
  /** Sets the name the browser tests and screen readers find the input by. */
  id: string;
}

let open: HTMLElement | null = null;

/** Resolves with the accepted text, or null when the player cancels. */
export function askText(options: AskTextOptions): Promise<string | null> {
  return new Promise((resolve) => {
    const { panel, close } = frame(options.title, () => resolve(null));
    const form = document.createElement('form');
    const label = document.createElement('label');
    label.htmlFor = `overlay-${options.id}`;
    label.textContent = options.label;
    const input = document.createElement('input');
    input.id = `overlay-${options.id}`;
    input.type = 'text';
    input.autocomplete = 'off';
    input.maxLength = options.maxLength;
    input.value = options.value ?? '';
    if (options.placeholder) input.placeholder = options.placeholder;
    const problem = document.createElement('p');
    problem.className = 'overlay-problem';
    problem.setAttribute('role', 'alert');
    const row = buttonRow();
    const cancel = button('Cancel', 'secondary', () => {
      close();
      resolve(null);
    });
    const submit = button(options.submitLabel, 'primary');
    submit.type = 'submit';
    row.append(cancel, submit);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const found = options.validate?.(input.value) ?? null;
      if (found) {
        problem.textContent = found;
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return;
      }
      close();
      resolve(input.value);
    });
    form.append(label, input, problem, row);
    panel.append(form);
    input.focus();
    input.select();
  });
}

/** Shows text to read, select and copy by hand (when the clipboard is refused, say). */
export function showText(options: { title: string; intro: string; text: string; id: string }): Promise<void> {
  return new Promise((resolve) => {
    const { panel, close } = frame(options.title, resolve);
    const intro = document.createElement('p');
    intro.textContent = options.intro;
    const box = document.createElement('textarea');
    box.id = `overlay-${options.id}`;
    box.readOnly = true;
    box.rows = Math.min(
      8,
      Math.max(options.text.split('\n').length, Math.ceil(options.text.length / 30)) + 1,
    );
    box.value = options.text;
    box.setAttribute('aria-label', options.title);
    box.addEventListener('focus', () => box.select());
    const row = buttonRow();
    row.append(
      button('Close', 'primary', () => {
        close();
        resolve();
      }),
    );
    panel.append(intro, box, row);
    box.focus();
    box.select();
  });
}

function frame(title: string, onEscape: () => void): { panel: HTMLElement; close: () => void } {
  open?.remove();
  const backdrop = document.createElement('div');
  backdrop.className = 'overlay-backdrop';
  const panel = document.createElement('div');
  panel.className = 'overlay-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-modal', 'true');
  const heading = document.createElement('h2');
  heading.id = 'overlay-title';
  heading.textContent = title;
  panel.setAttribute('aria-labelledby', heading.id);
  panel.append(heading);
  backdrop.append(panel);
  document.body.append(backdrop);
  open = backdrop;
  const previousFocus = document.activeElement as HTMLElement | null;
  // Truly modal: Tab cannot wander into the game's controls behind the panel.
  const behind = [document.getElementById('a11y-layer'), document.getElementById('game')];
  behind.forEach((element) => element?.setAttribute('inert', ''));
  const close = (): void => {
    behind.forEach((element) => element?.removeAttribute('inert'));
    backdrop.remove();
    if (open === backdrop) open = null;
    previousFocus?.focus?.({ preventScroll: true });
  };
  // Keys typed in the panel stop here: the game behind (listening on the window) must not react.
  backdrop.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      onEscape();
    }
  });
  return { panel, close };
}

function buttonRow(): HTMLElement {
  const row = document.createElement('div');
  row.className = 'overlay-buttons';
  return row;
}

function button(label: string, variant: 'primary' | 'secondary', onClick?: () => void): HTMLButtonElement {
  const created = document.createElement('button');
  created.type = 'button';
  created.className = `overlay-button ${variant}`;
  created.textContent = label;
  if (onClick) created.addEventListener('click', onClick);
  return created;
}

/**
 * Copies text to the clipboard; where the browser refuses, shows it in a panel to copy by hand.
 * Resolves 'copied' or 'shown' so the caller can say which happened.
 */
export async function copyOrShow(text: string, title: string, id: string): Promise<'copied' | 'shown'> {
  if (await copyText(text)) return 'copied';
  void showText({
    title,
    intro:
      'This browser did not let the game copy for you. The text is selected below: copy it (Ctrl+C, or press and hold on a phone).',
    text,
    id,
  });
  return 'shown';
}
