import Phaser from 'phaser';
import type { QuizController } from '../app/quiz-controller';
import { addText } from '../ui/canvas-text';
import { CanvasButton, type ButtonTone } from '../ui/canvas-button';
import type { OptionState, QuizView } from '../views/quiz';
import { VERDICT } from '../views/words';
import { PlayScene, type Bounds } from './play-scene';

const PAD_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'delete', '0', 'submit'] as const;

/**
 * Answering a question: the progress bar, the streak and the countdown ring on top, the answers
 * in the thumb zone at the bottom. It draws the QuizView and forwards presses to the
 * QuizController; nothing moves when the answer is given but the answers' own marks.
 */
export class QuizScene extends PlayScene {
  private quiz!: QuizController;
  private view!: QuizView;
  private buttons: CanvasButton[] = [];
  private hud!: Phaser.GameObjects.Graphics;
  private ring!: Phaser.GameObjects.Graphics;
  private ringText: Phaser.GameObjects.Text | null = null;
  private streak: Phaser.GameObjects.Text | null = null;
  private display: Phaser.GameObjects.Text | null = null;
  private questionKey = '';
  private answeredShown = false;
  private hudHeight = 0;

  constructor() {
    super('Quiz');
  }

  protected override enter(data: unknown): void {
    this.quiz = (data as { quiz: QuizController }).quiz;
    this.view = this.quiz.view()!;
    this.onShutdown(this.quiz.onChange(() => this.onViewChange()));
    const ring = (): void => this.drawRing();
    this.events.on(Phaser.Scenes.Events.UPDATE, ring);
    this.onShutdown(() => {
      this.events.off(Phaser.Scenes.Events.UPDATE, ring);
      this.bridge.gate.release('timer');
    });
  }

  /** On a phone-sized stage the answers go where a thumb reaches. */
  private get thumbZone(): boolean {
    return this.m.width < 600;
  }

  private keyOf(view: QuizView): string {
    return `${view.heading}|${view.prompt}`;
  }

  protected build(): void {
    const view = this.view;
    this.buttons = [];
    this.questionKey = this.keyOf(view);
    this.answeredShown = view.answered !== null;
    this.hud = this.add.graphics();
    this.ring = this.add.graphics();
    this.ringText = null;
    this.streak = null;
    this.display = null;
    this.drawHud();
    if (view.kind === 'number') this.buildPad();
    else this.buildOptions();
    this.applyStates(false);
    this.syncTimerHold();
  }

  private drawHud(): void {
    const { m, palette } = this;
    const view = this.view;
    const g = this.hud;
    g.clear();
    const top = m.margin * 0.6;
    const count = view.progress.length;
    const gap = 4;
    const width = m.width - m.margin * 2;
    const segment = (width - gap * (count - 1)) / count;
    view.progress.forEach((mark, i) => {
      const colour =
        mark === 'right'
          ? palette.right
          : mark === 'wrong'
            ? palette.wrong
            : mark === 'current'
              ? palette.accent
              : palette.border;
      g.fillStyle(colour, mark === 'todo' ? 0.6 : 1);
      g.fillRoundedRect(m.margin + i * (segment + gap), top, segment, 8, 4);
    });
    let bottom = top + 8 + m.gap;
    this.streak?.destroy();
    this.streak = null;
    if (view.streak) {
      this.streak = addText(this, m.width - m.margin, bottom, `★ ${view.streak.label}`, {
        size: m.small,
        colour: palette.accent,
        bold: true,
        originX: 1,
      });
      bottom += this.streak.height;
    }
    this.hudHeight = Math.max(bottom, view.timer ? top + 8 + m.gap + m.body * 2.6 : 0);
  }

  /** The countdown ring: drawn every frame while a timed question waits for its answer. */
  private drawRing(): void {
    const left = this.quiz.timeLeftMs;
    const view = this.view;
    if (!this.ring?.active) return;
    this.ring.clear();
    if (left === null || !view.timer) {
      this.ringText?.setVisible(false);
      return;
    }
    const { m, palette } = this;
    const radius = m.body * 1.2;
    const x = m.margin + radius + 2;
    const y = m.margin * 0.6 + 8 + m.gap + radius + 2;
    const fraction = Math.max(0, Math.min(1, left / view.timer.totalMs));
    const urgent = left <= 5000;
    this.ring.lineStyle(5, palette.border, 1);
    this.ring.strokeCircle(x, y, radius);
    this.ring.lineStyle(5, urgent ? palette.wrong : palette.accent, 1);
    this.ring.beginPath();
    this.ring.arc(x, y, radius, -Math.PI / 2, -Math.PI / 2 + Math.PI * 2 * fraction, false);
    this.ring.strokePath();
    const seconds = String(Math.ceil(left / 1000));
    if (!this.ringText || !this.ringText.active)
      this.ringText = addText(this, x, y, seconds, {
        size: m.small,
        colour: palette.text,
        bold: true,
        originX: 0.5,
        originY: 0.5,
      });
    this.ringText.setVisible(true);
    if (this.ringText.text !== seconds) this.ringText.setText(seconds);
    this.ringText.setColor(
      urgent
        ? `#${palette.wrong.toString(16).padStart(6, '0')}`
        : `#${palette.text.toString(16).padStart(6, '0')}`,
    );
  }

