import { html, nothing, type TemplateResult } from 'lit-html';
import type { RoundMode } from '../../rules/round-config';
import type { ChoiceView, TitleView } from '../../views/title';
import logoUrl from '../../../assets/logo.svg?url';

export interface TitleActions {
  play(): void;
  daily(): void;
  resume(): void;
  discard(): void;
  startInvite(): void;
  dismissInvite(): void;
  choosePack(id: string): void;
  chooseSet(id: string): void;
  chooseLength(count: number): void;
  chooseMode(mode: RoundMode): void;
  open(screen: 'how-to' | 'source' | 'settings'): void;
  enterCode(): void;
  teachers(): void;
}

/** The menu as page text: the big Play first, everything else a step away. */
export function titleScreen(view: TitleView, actions: TitleActions): TemplateResult {
  return html`<div class="title-screen">
    <section class="title-screen__hero">
      <h1 class="title-screen__name" tabindex="-1">
        <img class="title-screen__logo" src=${logoUrl} alt=${view.title} width="240" height="80" />
      </h1>
      <p class="title-screen__tagline">${view.tagline}</p>
    </section>

    ${
      view.notices.length > 0
        ? html`<ul class="notices" role="status">
            ${view.notices.map((n) => html`<li class="notice">${n}</li>`)}
          </ul>`
        : nothing
    }

    <section class="title-screen__main">
      ${
        view.resume
          ? html`<div class="banner banner--resume" data-banner="resume">
              <h2 class="banner__heading">${view.resume.heading}</h2>
              <p class="banner__detail">${view.resume.detail}</p>
              <div class="banner__actions">
                <button
                  type="button"
                  class="button button--primary"
                  data-action="resume"
                  @click=${actions.resume}
                >
                  ${view.resume.resumeLabel}
                </button>
                <button
                  type="button"
                  class="button button--secondary"
                  data-action="discard"
                  @click=${actions.discard}
                >
                  ${view.resume.discardLabel}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${
        view.invite
          ? html`<div class="banner banner--invite" data-banner="invite">
              <h2 class="banner__heading">${view.invite.heading}</h2>
              <p class="banner__detail">${view.invite.detail}</p>
              <div class="banner__actions">
                <button
                  type="button"
                  class="button button--primary button--big"
                  data-action="start-invite"
                  @click=${actions.startInvite}
                >
                  ${view.invite.startLabel}
                </button>
                <button
                  type="button"
                  class="button button--quiet"
                  data-action="dismiss-invite"
                  @click=${actions.dismissInvite}
                >
                  ${view.invite.leaveLabel}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${
        view.invite?.asksName
          ? nothing
          : html`<button
                type="button"
                class="play-button${view.invite ? ' play-button--quiet' : ''}"
                data-action="play"
                @click=${actions.play}
              >
                <span class="play-button__label">${view.play.label}</span>
                <span class="play-button__detail">${view.play.detail}</span>
              </button>
              <button
                type="button"
                class="daily-button${view.daily.done ? ' daily-button--done' : ''}"
                data-action="daily"
                @click=${actions.daily}
              >
                <span class="daily-button__label">${view.daily.label}</span>
                <span class="daily-button__detail">${view.daily.detail}</span>
              </button>`
      }
      <ol class="steps" aria-label="How a round goes">
        ${view.steps.map(
          (step, i) =>
            html`<li class="steps__step">
              <span class="steps__number" aria-hidden="true">${i + 1}</span><span>${step}</span>
            </li>`,
        )}
      </ol>
    </section>

    <section class="article-card" aria-labelledby="article-label" lang=${view.article.language}>
      <h2 id="article-label" class="article-card__label">${view.article.label}</h2>
      <p class="article-card__headline">${view.article.headline}</p>
      <p class="article-card__note">${view.article.headlineNote}</p>
      <p class="article-card__byline">${view.article.byline}</p>
      <p class="article-card__date">${view.article.date}</p>
    </section>

    ${
      view.packs
        ? html`<fieldset class="choices choices--packs">
            <legend>Article</legend>
            ${choiceList('pack', view.packs, actions.choosePack)}
          </fieldset>`
        : nothing
    }

    <details class="round-options">
      <summary class="round-options__summary">${view.options.summary}</summary>
      <fieldset class="choices">
        <legend>Events</legend>
        ${choiceList('set', view.options.sets, actions.chooseSet)}
      </fieldset>
      <fieldset class="choices choices--row">
        <legend>Questions</legend>
        ${choiceList('length', view.options.lengths, (v) => actions.chooseLength(Number(v)))}
      </fieldset>
      <fieldset class="choices">
        <legend>Timeline</legend>
        ${choiceList('mode', view.options.modes, (v) => actions.chooseMode(v as RoundMode))}
      </fieldset>
    </details>

    <nav class="title-links" aria-label="More">
      <button
        type="button"
        class="button button--secondary"
        data-action="how-to"
        @click=${() => actions.open('how-to')}
      >
        How to play
      </button>
      <button
        type="button"
        class="button button--secondary"
        data-action="source"
        @click=${() => actions.open('source')}
      >
        Source
      </button>
      <button
        type="button"
        class="button button--secondary"
        data-action="settings"
        @click=${() => actions.open('settings')}
      >
        Settings
      </button>
      <button
        type="button"
        class="button button--secondary"
        data-action="enter-code"
        @click=${actions.enterCode}
      >
        Enter a round code
      </button>
      <a class="button button--secondary" data-action="teachers" href="./teacher.html">For teachers</a>
    </nav>

    ${view.best ? html`<p class="title-screen__best">${view.best}</p>` : nothing}
  </div>`;
}

function choiceList<T extends string | number>(
  name: string,
  choices: readonly ChoiceView<T>[],
  choose: (value: string) => void,
): TemplateResult {
  return html`${choices.map(
    (choice) =>
      html`<label class="choice${choice.selected ? ' choice--selected' : ''}">
        <input
          type="radio"
          name=${name}
          value=${String(choice.value)}
          .checked=${choice.selected}
          @change=${() => choose(String(choice.value))}
        />
        <span class="choice__label">${choice.label}</span>
        <span class="choice__detail">${choice.detail}</span>
      </label>`,
  )}`;
}
