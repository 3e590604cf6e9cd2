/** Opens a .docx for checking: the parts the rules read, parsed, with clear errors for non-Word files. */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { AppError } from '../../../shared/contract/errors';
import { descendants, kid } from './ooxml';

export interface DocxPackage {
  document: Document;
  body: Element;
  styles: Document | null;
  theme: Document | null;
  settings: Document | null;
  /** Header parts by relationship id (rId…). */
  headers: Map<string, Document>;
}

const NOT_DOCX =
  'Tệp này không phải tệp Word .docx (có thể là .doc cũ, PDF, hoặc tệp bị hỏng). Hãy mở bằng Word và “Lưu thành” .docx rồi kiểm tra lại.';

function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } }).parseFromString(xml, 'application/xml');
  if (errors.length > 0 || !doc.documentElement) throw new AppError('unsupported_file', NOT_DOCX);
  return doc;
}

export async function openDocx(bytes: Uint8Array): Promise<DocxPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new AppError('unsupported_file', NOT_DOCX);
  }
  const read = async (name: string) => {
    const file = zip.file(name);
    return file ? parse(await file.async('string')) : null;
  };
  const document = await read('word/document.xml');
  const body = kid(document?.documentElement, 'body');
  if (!document || !body) throw new AppError('unsupported_file', NOT_DOCX);

  const headers = new Map<string, Document>();
  const rels = await read('word/_rels/document.xml.rels');
  let themeTarget = 'theme/theme1.xml';
  for (const rel of Array.from(rels?.documentElement?.getElementsByTagName('Relationship') ?? [])) {
    const type = rel.getAttribute('Type') ?? '';
    const target = (rel.getAttribute('Target') ?? '').replace(/^\/?word\//, '');
    if (type.endsWith('/header')) {
      const header = await read(`word/${target}`);
      if (header) headers.set(rel.getAttribute('Id') ?? '', header);
    } else if (type.endsWith('/theme')) themeTarget = target;
  }
  return { document, body, styles: await read('word/styles.xml'), theme: await read(`word/${themeTarget}`), settings: await read('word/settings.xml'), headers };
}

/** Every section's properties in document order (the first section's sit in its last paragraph). */
export function sectionProperties(pkg: DocxPackage): Element[] {
  return descendants(pkg.body, 'sectPr');
}

/** Paragraphs of the body in order, including those inside tables. */
export function bodyParagraphs(pkg: DocxPackage): Element[] {
  return descendants(pkg.body, 'p');
}

/** Paragraphs and tables directly in the body, in order. */
export function topLevel(pkg: DocxPackage): Element[] {
  const out: Element[] = [];
  for (let n = pkg.body.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && ((n as Element).localName === 'p' || (n as Element).localName === 'tbl')) out.push(n as Element);
  }
  return out;
}