  private syncTimerHold(): void {
    if (this.view.timer && !this.view.answered && !this.reducedMotion) this.bridge.gate.hold('timer');
    else this.bridge.gate.release('timer');
  }

  /** Multiple choice, who said it and true/false: big buttons at the bottom, in thumb reach. */
  private buildOptions(): void {
    const { m } = this;
    const view = this.view;
    const width = Math.min(m.width - m.margin * 2, 640);
    const x = m.width / 2;
    const available = m.height - this.hudHeight - m.margin;
    if (view.kind === 'true-false') {
      const height = Math.max(m.touch * 1.5, Math.min(available - m.margin, m.touch * 2.2));
      const half = (width - m.gap) / 2;
      const centreY = this.thumbZone
        ? m.height - m.margin - height / 2
        : this.hudHeight + (m.height - this.hudHeight) / 2;
      view.options.forEach((option, index) => {
        this.buttons.push(
          new CanvasButton(
            this,
            {
              id: option.id,
              x: x - width / 2 + half / 2 + index * (half + m.gap),
              y: centreY,
              width: half,
              height,
              label: option.label,
              size: Math.round(m.body * 1.35),
              align: 'center',
              onPress: () => this.quiz.choose(index),
            },
            m,
            this.palette,
          ),
        );
      });
      return;
    }
    const count = view.options.length;
    const height = Math.max(m.touch, Math.min(m.touch * 1.6, (available - m.gap * (count - 1)) / count));
    const block = count * height + (count - 1) * m.gap;
    // Phones answer with a thumb: the answers sit at the bottom. Wider stages centre them.
    const bottom = this.thumbZone
      ? m.height - m.margin
      : this.hudHeight + (m.height - this.hudHeight + block) / 2;
    let y = bottom - height / 2;
    for (let index = count - 1; index >= 0; index--) {
      const option = view.options[index]!;
      this.buttons.unshift(
        new CanvasButton(
          this,
          {
            id: option.id,
            x,
            y,
            width,
            height,
            label: option.label,
            badge: option.key,
            size: m.body,
            onPress: () => this.quiz.choose(index),
          },
          m,
          this.palette,
        ),
      );
      y -= height + m.gap;
    }
  }

  /** Number questions: what is typed, then a pad of digits with delete and OK. */
  private buildPad(): void {
    const { m, palette } = this;
    const width = Math.min(m.width - m.margin * 2, 420);
    const columns = 3;
    const rows = 4;
    const available = m.height - this.hudHeight - m.margin * 2;
    const keyHeight = Math.max(
      m.touch * 0.9,
      Math.min(m.touch * 1.2, (available - m.gap * rows) / (rows + 1.2)),
    );
    const keyWidth = (width - m.gap * (columns - 1)) / columns;
    const left = m.width / 2 - width / 2;
    const padHeight = rows * keyHeight + (rows - 1) * m.gap;
    // Phones: the pad sits at the bottom, in thumb reach. Wider stages centre the pad and its display.
    const padTop = this.thumbZone
      ? m.height - m.margin - padHeight
      : this.hudHeight + (m.height - this.hudHeight - padHeight + keyHeight * 1.3) / 2;
    const number = this.view.number;
    const displayY = padTop - m.gap - keyHeight * 0.6;
    const box = this.add.graphics();
    box.lineStyle(2, palette.border, 1);
    box.fillStyle(palette.surface, 1);
    box.fillRoundedRect(left, displayY - keyHeight * 0.55, width, keyHeight * 1.1, 12);
    box.strokeRoundedRect(left, displayY - keyHeight * 0.55, width, keyHeight * 1.1, 12);
    this.display = addText(this, m.width / 2, displayY, this.displayText(), {
      size: Math.round(m.body * 1.5),
      colour: palette.text,
      bold: true,
      originX: 0.5,
      originY: 0.5,
    });
    PAD_KEYS.forEach((key, i) => {
      const column = i % columns;
      const row = Math.floor(i / columns);
      const label = key === 'delete' ? '⌫' : key === 'submit' ? 'OK' : key;
      const button = new CanvasButton(
        this,
        {
          id: `pad-${key}`,
          x: left + column * (keyWidth + m.gap) + keyWidth / 2,
          y: padTop + row * (keyHeight + m.gap) + keyHeight / 2,
          width: keyWidth,
          height: keyHeight,
          label,
          size: Math.round(m.body * 1.25),
          align: 'center',
          onPress: () => {
            if (key === 'delete') this.quiz.deleteDigit();
            else if (key === 'submit') this.quiz.submitNumber();
            else this.quiz.typeDigit(key);
          },
        },
        m,
        palette,
      );
      if (key === 'submit') button.setTone('accent');
      this.buttons.push(button);
    });
    if (!number) this.buttons.forEach((b) => b.setEnabled(false));
  }

