import { copyText } from '../page/clipboard';
import QRCode from 'qrcode';

/**
 * Small DOM helpers for the teacher pages. Text only ever goes in through text nodes
 * (never innerHTML), so a student called `<img src=x onerror=…>` is shown as those characters.
 */

type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; id?: string; attrs?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

/** Replaces an element's children. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node as T;
}

/**
 * Copies text with the Clipboard API; where the browser refuses (an http:// page on a school
 * server, no permission), selects the text in a read-only box and asks for Ctrl+C instead.
 */
export async function copyWithFallback(
  text: string,
  what: string,
  fallback: { box: HTMLElement; input: HTMLInputElement; message: HTMLElement },
  status: HTMLElement,
): Promise<boolean> {
  if (await copyText(text)) {
    fallback.box.hidden = true;
    status.textContent = `${what} copied.`;
    return true;
  }
  fallback.box.hidden = false;
  fallback.input.value = text;
  fallback.message.textContent = `This browser would not copy the ${what.toLowerCase()} by itself. It is selected below: press Ctrl+C (⌘C on a Mac) to copy it, or on a phone press and hold it and choose Copy.`;
  status.textContent = '';
  fallback.input.focus();
  fallback.input.select();
  return false;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A QR code as an SVG element, drawn here from the module grid: no image, no network. */
export function qrSvg(text: string, label: string): SVGSVGElement {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const size = modules.size + quiet * 2;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const title = document.createElementNS(SVG, 'title');
  title.textContent = label;
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#ffffff');
  let d = '';
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000000');
  svg.append(title, background, path);
  return svg;
}
