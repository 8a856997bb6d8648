import { html, nothing, type TemplateResult } from 'lit-html';

/** The bar above every screen but the menu: the way back, the screen's name and the sound switch. */
export interface TopBarProps {
  title: string;
  back: { label: string; onPress: () => void } | null;
  sound: { on: boolean; available: boolean; onToggle: () => void };
}

export function topBar(props: TopBarProps): TemplateResult {
  const { sound } = props;
  const soundLabel = !sound.available ? 'Sound unavailable' : sound.on ? 'Sound on' : 'Sound off';
  return html`<header class="top-bar">
    ${props.back
      ? html`<button type="button" class="top-bar__back button button--quiet" data-action="back" @click=${props.back.onPress}>
          <span aria-hidden="true">‹</span> ${props.back.label}
        </button>`
      : html`<span class="top-bar__spacer"></span>`}
    <h1 class="top-bar__title" tabindex="-1">${props.title}</h1>
    <button
      type="button"
      class="top-bar__sound button button--quiet"
      data-action="sound"
      aria-pressed=${sound.available ? String(sound.on) : nothing}
      ?disabled=${!sound.available}
      @click=${sound.onToggle}
    >
      <span aria-hidden="true">${sound.on && sound.available ? '🔊' : '🔈'}</span>
      <span class="top-bar__sound-label">${soundLabel}</span>
    </button>
  </header>`;
}
