import type { Settings } from '../state/storage';

/** Settings as page text: every choice with its hint, the current value checked. Pure. */
export interface SettingChoice {
  value: string;
  label: string;
  checked: boolean;
}

export type SettingView =
  | {
      kind: 'choice';
      id: keyof Settings;
      label: string;
      hint: string;
      choices: SettingChoice[];
      disabled?: boolean;
    }
  | { kind: 'range'; id: 'volume'; label: string; hint: string; value: number; disabled: boolean };

export interface SettingsView {
  heading: string;
  status: string | null;
  settings: SettingView[];
  saveNote: string;
}

function choice<K extends keyof Settings>(
  settings: Settings,
  id: K,
  label: string,
  hint: string,
  options: Array<[Settings[K], string]>,
): SettingView {
  return {
    kind: 'choice',
    id,
    label,
    hint,
    choices: options.map(([value, text]) => ({
      value: String(value),
      label: text,
      checked: settings[id] === value,
    })),
  };
}

export function settingsView(
  settings: Settings,
  sound: { available: boolean; problem: string | null },
  persistent: boolean,
): SettingsView {
  return {
    heading: 'Settings',
    status: sound.available
      ? null
      : `Sound could not be loaded${sound.problem ? ` (${sound.problem})` : ''}: the game plays silently. Everything else works.`,
    settings: [
      {
        ...choice(
          settings,
          'soundOn',
          'Sound',
          'Clicks, flips and fanfares. Nothing plays until you first tap or press a key.',
          [
            [true, 'On'],
            [false, 'Off'],
          ],
        ),
        // Sound that could not load cannot be switched on: the choice is shown as unavailable.
        ...(sound.available ? {} : { disabled: true }),
      } as SettingView,
      {
        kind: 'range',
        id: 'volume',
        label: 'Volume',
        hint: 'How loud the sounds are.',
        value: Math.round(settings.volume * 100),
        disabled: !settings.soundOn || !sound.available,
      },
      choice(
        settings,
        'timer',
        'Question timer',
        'Need more time? “Longer” doubles it. “Off” works in your own rounds; a teacher’s round can only be made longer.',
        [
          ['as-set', 'As set'],
          ['longer', 'Longer'],
          ['off', 'Off'],
        ],
      ),
      choice(settings, 'textScale', 'Text size', 'Bigger text on every screen.', [
        [1, '100%'],
        [1.25, '125%'],
        [1.5, '150%'],
      ]),
      choice(settings, 'theme', 'Contrast', 'High contrast: black and white with a yellow accent.', [
        ['standard', 'Standard'],
        ['high-contrast', 'High'],
      ]),
      choice(
        settings,
        'reducedMotion',
        'Motion',
        'Reduce motion turns off every animation: cards, flips, counting and celebrations.',
        [
          ['system', 'Like my device'],
          ['on', 'Reduce'],
          ['off', 'Full'],
        ],
      ),
      choice(settings, 'showStreak', 'Streak', 'Show how many answers in a row you have right.', [
        [true, 'Show'],
        [false, 'Hide'],
      ]),
    ],
    saveNote: persistent
      ? 'Settings are kept in this browser only.'
      : 'This browser is not letting Newsline save: settings last until you close the page.',
  };
}
