import { html, nothing, type TemplateResult } from 'lit-html';
import type { ResultsView } from '../../views/results';

export interface ResultsActions {
  act(id: ResultsView['actions'][number]['id']): void;
  copy(text: string, what: string): void;
  download(): void;
  showCode(): void;
  share(): void;
}

/**
 * The results as page text under the canvas band that counts the score up and celebrates: what
 * the score is made of, the hand-in, the share card and the review of every mistake.
 */
export function resultsScreen(
  view: ResultsView,
  stage: HTMLElement,
  actions: ResultsActions,
  language: string,
): TemplateResult {
  return html`<div class="results">
    <div class="results__stage" aria-hidden="true">${stage}</div>
    <section class="results__summary">
      <p class="results__score" data-score>${view.scoreLabel}</p>
      <p class="results__praise">${view.praise}</p>
      <ul class="results__lines">
        ${view.lines.map((line) => html`<li>${line}</li>`)}
      </ul>
      ${view.best ? html`<p class="results__best">${view.best}</p>` : nothing}
    </section>

    ${
      view.handIn
        ? html`<section class="panel panel--hand-in" aria-labelledby="hand-in-heading" data-panel="hand-in">
            <h2 id="hand-in-heading">${view.handIn.heading}</h2>
            <p>${view.handIn.name}</p>
            <p class="reading__note">${view.handIn.note}</p>
            <p class="code" data-result-code>${view.handIn.code}</p>
            <div class="panel__actions">
              <button
                type="button"
                class="button button--primary"
                data-action="copy-code"
                @click=${() => actions.copy(view.handIn!.code, 'Result code')}
              >
                Copy code
              </button>
              <button
                type="button"
                class="button button--secondary"
                data-action="download-code"
                @click=${actions.download}
              >
                Download
              </button>
              <button
                type="button"
                class="button button--secondary"
                data-action="show-code"
                @click=${actions.showCode}
              >
                Show it big
              </button>
            </div>
          </section>`
        : nothing
    }
    ${
      view.share
        ? html`<section class="panel panel--share" aria-labelledby="share-heading" data-panel="share">
            <h2 id="share-heading">${view.share.heading}</h2>
            <pre class="share-card" data-share>${view.share.text}</pre>
            <div class="panel__actions">
              <button
                type="button"
                class="button button--primary"
                data-action="share"
                @click=${actions.share}
              >
                Share
              </button>
              <button
                type="button"
                class="button button--secondary"
                data-action="copy-share"
                @click=${() => actions.copy(view.share!.text, 'Share card')}
              >
                Copy
              </button>
            </div>
          </section>`
        : nothing
    }

    <section class="panel panel--review" aria-labelledby="review-heading" lang=${language}>
      <h2 id="review-heading">${view.review.heading}</h2>
      ${view.review.empty ? html`<p>${view.review.empty}</p>` : nothing}
      ${view.review.items.map(
        (item) =>
          html`<details class="review-item">
            <summary><span class="review-item__label">${item.label}</span> ${item.title}</summary>
            ${
              item.quote
                ? html`<blockquote class="quote">
                    <p>“${item.quote.text}”</p>
                    <footer>— ${item.quote.speaker}</footer>
                  </blockquote>`
                : nothing
            }
            <p class="review-item__what">${item.what}</p>
            <p>${item.why}</p>
            <ul class="digests">
              ${item.paragraphs.map((p) => html`<li class="digest"><span class="digest__mark">${p.mark}</span> ${p.text}</li>`)}
            </ul>
            ${item.outsideContext ? html`<p class="reading__note">This relies on outside context, not on the article itself.</p>` : nothing}
          </details>`,
      )}
    </section>

    <nav class="results__actions" aria-label="What next">
      ${view.actions.map(
        (a, i) =>
          html`<button
            type="button"
            class="button ${i === 0 ? 'button--primary' : 'button--secondary'} button--big"
            data-action=${a.id}
            @click=${() => actions.act(a.id)}
          >
            ${a.label}
          </button>`,
      )}
    </nav>
  </div>`;
}
