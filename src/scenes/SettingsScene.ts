import { addPanel } from '../ui/panel';
import { addText } from '../ui/text';
import { PALETTE, cssColour } from '../ui/theme';
import { addStepperRow, addToggleRow } from '../ui/toggle';
import type { Settings } from '../state/storage';
import type { Layout } from '../ui/layout';
import { BaseScene } from './BaseScene';

/** Volume moves in tenths; kept as a whole number of steps so 0.1 + 0.2 never drifts. */
const VOLUME_STEPS = 10;

/**
 * Sound on/off, volume and the quiz streak. Every change is saved at once through the app
 * context and shows on screen straight away; sound changes also play a short sample.
 */
export class SettingsScene extends BaseScene {
  private returnTo = 'Title';
  private unsubscribe: (() => void) | null = null;

  constructor() {
    super('Settings');
  }

  protected override enter(data?: unknown): void {
    const returnTo = (data as { returnTo?: unknown } | undefined)?.returnTo;
    this.returnTo = typeof returnTo === 'string' && returnTo.length > 0 ? returnTo : 'Title';
    this.unsubscribe?.();
    // Sound may fail (or finish loading) while this screen is open: show it when it does.
    this.unsubscribe = this.app.sound.onStatusChange(() => {
      if (this.scene.isActive()) this.redraw();
    });
  }

  protected override leave(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  protected override draw(layout: Layout): void {
    const { margin, column, columnLeft, text } = layout;
    const top = this.topBar('Settings', {
      label: this.returnTo === 'Title' ? 'Menu' : 'Back',
      onPress: () => this.scene.start(this.returnTo),
    });
    const settings = this.app.settings;
    const padding = text.body;
    const inner = column - padding * 2;
    const rowLeft = columnLeft + padding;
    const makeButton = this.button.bind(this);
    let y = top + margin * 0.5;

    // ---- Sound ----
    y = this.sectionHeading('Sound', y);
    const soundTop = y;
    y += padding;
    const unavailable = this.app.sound.status === 'unavailable';
    if (unavailable) {
      const warning = addText(
        this,
        rowLeft,
        y,
        '⚠ Sound is unavailable in this browser — the game plays silently.',
        { size: text.body, colour: cssColour(PALETTE.accent), wrap: inner },
      );
      y += warning.height + padding;
    }
    y +=
      addToggleRow(
        this,
        {
          x: rowLeft,
          y,
          width: inner,
          layout,
          label: 'Sound effects',
          hint: 'Short sounds when you move cards and answer questions.',
          on: settings.soundOn,
          name: 'sound-toggle',
          onToggle: () => this.change({ soundOn: !this.app.settings.soundOn }, true),
        },
        makeButton,
      ).height + padding;
    y = this.divider(y - padding / 2, inner) + padding / 2;
    const steps = Math.round(settings.volume * VOLUME_STEPS);
    y +=
      addStepperRow(
        this,
        {
          x: rowLeft,
          y,
          width: inner,
          layout,
          label: 'Volume',
          hint: settings.soundOn ? 'Changes in steps of 10%.' : 'Sound is off, so you will not hear it.',
          value: `${Math.round((steps / VOLUME_STEPS) * 100)}%`,
          widestValue: '100%',
          names: { down: 'volume-down', up: 'volume-up' },
          canDown: steps > 0,
          canUp: steps < VOLUME_STEPS,
          onDown: () => this.change({ volume: Math.max(0, steps - 1) / VOLUME_STEPS }, true),
          onUp: () => this.change({ volume: Math.min(VOLUME_STEPS, steps + 1) / VOLUME_STEPS }, true),
        },
        makeButton,
      ).height + padding;
    addPanel(this, { x: columnLeft, y: soundTop, width: column, height: y - soundTop }).setDepth(-1);
    y += margin;

    // ---- Game ----
    y = this.sectionHeading('Quiz', y);
    const gameTop = y;
    y += padding;
    y +=
      addToggleRow(
        this,
        {
          x: rowLeft,
          y,
          width: inner,
          layout,
          label: 'Show streak',
          hint: 'Count how many questions in a row you got right.',
          on: settings.showStreak,
          name: 'streak-toggle',
          onToggle: () => this.change({ showStreak: !this.app.settings.showStreak }, false),
        },
        makeButton,
      ).height + padding;
    addPanel(this, { x: columnLeft, y: gameTop, width: column, height: y - gameTop }).setDepth(-1);
    y += margin;

    const footnote = addText(
      this,
      columnLeft,
      y,
      'Settings are saved in this browser and apply straight away.',
      { size: text.small, colour: PALETTE.textMuted, wrap: column },
    );
    y += footnote.height;
    // Saving can fail (private browsing); the player should know here, where it matters.
    for (const notice of this.app.notices) {
      const line = addText(this, columnLeft, y + text.small * 0.6, notice, {
        size: text.small,
        colour: cssColour(PALETTE.accent),
        wrap: column,
      });
      y = line.y + line.height;
    }
    this.setContentHeight(y + margin);
  }

  protected override readout(): Record<string, unknown> {
    const { soundOn, volume, showStreak } = this.app.settings;
    return { soundOn, volume, showStreak, soundStatus: this.app.sound.status };
  }

  private change(patch: Partial<Settings>, sample: boolean): void {
    this.app.updateSettings(patch);
    // A sample so the player hears the new setting (silent when muted or unavailable).
    if (sample) this.app.sound.play('drop');
    this.redraw();
  }

  private sectionHeading(title: string, y: number): number {
    const heading = addText(this, this.layout.columnLeft, y, title.toUpperCase(), {
      size: this.layout.text.small,
      bold: true,
      colour: PALETTE.textMuted,
      wrap: this.layout.column,
    }).setLetterSpacing(2);
    return y + heading.height + this.layout.text.small * 0.5;
  }

  private divider(y: number, width: number): number {
    this.add
      .rectangle(this.layout.columnLeft + this.layout.text.body, y, width, 1, PALETTE.border)
      .setOrigin(0, 0);
    return y;
  }
}
