/** Runs (w:r): text with its marks; a typed line break becomes w:br. */
import { el, escapeXml } from './xml';

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Absent: the paragraph style's size. */
  sizePt?: number;
}

function runProperties(p: RunProps): string {
  const parts: string[] = [];
  if (p.bold !== undefined) parts.push(p.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>');
  if (p.italic !== undefined) parts.push(p.italic ? '<w:i/><w:iCs/>' : '<w:i w:val="false"/><w:iCs w:val="false"/>');
  if (p.underline) parts.push('<w:u w:val="single"/>');
  if (p.sizePt !== undefined) {
    const half = Math.round(p.sizePt * 2);
    parts.push(`<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>`);
  }
  return parts.length === 0 ? '' : `<w:rPr>${parts.join('')}</w:rPr>`;
}

/** One run per line of `text`; tabs read as spaces (a tab inside w:t is not a tab stop). */
export function runs(text: string, props: RunProps = {}): string {
  const rPr = runProperties(props);
  return text
    .replace(/\t/g, ' ')
    .split('\n')
    .map((line, i) => `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join('');
}

/** The PAGE field with a cached "1": a field with no cached result can make Word ask to repair the file. */
export function pageField(props: RunProps = {}): string {
  const rPr = runProperties(props);
  return [
    `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r>`,
    `<w:r>${rPr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>`,
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>`,
    `<w:r>${rPr}<w:t>1</w:t></w:r>`,
    `<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`,
  ].join('');
}

export { el };
