/**
 * A bản trình as it comes back from a leader: edited in LibreOffice Writer with Track Changes
 * (real tracked changes, written by LibreOffice itself), and commented in the form Word writes
 * comments (comments.xml, a range and a reference in the text, its relationship and content type).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

/** Debian's own Python: python3-uno is installed for it, not for other Pythons on the PATH. */
export const UNO_PYTHON = '/usr/bin/python3';
const SCRIPT = join(import.meta.dirname, 'libreoffice-edit.py');

/** LibreOffice and its Python bridge are installed (`.ci/run` installs them; elsewhere the suite says what is missing). */
export function hasLibreOfficeUno(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0 && spawnSync(UNO_PYTHON, ['-c', 'import uno'], { stdio: 'ignore' }).status === 0;
}

export type LibreOfficeEdit =
  | { op: 'replace'; find: string; text: string; author?: string }
  | { op: 'insertAfter'; find: string; text: string; author?: string }
  | { op: 'delete'; find: string; author?: string }
  | { op: 'track'; on: boolean };

/** The file after a leader made `edits` in LibreOffice Writer, saved as .docx. */
export function editInLibreOffice(bytes: Uint8Array, edits: readonly LibreOfficeEdit[]): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-lanh-dao-'));
  try {
    const source = join(dir, 'ban-trinh.docx');
    const target = join(dir, 'ban-trinh-da-sua.docx');
    writeFileSync(source, bytes);
    writeFileSync(join(dir, 'edits.json'), JSON.stringify(edits));
    execFileSync(UNO_PYTHON, [SCRIPT, source, target, join(dir, 'edits.json')], { stdio: ['ignore', 'ignore', 'pipe'] });
    if (!existsSync(target)) throw new Error('LibreOffice saved nothing');
    return readFileSync(target);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface WordComment {
  /** Text of the paragraph (or table cell, heading, signature line) the comment is anchored to. */
  on: string;
  author: string;
  text: string;
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Each w:p of the XML with its start, end and text (its w:t contents). */
function paragraphs(xml: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const match of xml.matchAll(/<w:p(?=[ >])(?:(?!<w:p[ >]).)*?<\/w:p>/gs)) {
    const text = [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join('');
    out.push({ start: match.index!, end: match.index! + match[0].length, text });
  }
  return out;
}

/** The file with `comments` added as Word adds them: the whole paragraph holding each anchor text is the comment's range. */
export async function addWordComments(bytes: Uint8Array, comments: readonly WordComment[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let doc = await zip.file('word/document.xml')!.async('string');
  const existing = zip.file('word/comments.xml') ? await zip.file('word/comments.xml')!.async('string') : null;
  const entries: string[] = [];
  comments.forEach((comment, i) => {
    const id = 900 + i;
    const p = paragraphs(doc).find((x) => x.text.includes(comment.on));
    if (!p) throw new Error(`no paragraph holds "${comment.on}"`);
    const xml = doc.slice(p.start, p.end);
    const open = xml.indexOf('>', xml.indexOf('<w:pPr') >= 0 ? xml.indexOf('</w:pPr>') : 0) + 1;
    const withRange =
      xml.slice(0, open) +
      `<w:commentRangeStart w:id="${id}"/>` +
      xml.slice(open, -'</w:p>'.length) +
      `<w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r></w:p>`;
    doc = doc.slice(0, p.start) + withRange + doc.slice(p.end);
    entries.push(
      `<w:comment w:id="${id}" w:author="${xmlText(comment.author)}" w:date="2026-12-01T08:30:00Z" w:initials="${xmlText(
        comment.author
          .split(' ')
          .map((w) => w[0])
          .join(''),
      )}"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">${xmlText(comment.text)}</w:t></w:r></w:p></w:comment>`,
    );
  });
  zip.file('word/document.xml', doc);
  zip.file(
    'word/comments.xml',
    existing
      ? existing.replace('</w:comments>', `${entries.join('')}</w:comments>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries.join('')}</w:comments>`,
  );
  if (!existing) {
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    zip.file(
      'word/_rels/document.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdComments900" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
      ),
    );
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>',
      ),
    );
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}
