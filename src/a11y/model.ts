/**
 * What a scene shows to assistive technology: a small tree of headings, text, buttons, lists
 * and inputs, with callbacks for what the player does through them. Scenes build it from the
 * same state they draw; the DOM layer renders it. No DOM or Phaser here.
 */
export interface A11yAction {
  /** Stable id: the same as the canvas control's name, so focus can be mirrored. */
  id: string;
  label: string;
  disabled?: boolean;
  /** For toggles: announced as pressed/not pressed. */
  pressed?: boolean;
  onActivate: () => void;
}

export interface A11yListItem {
  id: string;
  label: string;
  /** Keys pressed while the item has focus (Space, ArrowUp, …); return true when handled. */
  onKey?: (key: string) => boolean;
  actions: A11yAction[];
}

export type A11yNode =
  | ({ kind: 'button' } & A11yAction)
  | { kind: 'text'; text: string; heading?: 2 | 3 }
  | { kind: 'list'; id: string; label: string; ordered: boolean; items: A11yListItem[] }
  | {
      kind: 'radio-group';
      id: string;
      label: string;
      options: Array<{ value: string; label: string; checked: boolean; disabled?: boolean }>;
      onChoose: (value: string) => void;
    }
  | {
      kind: 'number-input';
      id: string;
      label: string;
      value: string;
      disabled?: boolean;
      onInput: (value: string) => void;
      onSubmit: () => void;
    };

export interface A11yView {
  /** The scene's heading; focus moves to it when the scene changes. */
  heading: string;
  nodes: A11yNode[];
}

/** The DOM layer as the game sees it (implemented in dom-layer.ts). */
export interface AccessibilityLayer {
  render(sceneKey: string, view: A11yView): void;
  /** Says something in the polite live region. */
  announce(message: string): void;
  /** The id of the mirrored control that has keyboard focus, if any. */
  readonly focusedId: string | null;
  onFocusChange(listener: (id: string | null) => void): () => void;
  /** Moves keyboard focus to a control by id (e.g. after a move, to keep it on the card). */
  focus(id: string): void;
  onEscape(listener: () => void): () => void;
}