  private displayText(): string {
    const view = this.view;
    if (view.number)
      return view.number.digits === ''
        ? '?'
        : `${view.number.digits}${view.number.unit ? ` ${view.number.unit}` : ''}`;
    return view.answered ? view.answered.line.replace(/^The answer is /, '').replace(/\.$/, '') : '';
  }

  private onViewChange(): void {
    const next = this.quiz.view();
    if (!next) return;
    const previous = this.view;
    this.view = next;
    if (this.keyOf(next) !== this.questionKey) {
      this.rebuild();
      return;
    }
    this.drawHud();
    this.display?.setText(this.displayText());
    if (next.answered && !this.answeredShown) {
      this.answeredShown = true;
      this.applyStates(true);
    }
    if (next.number && previous.number && next.number.canSubmit !== previous.number.canSubmit)
      this.applyStates(false);
    this.syncTimerHold();
    this.bridge.gate.wake();
  }

  /** Each option's look from the view: open, or marked once the question is answered. */
  private applyStates(animated: boolean): void {
    const view = this.view;
    const answered = view.answered !== null;
    if (view.kind === 'number') {
      this.buttons.forEach((b) => b.setEnabled(!answered));
      if (answered && this.display) {
        const right = view.answered!.tone === 'right';
        this.display.setColor(
          `#${(right ? this.palette.right : this.palette.wrong).toString(16).padStart(6, '0')}`,
        );
        this.display.setText(`${right ? VERDICT.right.icon : VERDICT.wrong.icon} ${this.displayText()}`);
        if (animated) this.pop(this.display, right);
      }
      return;
    }
    view.options.forEach((option, index) => {
      const button = this.buttons[index];
      if (!button) return;
      button.setEnabled(!answered);
      button.setTone(toneOf(option.state));
      const mark =
        option.state === 'chosen-wrong'
          ? VERDICT.wrong.icon
          : option.state === 'chosen-right' || option.state === 'right'
            ? VERDICT.right.icon
            : null;
      button.setMark(mark, option.state === 'chosen-wrong' ? this.palette.wrong : this.palette.right);
      if (animated && (option.state === 'chosen-right' || option.state === 'chosen-wrong'))
        this.pop(button.container, option.state === 'chosen-right');
    });
  }

  /** A right answer swells for a moment; a wrong one shakes. */
  private pop(
    target: Phaser.GameObjects.Components.Transform & Phaser.GameObjects.GameObject,
    right: boolean,
  ): void {
    if (right) this.animate({ targets: target, scale: 1.05, duration: 120, yoyo: true, ease: 'Sine.Out' });
    else {
      const x = target.x;
      this.animate({
        targets: target,
        x: x + 8,
        duration: 50,
        yoyo: true,
        repeat: 2,
        ease: 'Sine.InOut',
        onComplete: () => target.setX(x),
      });
    }
  }

  protected boundsOf(id: string): Bounds | null {
    const button = this.buttons.find((b) => b.id === id || (id === 'submit-number' && b.id === 'pad-submit'));
    if (!button) return null;
    const r = button.bounds;
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }

  protected override readout(): Record<string, unknown> {
    return {
      kind: this.view.kind,
      answered: this.view.answered !== null,
      buttons: this.buttons.map((b) => {
        const r = b.bounds;
        return { id: b.id, x: r.centerX, y: r.centerY, width: r.width, height: r.height };
      }),
    };
  }
}

function toneOf(state: OptionState): ButtonTone {
  switch (state) {
    case 'chosen-right':
      return 'right';
    case 'chosen-wrong':
      return 'wrong';
    case 'right':
      return 'right-outline';
    case 'other':
      return 'dim';
    default:
      return 'open';
  }
}
