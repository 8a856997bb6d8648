/**
 * A strict little XML reader for the game's own SVG files (no XML library in the project). It accepts
 * elements, double-quoted attributes, comments and whitespace or plain text between tags, and throws on
 * anything malformed: an unclosed or mismatched tag, an unquoted or repeated attribute, a stray `<` or `&`.
 */
export interface SvgElement {
  name: string;
  attributes: Record<string, string>;
  children: SvgElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);/;

export function parseSvg(source: string): SvgElement {
  let at = 0;
  const root: SvgElement = { name: '#document', attributes: {}, children: [], text: '' };
  const open: SvgElement[] = [root];
  const fail = (why: string): never => {
    throw new Error(`${why} at character ${at}`);
  };
  const skipSpace = (): void => {
    while (/\s/.test(source[at] ?? '')) at++;
  };
  if (source.startsWith('<?xml')) at = source.indexOf('?>') + 2;

  while (at < source.length) {
    const current = open[open.length - 1] ?? fail('no open element');
    if (source.startsWith('<!--', at)) {
      const end = source.indexOf('-->', at);
      if (end < 0) fail('unclosed comment');
      at = end + 3;
    } else if (source.startsWith('</', at)) {
      at += 2;
      const name = NAME.exec(source.slice(at))?.[0] ?? fail('bad closing tag');
      if (name !== current.name) fail(`</${name}> closes <${current.name}>`);
      at += name.length;
      skipSpace();
      if (source[at] !== '>') fail('bad closing tag');
      at++;
      open.pop();
    } else if (source[at] === '<') {
      at++;
      const name = NAME.exec(source.slice(at))?.[0] ?? fail('bad tag name');
      at += name.length;
      const element: SvgElement = { name, attributes: {}, children: [], text: '' };
      for (;;) {
        const before = at;
        skipSpace();
        if (source.startsWith('/>', at)) {
          at += 2;
          current.children.push(element);
          break;
        }
        if (source[at] === '>') {
          at++;
          current.children.push(element);
          open.push(element);
          break;
        }
        if (at === before) fail('attributes must be separated by spaces');
        const attribute = NAME.exec(source.slice(at))?.[0] ?? fail('bad attribute name');
        at += attribute.length;
        if (source[at] !== '=' || source[at + 1] !== '"') fail(`attribute ${attribute} is not ="quoted"`);
        const end = source.indexOf('"', at + 2);
        if (end < 0) fail('unclosed attribute value');
        const value = source.slice(at + 2, end);
        if (value.includes('<')) fail('< inside an attribute value');
        if (attribute in element.attributes) fail(`attribute ${attribute} repeated`);
        element.attributes[attribute] = value;
        at = end + 1;
      }
    } else {
      const next = source.indexOf('<', at);
      const text = source.slice(at, next < 0 ? source.length : next);
      for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
        if (!ENTITY.test(text.slice(i))) fail('bare &');
      }
      if (current === root && text.trim() !== '') fail('text outside the root element');
      current.text += text;
      at += text.length;
    }
  }
  if (open.length !== 1) fail(`<${open[open.length - 1]?.name}> is never closed`);
  const elements = root.children;
  if (elements.length !== 1 || !elements[0]) fail('expected exactly one root element');
  return elements[0] as SvgElement;
}

/** The element and everything inside it, depth first. */
export function allElements(element: SvgElement): SvgElement[] {
  return [element, ...element.children.flatMap(allElements)];
}
