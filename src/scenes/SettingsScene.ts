import { addPanel } from '../ui/panel';
import { addSectionHeading } from '../ui/section-heading';
import { addText } from '../ui/text';
import { PALETTE, cssColour } from '../ui/theme';
import { addSegmented } from '../ui/segmented';
import { addStepperRow, addToggleRow } from '../ui/toggle';
import type { Settings } from '../state/storage';
import type { Layout } from '../ui/layout';
import { BaseScene } from './BaseScene';

/** Volume moves in tenths; kept as a whole number of steps so 0.1 + 0.2 never drifts. */
const VOLUME_STEPS = 10;

/**
 * Sound, the quiz (streak, timer) and reading (text size, contrast, motion). Every change is
 * saved at once through the app context and shows straight away; sound changes play a sample.
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
    const soundRow = addToggleRow(
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
    );
    // Nothing to switch on when the browser cannot play sound: the switch shows, dimmed.
    if (unavailable) for (const b of soundRow.buttons) b.setEnabled(false);
    y += soundRow.height + padding;
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
    y = this.divider(y - padding / 2, inner) + padding / 2;
    y =
      this.choiceRow(
        y,
        'Question timer',
        'Only rounds with a timer use it. A shared round’s timer can be made longer, not switched off.',
        [
          { value: 'as-set' as const, label: 'As set', name: 'timer-as-set' },
          { value: 'longer' as const, label: 'Longer', name: 'timer-longer' },
          { value: 'off' as const, label: 'Off', name: 'timer-off' },
        ],
        settings.timer,
        (timer) => this.change({ timer }, false),
      ) + padding;
    addPanel(this, { x: columnLeft, y: gameTop, width: column, height: y - gameTop }).setDepth(-1);
    y += margin;

    // ---- Reading and motion ----
    y = this.sectionHeading('Reading and motion', y);
    const readingTop = y;
    y += padding;
    y =
      this.choiceRow(
        y,
        'Text size',
        'Cards and panels grow with it.',
        [
          { value: 1 as const, label: '100%', name: 'text-100' },
          { value: 1.25 as const, label: '125%', name: 'text-125' },
          { value: 1.5 as const, label: '150%', name: 'text-150' },
        ],
        settings.textScale,
        (textScale) => this.change({ textScale }, false),
      ) + padding;
    y = this.divider(y - padding / 2, inner) + padding / 2;
    y +=
      addToggleRow(
        this,
        {
          x: rowLeft,
          y,
          width: inner,
          layout,
          label: 'High contrast',
          hint: 'Black and white with a yellow accent.',
          on: settings.theme === 'high-contrast',
          name: 'contrast-toggle',
          onToggle: () =>
            this.change(
              { theme: this.app.settings.theme === 'high-contrast' ? 'standard' : 'high-contrast' },
              false,
            ),
        },
        makeButton,
      ).height + padding;
    y = this.divider(y - padding / 2, inner) + padding / 2;
    y =
      this.choiceRow(
        y,
        'Reduce motion',
        'Cards jump into place instead of sliding. “System” follows your device.',
        [
          { value: 'system' as const, label: 'System', name: 'motion-system' },
          { value: 'on' as const, label: 'On', name: 'motion-on' },
          { value: 'off' as const, label: 'Off', name: 'motion-off' },
        ],
        settings.reducedMotion,
        (reducedMotion) => this.change({ reducedMotion }, false),
      ) + padding;
    addPanel(this, { x: columnLeft, y: readingTop, width: column, height: y - readingTop }).setDepth(-1);
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
    return { ...this.app.settings, soundStatus: this.app.sound.status };
  }

  /** A label and hint over a row of choices (one chosen). Returns the bottom. */
  private choiceRow<T>(
    top: number,
    label: string,
    hint: string,
    choices: ReadonlyArray<{ value: T; label: string; name: string }>,
    selected: T,
    onSelect: (value: T) => void,
  ): number {
    const { text, column, columnLeft, touch } = this.layout;
    const padding = text.body;
    const inner = column - padding * 2;
    let y = top;
    const title = addText(this, columnLeft + padding, y, label, { size: text.body, bold: true, wrap: inner });
    y += title.height + 2;
    const note = addText(this, columnLeft + padding, y, hint, {
      size: text.small,
      colour: PALETTE.textMuted,
      wrap: inner,
    });
    y += note.height + text.small * 0.6;
    addSegmented(
      {
        x: columnLeft + padding + inner / 2,
        y: y + touch / 2,
        width: inner,
        height: touch,
        fontSize: text.small,
        choices,
        selected,
        onSelect,
      },
      this.button.bind(this),
    );
    return y + touch;
  }

  protected override accessibleLabel(name: string, visible: string): string {
    const spoken: Record<string, string> = {
      'sound-toggle':
        this.app.sound.status === 'unavailable'
          ? `Sound effects: ${visible} (sound is unavailable in this browser)`
          : `Sound effects: ${visible}`,
      'streak-toggle': `Show streak: ${visible}`,
      'contrast-toggle': `High contrast: ${visible}`,
      'volume-down': `Volume down (now ${Math.round(this.app.settings.volume * 100)}%)`,
      'volume-up': `Volume up (now ${Math.round(this.app.settings.volume * 100)}%)`,
    };
    if (spoken[name]) return spoken[name];
    const group = /^(timer|text|motion)-/.exec(name)?.[1];
    if (!group) return super.accessibleLabel(name, visible);
    const what = { timer: 'Question timer', text: 'Text size', motion: 'Reduce motion' }[group];
    const chosen = visible.startsWith('✓');
    return `${what}: ${visible.replace(/^✓\s*/, '')}${chosen ? ' (chosen)' : ''}`;
  }

  private change(patch: Partial<Settings>, sample: boolean): void {
    this.app.updateSettings(patch);
    // A sample so the player hears the new setting (silent when muted or unavailable).
    if (sample) this.app.sound.play('drop');
    this.redraw();
  }

  /** A section's heading, with the space under it before the section's panel. */
  private sectionHeading(title: string, y: number): number {
    return addSectionHeading(this, this.layout, y, title) + this.layout.text.small * 0.5;
  }

  private divider(y: number, width: number): number {
    this.add
      .rectangle(this.layout.columnLeft + this.layout.text.body, y, width, 1, PALETTE.border)
      .setOrigin(0, 0);
    return y;
  }
}
