import { html, nothing, svg, type TemplateResult } from 'lit-html';

/** A speaker drawn here, not an emoji: every device shows it the same. */
function speaker(on: boolean): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<path fill="currentColor" d="M4 9h4l5-4v14l-5-4H4z"></path>`}
    ${
      on
        ? svg`<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11"></path>`
        : svg`<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M16 9l5 6M21 9l-5 6"></path>`
    }
  </svg>`;
}

/** The bar above every screen but the menu: the way back, the screen's name and the sound switch. */
function gear(): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<path fill="currentColor" d="M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7Zm8.6 4.9-.1-1.4 2-1.6-2-3.4-2.4.9a7.8 7.8 0 0 0-1.2-.7L16.5 4h-4l-.4 2.5-1.2.7-2.4-.9-2 3.4 2 1.6-.1 1.4.1 1.4-2 1.6 2 3.4 2.4-.9 1.2.7.4 2.5h4l.4-2.5 1.2-.7 2.4.9 2-3.4-2-1.6.1-1.4Z" transform="translate(-2 -0)"></path>`}
  </svg>`;
}

export interface TopBarProps {
  title: string;
  /** A second line under the title: where the player is (the board's progress). */
  subtitle?: string;
  back: { label: string; onPress: () => void } | null;
  sound: { on: boolean; available: boolean; onToggle: () => void };
  /** During a round: Settings without leaving it (the round's clock waits). */
  settings?: () => void;
}

export function topBar(props: TopBarProps): TemplateResult {
  const { sound } = props;
  const soundLabel = !sound.available ? 'Sound unavailable' : sound.on ? 'Sound on' : 'Sound off';
  return html`<header class="top-bar">
    ${
      props.back
        ? html`<button
            type="button"
            class="top-bar__back button button--quiet"
            data-action="back"
            @click=${props.back.onPress}
          >
            <span aria-hidden="true">‹</span> <span class="top-bar__back-label">${props.back.label}</span>
          </button>`
        : html`<span class="top-bar__spacer"></span>`
    }
    <div class="top-bar__titles">
      <h1 class="top-bar__title" tabindex="-1">${props.title}</h1>
      ${props.subtitle ? html`<p class="top-bar__subtitle" data-status>${props.subtitle}</p>` : nothing}
    </div>
    <div class="top-bar__end">
      ${
        props.settings
          ? html`<button
              type="button"
              class="button button--quiet top-bar__settings"
              data-action="settings"
              aria-label="Settings"
              @click=${props.settings}
            >
              ${gear()}
            </button>`
          : nothing
      }
      <button
        type="button"
        class="top-bar__sound button button--quiet"
        data-action="sound"
        aria-pressed=${sound.available ? String(sound.on) : nothing}
        ?disabled=${!sound.available}
        @click=${sound.onToggle}
      >
        ${speaker(sound.on && sound.available)}
        <span class="top-bar__sound-label">${soundLabel}</span>
      </button>
    </div>
  </header>`;
}
