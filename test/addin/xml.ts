/**
 * A small XML reader for the manifest contract test: elements, attributes
 * and text, no DTDs or CDATA (the manifest uses neither). Throws on a tag
 * that does not close, so a malformed manifest fails the test.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

// Alternatives: comment, declaration, closing tag, opening tag (attributes, optional /), text.
const TOKEN = new RegExp(
  [
    '<!--[\\s\\S]*?-->',
    '<\\?[\\s\\S]*?\\?>',
    '<\\/([\\w:.-]+)\\s*>',
    '<([\\w:.-]+)((?:\\s+[\\w:.-]+\\s*=\\s*"[^"]*")*)\\s*(\\/?)>',
    '([^<]+)',
  ].join('|'),
  'g',
);
const ATTRIBUTE = /([\w:.-]+)\s*=\s*"([^"]*)"/g;

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  let consumed = 0;
  for (const match of source.matchAll(TOKEN)) {
    if (match.index !== consumed) throw new Error(`unreadable XML at offset ${consumed}`);
    consumed += match[0].length;
    const [, closing, opening, attributeText, selfClosing, text] = match;
    const top = stack[stack.length - 1];
    if (closing) {
      if (top.name !== closing) throw new Error(`</${closing}> closes <${top.name}>`);
      stack.pop();
    } else if (opening) {
      const attributes: Record<string, string> = {};
      for (const [, key, value] of attributeText.matchAll(ATTRIBUTE)) {
        attributes[key] = decode(value);
      }
      const element: XmlElement = { name: opening, attributes, children: [], text: '' };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    } else if (text) {
      top.text += decode(text).trim();
    }
  }
  if (consumed !== source.length || stack.length !== 1) throw new Error('XML does not close');
  return root;
}

/** Every element below `element`, depth first. */
export function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

/** The one direct child named `name`; throws when absent. */
export function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}
