/**
 * Small helpers over WordprocessingML DOM (parsed by @xmldom/xmldom): elements by local name in
 * the w: namespace, attribute values, paragraph text. Namespace-aware so a file that uses
 * another prefix for the same namespace is read the same.
 */
import type { Element } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

export function kids(el: Element | null | undefined, name: string, ns = W): Element[] {
  if (!el) return [];
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === ns) out.push(n as Element);
  }
  return out;
}

export function kid(el: Element | null | undefined, name: string, ns = W): Element | null {
  return kids(el, name, ns)[0] ?? null;
}

export function descendants(el: Element | null | undefined, name: string, ns = W): Element[] {
  if (!el) return [];
  return Array.from(el.getElementsByTagNameNS(ns, name));
}

export function attr(el: Element | null | undefined, name: string): string | null {
  if (!el) return null;
  return el.getAttributeNS(W, name) || el.getAttribute(`w:${name}`) || null;
}

/** A w:b / w:i / w:u style toggle: present without val, or val true/1/on. */
export function toggle(el: Element | null): boolean | undefined {
  if (!el) return undefined;
  const val = attr(el, 'val');
  if (el.localName === 'u') return val !== 'none';
  return val === null || val === 'true' || val === '1' || val === 'on';
}

export function paragraphText(p: Element): string {
  let text = '';
  for (const node of descendants(p, '*')) {
    if (node.localName === 't') text += node.textContent ?? '';
    else if (node.localName === 'tab') text += '\t';
    else if (node.localName === 'br') text += '\n';
  }
  return text.normalize('NFC');
}

/** The first characters of a paragraph, to say where a finding is. */
export function snippet(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
