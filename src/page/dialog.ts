import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { InputOwner } from './input-owner';

/**
 * Every dialog in the game goes through here: a native modal <dialog> (the rest of the page is
 * inert, focus starts inside it, Escape cancels) that claims input from the canvas while open.
 * A button acts on `click`, the last event of a tap, so nothing of the press is left over to
 * reach whatever is behind the dialog once it closes.
 */
export interface DialogAction<T extends string> {
  id: T;
  label: string;
  variant?: 'primary' | 'secondary' | 'danger';
}

export interface DialogSpec<T extends string> {
  /** Stable name for tests and styling, e.g. "leave" or "name". */
  name: string;
  title: string;
  body?: TemplateResult | string;
  actions: ReadonlyArray<DialogAction<T>>;
  /** A text field; its value comes back with the action. */
  input?: {
    label: string;
    value?: string;
    maxLength: number;
    autocomplete?: string;
    inputMode?: 'text' | 'numeric';
    /** A problem to show instead of closing, or null to accept. Only checked for `submitId`. */
    validate?: (value: string) => string | null;
    submitId: T;
  };
  /** What Escape or the close button means; defaults to the first action. */
  cancelId?: T;
  /** Wide dialogs hold reading text (how we know, a report). */
  wide?: boolean;
}

export interface DialogOutcome<T extends string> {
  action: T;
  value: string;
}

export class Dialogs {
  private readonly host: HTMLElement;
  private openCount = 0;

  constructor(
    private readonly owner: InputOwner,
    root: HTMLElement = document.body,
  ) {
    this.host = document.createElement('div');
    this.host.className = 'dialogs';
    root.append(this.host);
  }

  get isOpen(): boolean {
    return this.openCount > 0;
  }

  /** Opens a dialog and resolves with the action taken (Escape gives `cancelId`). */
  open<T extends string>(spec: DialogSpec<T>): Promise<DialogOutcome<T>> {
    const dialog = document.createElement('dialog');
    dialog.className = `dialog${spec.wide ? ' dialog--wide' : ''}`;
    dialog.dataset.dialog = spec.name;
    const titleId = `dialog-title-${spec.name}`;
    dialog.setAttribute('aria-labelledby', titleId);
    this.host.append(dialog);
    const release = this.owner.claim('dialog');
    this.openCount++;
    const cancelId = spec.cancelId ?? spec.actions[0]!.id;
    let problem = '';

    return new Promise((resolve) => {
      const valueOf = (): string =>
        dialog.querySelector<HTMLInputElement>('input[name="dialog-input"]')?.value ?? '';
      const finish = (action: T): void => {
        if (!dialog.isConnected) return;
        dialog.close();
        dialog.remove();
        this.openCount--;
        release();
        resolve({ action, value: valueOf() });
      };
      const act = (action: T): void => {
        if (spec.input && action === spec.input.submitId) {
          const issue = spec.input.validate?.(valueOf()) ?? null;
          if (issue) {
            problem = issue;
            draw();
            dialog.querySelector<HTMLInputElement>('input[name="dialog-input"]')?.focus();
            return;
          }
        }
        finish(action);
      };
      const draw = (): void => {
        const input = spec.input;
        render(
          html`<form
            method="dialog"
            class="dialog__form"
            @submit=${(event: Event) => {
              event.preventDefault();
              if (input) act(input.submitId);
            }}
          >
            <h2 id=${titleId} class="dialog__title">${spec.title}</h2>
            ${
              spec.body === undefined
                ? nothing
                : // A reading dialog's body is focusable, so it scrolls by keyboard too.
                  html`<div class="dialog__body" tabindex=${spec.wide ? '0' : nothing}>${spec.body}</div>`
            }
            ${
              input
                ? html`<label class="dialog__label" for="dialog-input-${spec.name}">${input.label}</label>
                    <input
                      id="dialog-input-${spec.name}"
                      name="dialog-input"
                      class="dialog__input"
                      type="text"
                      .value=${valueOf() || (input.value ?? '')}
                      maxlength=${input.maxLength}
                      autocomplete=${input.autocomplete ?? 'off'}
                      inputmode=${input.inputMode ?? 'text'}
                      spellcheck="false"
                      aria-invalid=${problem ? 'true' : 'false'}
                      aria-describedby="dialog-problem-${spec.name}"
                      autofocus
                    />
                    <p id="dialog-problem-${spec.name}" class="dialog__problem" role="alert">${problem}</p>`
                : nothing
            }
            <div class="dialog__actions">
              ${spec.actions.map(
                (action) =>
                  html`<button
                    type=${input && action.id === input.submitId ? 'submit' : 'button'}
                    class="button button--${action.variant ?? 'secondary'}"
                    data-action=${action.id}
                    ?autofocus=${!input && action.id === cancelId}
                    @click=${(event: Event) => {
                      if (input && action.id === input.submitId) return; // the form's submit handles it
                      event.preventDefault();
                      act(action.id);
                    }}
                  >
                    ${action.label}
                  </button>`,
              )}
            </div>
          </form>`,
          dialog,
        );
      };
      dialog.addEventListener('cancel', (event) => {
        event.preventDefault();
        finish(cancelId);
      });
      draw();
      dialog.showModal();
    });
  }

  /** Closes every open dialog as if cancelled (leaving a screen). */
  closeAll(): void {
    this.host
      .querySelectorAll('dialog')
      .forEach((d) => d.dispatchEvent(new Event('cancel', { cancelable: true })));
  }
}
