/**
 * WordprocessingML as strings. We write the small part of OOXML a báo cáo needs directly:
 * the docx library's object model costs ~150 ms per 100 pages, which made a whole
 * `baocao export` slower than the goal; strings cost a few milliseconds. Every output is
 * read back by LibreOffice, mammoth and the checker in the tests.
 */

/** Escapes text for element content and attribute values. Input is already free of XML-forbidden characters. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

type AttrValue = string | number | undefined | null | false;

/** `<w:name a="1" b="2"/>` or with children; attributes that are undefined/null/false are left out. */
export function el(name: string, attrs: Record<string, AttrValue> = {}, ...children: string[]): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    out += ` ${key}="${escapeXml(String(value))}"`;
  }
  const inner = children.join('');
  return inner === '' ? `${out}/>` : `${out}>${inner}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
} as const;
