import type { A11yNode } from '../a11y/model';
import { addPanel } from '../ui/panel';
import { addText } from '../ui/text';
import { PALETTE } from '../ui/theme';
import type { Layout } from '../ui/layout';
import { BaseScene } from './BaseScene';

/**
 * Messages may quote what the player typed or pasted (a round link); a runaway string is cut
 * so wrapping it stays quick and the button stays reachable.
 */
const MAX_TITLE = 120;
const MAX_MESSAGE = 1200;

function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/**
 * A plain message with one way on: a bad round link, content that failed to load and the like.
 * Text is shown as plain text, never interpreted.
 */
export class MessageScene extends BaseScene {
  private title = '';
  private message = '';
  private actionLabel = 'Go to the menu';
  private actionScene: string | null = null;

  constructor() {
    super('Message');
  }

  protected override enter(data?: unknown): void {
    const given = (data ?? {}) as Record<string, unknown>;
    const text = (value: unknown): string | null =>
      typeof value === 'string' && value.trim().length > 0 ? value.trim() : null;
    this.title = clip(text(given.title) ?? 'Something went wrong', MAX_TITLE);
    this.message = clip(text(given.message) ?? '', MAX_MESSAGE);
    this.actionScene = text(given.actionScene);
    this.actionLabel = clip((this.actionScene && text(given.actionLabel)) ?? 'Go to the menu', 40);
  }

  protected override draw(layout: Layout): void {
    const { margin, column, text } = layout;
    // When the button leads somewhere else, the top bar still offers the menu.
    const top = this.topBar('Newsline', this.actionScene && this.actionScene !== 'Title' ? 'menu' : null);
    // For screen readers the heading is the message's own title; the reason follows as text.
    this.screenTitle = this.title;
    const width = Math.min(column, 560);
    const left = (layout.width - width) / 2;
    const padding = text.body * 1.25;
    const inner = width - padding * 2;

    const title = addText(this, left + padding, 0, this.title, {
      size: text.heading,
      bold: true,
      wrap: inner,
    });
    const message = this.message
      ? addText(this, left + padding, 0, this.message, {
          size: text.body,
          colour: PALETTE.textMuted,
          wrap: inner,
        })
      : null;
    const buttonHeight = layout.touch;
    const messageHeight = message ? message.height + text.body * 0.75 : 0;
    const textHeight = padding * 2 + title.height + messageHeight;
    const fits = textHeight + text.body * 1.25 + buttonHeight <= layout.height - top - margin * 2;
    // When everything fits, the button sits in the panel; otherwise the text scrolls and the
    // button waits in a footer pinned to the bottom, so it is always one tap away.
    const footerHeight = fits ? 0 : buttonHeight + margin * 2;
    const height = fits ? textHeight + text.body * 1.25 + buttonHeight : textHeight;
    const room = layout.height - top - margin * 2 - footerHeight;
    const panelTop = top + margin + Math.max(0, (room - height) / 2);
    addPanel(this, { x: left, y: panelTop, width, height, fill: PALETTE.surfaceRaised }).setDepth(-1);
    let y = panelTop + padding;
    title.setY(y);
    y += title.height;
    if (message) {
      y += text.body * 0.75;
      message.setY(y);
      y += message.height;
    }
    const buttonY = fits ? y + text.body * 1.25 + buttonHeight / 2 : layout.height - footerHeight / 2;
    const button = this.button({
      x: layout.centreX,
      y: buttonY,
      width: Math.min(inner, 320),
      height: buttonHeight,
      label: this.actionLabel,
      fontSize: text.body,
      variant: 'primary',
      name: 'to-menu',
      onPress: () => this.act(),
    });
    if (!fits) {
      this.pinned(
        this.add
          .rectangle(0, layout.height - footerHeight, layout.width, footerHeight, PALETTE.background)
          .setOrigin(0, 0),
        14,
      );
      this.pinned(
        this.add.rectangle(0, layout.height - footerHeight, layout.width, 2, PALETTE.border).setOrigin(0, 0),
        14,
      );
      this.pinned(button.container, 15);
    }
    this.setContentHeight(panelTop + height + margin, footerHeight);
  }

  protected override accessibleNodes(): A11yNode[] {
    return [{ kind: 'text', text: this.message }, ...this.controlNodes()];
  }

  protected override readout(): Record<string, unknown> {
    return { title: this.title, message: this.message };
  }

  private act(): void {
    if (this.actionScene) this.scene.start(this.actionScene);
    else this.toMenu();
  }
}
