import { html, nothing, type TemplateResult } from 'lit-html';
import type { EventDetailView } from '../../views/event-detail';
import type { HowToView } from '../../views/how-to';
import type { MessageView } from '../../views/message';
import type { SettingsView, SettingView } from '../../views/settings';
import type { SourceView } from '../../views/source';

/** The screens that are read: real page text, so browsers can translate, zoom and select it. */

export function sourceScreen(view: SourceView): TemplateResult {
  return html`<article class="reading" lang=${view.language}>
    <p class="reading__headline">${view.headline}</p>
    <p class="reading__note">${view.headlineNote}</p>
    <dl class="facts">
      ${view.facts.map(
        (f) =>
          html`<div class="facts__row">
            <dt>${f.label}</dt>
            <dd>${f.value}</dd>
          </div>`,
      )}
    </dl>
    ${view.notes.map((n) => html`<p class="reading__note">${n}</p>`)}
    <h2>${view.paragraphsHeading}</h2>
    <ol class="digests">
      ${view.paragraphs.map((p) => html`<li class="digest"><span class="digest__mark">${p.mark}</span> ${p.text}</li>`)}
    </ol>
  </article>`;
}

export function howToScreen(view: HowToView): TemplateResult {
  return html`<article class="reading">
    ${view.sections.map(
      (section) =>
        html`<section>
          <h2>${section.heading}</h2>
          <ul>
            ${section.items.map((item) => html`<li>${item}</li>`)}
          </ul>
        </section>`,
    )}
    <section>
      <h2>What the marks mean</h2>
      <ul class="marks">
        ${view.marks.map(
          (m) =>
            html`<li class="mark-row">
              <span class="chip chip--${m.tone}"><span aria-hidden="true">${m.icon}</span> ${m.word}</span>
              <span>${m.meaning}</span>
            </li>`,
        )}
      </ul>
    </section>
  </article>`;
}

export function settingsScreen(
  view: SettingsView,
  change: (id: string, value: string) => void,
): TemplateResult {
  return html`<form class="reading settings" @submit=${(e: Event) => e.preventDefault()}>
    ${view.status ? html`<p class="notice" role="status">${view.status}</p>` : nothing}
    ${view.settings.map((setting) => settingRow(setting, change))}
    <p class="reading__note">${view.saveNote}</p>
  </form>`;
}

function settingRow(setting: SettingView, change: (id: string, value: string) => void): TemplateResult {
  const hintId = `hint-${setting.id}`;
  if (setting.kind === 'range') {
    return html`<div class="setting">
      <label class="setting__label" for="setting-${setting.id}">${setting.label}</label>
      <p class="setting__hint" id=${hintId}>${setting.hint}</p>
      <input
        id="setting-${setting.id}"
        type="range"
        min="0"
        max="100"
        step="10"
        .value=${String(setting.value)}
        ?disabled=${setting.disabled}
        aria-describedby=${hintId}
        @change=${(e: Event) => change(setting.id, (e.target as HTMLInputElement).value)}
      />
    </div>`;
  }
  return html`<fieldset class="setting" aria-describedby=${hintId} ?disabled=${setting.disabled ?? false}>
    <legend class="setting__label">${setting.label}</legend>
    <p class="setting__hint" id=${hintId}>${setting.hint}</p>
    <div class="segmented">
      ${setting.choices.map(
        (c) =>
          html`<label class="segmented__option${c.checked ? ' segmented__option--checked' : ''}">
            <input
              type="radio"
              name="setting-${setting.id}"
              value=${c.value}
              .checked=${c.checked}
              @change=${() => change(setting.id, c.value)}
            />
            <span>${c.label}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}

export function messageScreen(
  view: MessageView,
  act: (id: MessageView['action']['id']) => void,
): TemplateResult {
  return html`<article class="reading message" role="alert">
    <p class="message__text">${view.message}</p>
    ${view.details.map((d) => html`<p class="reading__note">${d}</p>`)}
    <button
      type="button"
      class="button button--primary button--big"
      data-action=${view.action.id}
      @click=${() => act(view.action.id)}
    >
      ${view.action.label}
    </button>
  </article>`;
}

/** "How we know" for one card, shown in a dialog over the board. */
export function eventDetail(view: EventDetailView, language: string): TemplateResult {
  return html`<div class="event-detail" lang=${language}>
    <p class="event-detail__date">${view.date}</p>
    <p class="reading__note">${view.basis} ${view.dateReason}</p>
    <p>${view.detail}</p>
    <h3>How we know</h3>
    <p>${view.howWeKnow}</p>
    ${view.place ? html`<p class="reading__note">${view.place}</p>` : nothing}
    <ul class="digests">
      ${view.paragraphs.map((p) => html`<li class="digest"><span class="digest__mark">${p.mark}</span> ${p.text}</li>`)}
    </ul>
  </div>`;
}
