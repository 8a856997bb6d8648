import type { A11yAction, A11yListItem, A11yNode, AccessibilityLayer } from './model';

/**
 * Renders each scene's A11yView as real HTML over the canvas: headings, buttons, a list of
 * timeline cards, radio groups and inputs that screen readers and keyboards use natively.
 * It is visually hidden; a keyboard user sees the focus ring the scene draws on the canvas.
 * All text goes in through textContent, so names and content can never become markup.
 */
export function createDomLayer(root: HTMLElement): AccessibilityLayer {
  const live = element('div', {
    id: 'a11y-live',
    'aria-live': 'polite',
    'aria-atomic': 'true',
    class: 'visually-hidden',
  });
  const layer = element('section', { id: 'a11y-layer', 'aria-label': 'Game controls', class: 'a11y-layer' });
  root.append(layer, live);

  let sceneKey = '';
  let focusedId: string | null = null;
  const focusListeners = new Set<(id: string | null) => void>();
  const escapeListeners = new Set<() => void>();

  const setFocused = (id: string | null): void => {
    if (id === focusedId) return;
    focusedId = id;
    focusListeners.forEach((listener) => listener(id));
  };
  layer.addEventListener('focusin', (event) => setFocused((event.target as HTMLElement).dataset.id ?? null));
  layer.addEventListener('focusout', (event) => {
    if (!layer.contains(event.relatedTarget as Node | null)) setFocused(null);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) escapeListeners.forEach((listener) => listener());
  });

  return {
    render(key, view) {
      const sceneChanged = key !== sceneKey;
      sceneKey = key;
      const activeId = (document.activeElement as HTMLElement | null)?.dataset?.id;
      const hadFocus = layer.contains(document.activeElement);
      const heading = element('h1', { tabindex: '-1', 'data-id': '__heading' });
      heading.textContent = view.heading;
      layer.replaceChildren(heading, ...view.nodes.map(renderNode));
      if (sceneChanged) {
        // A new screen: start at its heading, as a page load would.
        if (hadFocus || document.activeElement === document.body) heading.focus({ preventScroll: true });
      } else if (hadFocus && activeId) {
        if (!focusById(layer, activeId)) heading.focus({ preventScroll: true });
      }
    },
    announce(message) {
      // Clearing first makes a repeated message be read again.
      live.textContent = '';
      window.setTimeout(() => (live.textContent = message), 30);
    },
    get focusedId() {
      return focusedId;
    },
    onFocusChange(listener) {
      focusListeners.add(listener);
      return () => focusListeners.delete(listener);
    },
    focus(id) {
      focusById(layer, id);
    },
    onEscape(listener) {
      escapeListeners.add(listener);
      return () => escapeListeners.delete(listener);
    },
  };
}

function focusById(layer: HTMLElement, id: string): boolean {
  const target = layer.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
  target?.focus({ preventScroll: true });
  return target !== null;
}

function renderNode(node: A11yNode): HTMLElement {
  switch (node.kind) {
    case 'button':
      return renderButton(node);
    case 'text': {
      const text = element(node.heading ? `h${node.heading}` : 'p', {});
      text.textContent = node.text;
      return text;
    }
    case 'list': {
      const list = element(node.ordered ? 'ol' : 'ul', { 'aria-label': node.label, 'data-list': node.id });
      list.append(...node.items.map(renderListItem));
      return list;
    }
    case 'radio-group': {
      const fieldset = element('fieldset', { 'data-id': node.id });
      const legend = element('legend', {});
      legend.textContent = node.label;
      fieldset.append(legend);
      node.options.forEach((option, i) => {
        const label = element('label', {});
        const input = element('input', {
          type: 'radio',
          name: node.id,
          value: option.value,
          'data-id': `${node.id}-${i}`,
        });
        (input as HTMLInputElement).checked = option.checked;
        (input as HTMLInputElement).disabled = option.disabled ?? false;
        input.addEventListener('change', () => node.onChoose(option.value));
        label.append(input, document.createTextNode(` ${option.label}`));
        fieldset.append(label);
      });
      return fieldset;
    }
    case 'number-input': {
      const form = element('form', {});
      const label = element('label', { for: `a11y-${node.id}` });
      label.textContent = node.label;
      const input = element('input', {
        id: `a11y-${node.id}`,
        'data-id': node.id,
        type: 'text',
        inputmode: 'numeric',
        autocomplete: 'off',
        maxlength: '4',
      }) as HTMLInputElement;
      input.value = node.value;
      input.disabled = node.disabled ?? false;
      input.addEventListener('input', () => node.onInput(input.value));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        node.onSubmit();
      });
      form.append(label, input);
      return form;
    }
  }
}

function renderButton(action: A11yAction): HTMLElement {
  const button = element('button', { type: 'button', 'data-id': action.id }) as HTMLButtonElement;
  button.textContent = action.label;
  button.disabled = action.disabled ?? false;
  if (action.pressed !== undefined) button.setAttribute('aria-pressed', String(action.pressed));
  button.addEventListener('click', () => action.onActivate());
  return button;
}

function renderListItem(item: A11yListItem): HTMLElement {
  const li = element('li', {});
  const main = element('button', { type: 'button', 'data-id': item.id, class: 'a11y-item' });
  main.textContent = item.label;
  if (item.onKey) {
    const onKey = item.onKey;
    main.addEventListener('keydown', (event) => {
      if (onKey(event.key)) event.preventDefault();
    });
  }
  li.append(main, ...item.actions.map(renderButton));
  return li;
}

function element(tag: string, attributes: Record<string, string>): HTMLElement {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  return created;
}
