import { html, nothing, type TemplateResult } from 'lit-html';
import type { QuizController } from '../../app/quiz-controller';
import type { QuizView } from '../../views/quiz';

export interface QuizPageActions {
  source(): void;
  report(): void;
}

/**
 * The quiz screen's page parts: the question and, once answered, why, as readable page text;
 * the canvas stage for answering; the answers again as page buttons for keyboards and screen
 * readers (the same QuizView the canvas draws); Source, report and Next at the bottom.
 */
export function quizScreen(
  view: QuizView,
  quiz: QuizController,
  stage: HTMLElement,
  actions: QuizPageActions,
  language: string,
): TemplateResult {
  const answered = view.answered;
  return html`<div class="play-screen play-screen--quiz">
    <div class="quiz-layout">
      <section class="quiz-reading" lang=${language} aria-live="off">
        <h2 class="quiz-reading__prompt" data-prompt>${view.prompt}</h2>
        ${
          view.quote
            ? html`<blockquote class="quote">
                <p>“${view.quote.text}”</p>
                ${view.quote.speaker ? html`<footer>— ${view.quote.speaker}</footer>` : nothing}
              </blockquote>`
            : nothing
        }
        ${
          answered
            ? html`<div class="answered answered--${answered.tone}" data-answered>
                <p class="answered__headline">${answered.headline}</p>
                <p class="answered__line">${answered.line}</p>
                ${answered.explanation ? html`<p class="answered__why">${answered.explanation}</p>` : nothing}
                ${
                  answered.paragraphs.length > 0
                    ? html`<ul class="digests">
                        ${answered.paragraphs.map((p) => html`<li class="digest"><span class="digest__mark">${p.mark}</span> ${p.text}</li>`)}
                      </ul>`
                    : nothing
                }
                ${answered.outsideContext ? html`<p class="reading__note">${answered.outsideContext}</p>` : nothing}
              </div>`
            : nothing
        }
      </section>
      <div class="quiz-layout__stage" data-kind=${view.kind} aria-hidden="true">${stage}</div>
    </div>
    ${accessibleAnswers(view, quiz)}
    <footer class="play-screen__footer play-screen__footer--quiz">
      <button type="button" class="button button--quiet" data-action="source" @click=${actions.source}>
        Source
      </button>
      <button
        type="button"
        class="button button--quiet"
        data-action="report"
        aria-label="This looks wrong? Report a problem with this question"
        ?disabled=${!answered}
        @click=${actions.report}
      >
        Report
      </button>
      <button
        type="button"
        class="button button--primary"
        data-action="next"
        ?disabled=${!view.next}
        @click=${() => quiz.next()}
      >
        ${view.next?.label ?? 'Next question'}
      </button>
    </footer>
  </div>`;
}

function accessibleAnswers(view: QuizView, quiz: QuizController): TemplateResult {
  return html`<section class="sr-layer" aria-label="Answers">
    <p>
      ${view.progress.filter((p) => p === 'right').length} right so
      far.${view.streak ? ` ${view.streak.label}.` : ''}
    </p>
    ${view.timer ? html`<p>${view.timer.label}</p>` : nothing}
    ${
      view.options.length > 0
        ? html`<div role="group" aria-label="Answers">
            ${view.options.map(
              (option, index) =>
                html`<button
                  type="button"
                  data-id=${option.id}
                  aria-pressed=${option.state === 'chosen-right' || option.state === 'chosen-wrong' ? 'true' : 'false'}
                  ?disabled=${view.answered !== null}
                  @click=${() => quiz.choose(index)}
                >
                  ${option.key}. ${option.label}${option.stateLabel ? ` (${option.stateLabel})` : ''}
                </button>`,
            )}
          </div>`
        : nothing
    }
    ${
      view.number
        ? html`<form
            @submit=${(e: Event) => {
              e.preventDefault();
              quiz.submitNumber();
            }}
          >
            <label for="number-answer">${view.number.label}</label>
            <input
              id="number-answer"
              data-id="number-answer"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              maxlength="4"
              .value=${view.number.digits}
              @input=${(e: Event) => quiz.setDigits((e.target as HTMLInputElement).value)}
            />
            <button type="submit" data-id="submit-number" ?disabled=${!view.number.canSubmit}>
              Submit answer
            </button>
          </form>`
        : nothing
    }
  </section>`;
}
