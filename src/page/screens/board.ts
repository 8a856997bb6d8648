import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { BoardController } from '../../app/board-controller';
import type { BoardView, CardView } from '../../views/board';

/**
 * The board screen's page parts: the instruction and status as visible text, the canvas stage,
 * the map, the main button, and the board rendered again as real buttons and lists for
 * keyboards and screen readers (drawn from the same BoardView as the canvas).
 */
export function boardScreen(
  view: BoardView,
  board: BoardController,
  stage: HTMLElement,
  map: HTMLElement | null,
  language: string,
): TemplateResult {
  return html`<div class="play-screen play-screen--board">
    <div class="board-layout${map && (view.mode === 'place' || view.done) ? ' board-layout--with-map' : ''}">
      ${map && (view.mode === 'place' || view.done) ? html`<div class="board-layout__map">${map}</div>` : nothing}
      <div class="board-layout__stage" aria-hidden="true">${stage}</div>
    </div>
    ${accessibleBoard(view, board, language)}
    <footer class="play-screen__footer">
      ${
        view.primary
          ? html`<p class="play-screen__instruction">${view.instruction}</p>
              <button
                type="button"
                class="button button--primary button--big"
                data-action=${view.primary.id}
                @click=${() => board.primary()}
              >
                ${view.primary.label}
              </button>`
          : html`<p
              class="play-screen__hint play-screen__hint--${view.feedback?.tone ?? 'none'}"
              data-feedback
            >
              ${view.feedback?.text ?? view.instruction}
            </p>`
      }
    </footer>
  </div>`;
}

/** The canvas's board as page controls: the same words, the same actions. Visually hidden. */
function accessibleBoard(view: BoardView, board: BoardController, language: string): TemplateResult {
  return html`<section class="sr-layer" aria-label="The board" lang=${language}>
    ${view.feedback ? html`<p>${view.feedback.text}</p>` : nothing}
    ${
      view.deck
        ? html`<p data-id="deck">${view.deckLabel}: ${view.deck.label}</p>
            <div role="group" aria-label="Where does it go?">
              ${view.gaps.map(
                (gap) =>
                  html`<button
                    type="button"
                    data-id="gap-${gap.index}"
                    @click=${() => board.place(gap.index)}
                  >
                    ${gap.label}
                  </button>`,
              )}
            </div>`
        : nothing
    }
    ${view.ends ? html`<p>↑ ${view.ends.top}</p>` : nothing}
    <ol
      aria-label=${view.done ? 'The timeline, earliest first' : view.mode === 'place' ? 'The line so far, earliest first' : 'Your order, earliest first'}
    >
      ${repeat(
        view.line,
        // Keyed by card, so a moved card keeps its element and keyboard focus moves with it.
        (card) => card.id,
        (card, index) => cardItem(view, board, card, index),
      )}
    </ol>
    ${view.ends ? html`<p>↓ ${view.ends.bottom}</p>` : nothing}
  </section>`;
}

function cardItem(view: BoardView, board: BoardController, card: CardView, index: number): TemplateResult {
  if (view.mode === 'sort' && !view.done) {
    const selected = view.selectedId === card.id;
    const onKey = (event: KeyboardEvent): void => {
      if (!selected) return;
      if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
        event.preventDefault();
        board.moveBy(card.id, event.key === 'ArrowUp' ? -1 : 1);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        board.select(null);
      }
    };
    return html`<li>
      <button
        type="button"
        data-id="card-${card.id}"
        aria-pressed=${String(selected)}
        @keydown=${onKey}
        @click=${() => (view.selectedId && view.selectedId !== card.id ? board.moveTo(view.selectedId, index) : board.select(card.id))}
      >
        ${index + 1}. ${card.label}${selected ? ' Picked up: arrow keys move it, Space puts it down.' : ''}
      </button>
      <button
        type="button"
        data-id="earlier-${card.id}"
        ?disabled=${index === 0}
        @click=${() => board.moveBy(card.id, -1)}
      >
        Move earlier
      </button>
      <button
        type="button"
        data-id="later-${card.id}"
        ?disabled=${index === view.line.length - 1}
        @click=${() => board.moveBy(card.id, 1)}
      >
        Move later
      </button>
    </li>`;
  }
  return html`<li>
    <button
      type="button"
      data-id="card-${card.id}"
      ?disabled=${!view.done}
      @click=${() => board.openCard(card.id)}
    >
      ${index + 1}. ${card.label}${view.done ? ' Open how we know.' : ''}
    </button>
  </li>`;
}
