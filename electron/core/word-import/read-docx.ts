/**
 * Reads a .docx into the importer's source (shared/word-import/source.ts): paragraphs and tables
 * in reading order, through the same bounded zip reader and XML checks as the thể thức checker.
 *
 * - Runs keep bold, italic and underline as Word resolves them (styles included).
 * - Text set in .VnTime / VNI fonts is converted by the run's font; text with no such font but
 *   the byte patterns of one is converted by the paragraph's pattern (convertLegacy 'auto').
 * - Labels drawn by Word's numbering are computed (numbering.ts); heading levels come from the
 *   paragraph's or its style's outline level.
 * - Text boxes (a header is sometimes drawn in one) are read where they are anchored; of Word's
 *   two copies of a drawing (mc:Choice and mc:Fallback) only one is read.
 * - Inserted text of tracked changes is read, deleted text (w:delText) and field codes are not.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { bodyParagraphs, openDocx, type DocxPackage } from '../word-file/docx-package';
import { attr, descendants, kid, kids, paragraphText } from '../word-file/ooxml';
import { RunFormatResolver } from '../word-file/run-format';
import type { Run } from '#shared/report-format/schema';
import { appendRun } from '#shared/domain/report';
import type { SourceItem, SourceParagraph, WordSource } from '#shared/word-import/source';
import { convertLegacy, encodingOfFont, fromLegacyFont, isUnicodeAlready, type LegacyEncoding } from '#shared/text/legacy-encodings';
import { numberingOf, WordNumbering } from './numbering';
import { dropForbiddenChars } from '#shared/text/sanitize';

const ALIGN: Record<string, SourceParagraph['align']> = { center: 'center', right: 'right', end: 'right', both: 'both', distribute: 'both' };

const elements = (el: Element): Element[] => {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
};

/** The text of one run: tabs kept, line breaks as "\n"; field codes and deleted text are not text. */
function runText(r: Element): string {
  let text = '';
  for (const node of elements(r)) {
    const name = node.localName;
    // A character XML 1.0 forbids (written as &#x0; by a broken program) is no text and would break the Word file we export.
    if (name === 't') text += dropForbiddenChars(node.textContent ?? '');
    // A tab is kept: it parts the columns of a header or a signature laid out with tab stops.
    else if (name === 'tab' || name === 'ptab') text += '\t';
    // Word writes a soft hyphen as an element; in a .VnTime text that byte is the letter "ư".
    else if (name === 'softHyphen') text += '\u00ad';
    else if ((name === 'br' && attr(node, 'type') !== 'page') || name === 'cr') text += '\n';
    else if (name === 'noBreakHyphen') text += '-';
  }
  return text;
}

class DocxReader {
  private readonly converted = new Set<LegacyEncoding>();
  private readonly numbering: WordNumbering;

  constructor(
    private readonly resolver: RunFormatResolver,
    numbering: WordNumbering,
    private readonly comments: Map<string, { author: string; text: string }> = new Map(),
    /** Each paragraph's index among the body's w:p elements (SourceParagraph.at). */
    private readonly indexOf: Map<Element, number> = new Map(),
    /** Footnotes' and endnotes' texts by "footnote:id" / "endnote:id". */
    private readonly footnotes: Map<string, string> = new Map(),
  ) {
    this.numbering = numbering;
  }

  encodings(): LegacyEncoding[] {
    return [...this.converted];
  }

  /** Paragraphs, tables and content controls of a body or a cell, in order. */
  blocks(container: Element, inTextBox: boolean, out: SourceItem[]): void {
    for (const el of elements(container)) {
      if (el.localName === 'p') this.paragraph(el, inTextBox, out);
      else if (el.localName === 'tbl') out.push({ kind: 'table', rows: this.tableRows(el, inTextBox) });
      else if (el.localName === 'sdt') this.blocks(kid(el, 'sdtContent') ?? el, inTextBox, out);
      else if (el.localName === 'customXml' || el.localName === 'ins' || el.localName === 'smartTag') this.blocks(el, inTextBox, out);
    }
  }

  private tableRows(tbl: Element, inTextBox: boolean): SourceParagraph[][][] {
    return kids(tbl, 'tr').map((tr) =>
      kids(tr, 'tc').map((tc) => {
        const inner: SourceItem[] = [];
        this.blocks(tc, inTextBox, inner);
        // A table inside a cell is read as the cell's paragraphs, row by row.
        return inner.flatMap((item) => (item.kind === 'paragraph' ? [item] : item.rows.flatMap((row) => row.flat())));
      }),
    );
  }

  /** The runs of a paragraph (not those of a text box anchored in it), its text boxes, tracked changes and comments. */
  private collect(el: Element, runs: Element[], boxes: Element[], marks: ParagraphMarks = { suggestions: [], commentIds: [] }): void {
    for (const child of elements(el)) {
      const name = child.localName;
      if (name === 'txbxContent') boxes.push(child);
      else if (name === 'del' || name === 'moveFrom') {
        const text = elements(child)
          .filter((r) => r.localName === 'r')
          .map((r) =>
            elements(r)
              .filter((t) => t.localName === 'delText')
              .map((t) => t.textContent ?? '')
              .join(''),
          )
          .join('');
        if (text !== '') marks.suggestions.push({ author: attr(child, 'author') ?? '', kind: 'deleted', text });
      } else if (name === 'ins' || name === 'moveTo') {
        const text = elements(child)
          .filter((r) => r.localName === 'r')
          .map(runText)
          .join('');
        if (text !== '') marks.suggestions.push({ author: attr(child, 'author') ?? '', kind: 'inserted', text });
        this.collect(child, runs, boxes, marks);
      } else if (name === 'commentRangeStart' || name === 'commentReference') {
        const id = attr(child, 'id');
        if (id !== null && !marks.commentIds.includes(id)) marks.commentIds.push(id);
      } else if (name === 'Fallback' || name === 'pPr' || name === 'rPr') continue;
      else if (name === 'r') {
        runs.push(child);
        this.collect(child, [], boxes, marks);
      } else this.collect(child, runs, boxes, marks);
    }
  }

  private paragraph(p: Element, inTextBox: boolean, out: SourceItem[]): void {
    const runElements: Element[] = [];
    const boxes: Element[] = [];
    const marks: ParagraphMarks = { suggestions: [], commentIds: [] };
    this.collect(p, runElements, boxes, marks);
    for (const box of boxes) this.blocks(box, true, out);

    const raw: { text: string; run: Run; font: string; legacy: LegacyEncoding | null }[] = [];
    for (const r of runElements) {
      // A footnote's (or endnote's) number: the note goes with the text just before it (its own run when none).
      const reference = elements(r).find((n) => n.localName === 'footnoteReference' || n.localName === 'endnoteReference');
      const note = reference
        ? this.footnotes.get(`${reference.localName === 'endnoteReference' ? 'endnote' : 'footnote'}:${attr(reference, 'id') ?? ''}`)
        : undefined;
      if (note) {
        const last = raw.at(-1);
        if (last && !last.run.footnote) last.run = { ...last.run, footnote: note };
        else raw.push({ text: '', font: '', run: { text: '', footnote: note }, legacy: null });
      }
      const text = runText(r);
      if (text === '') continue;
      const format = this.resolver.resolve(p, r);
      const font = format.hAnsi ?? format.ascii ?? '';
      raw.push({
        text,
        font,
        legacy: encodingOfFont(font),
        run: {
          text,
          ...(format.bold ? { bold: true } : {}),
          ...(format.italic ? { italic: true } : {}),
          ...(format.underline ? { underline: true } : {}),
        },
      });
    }
    const convert = (r: (typeof raw)[number], encoding: LegacyEncoding) => {
      this.converted.add(encoding);
      r.run = { ...r.run, text: r.text === '' ? '' : fromLegacyFont(r.text, encoding, r.font) };
    };
    // An old font named (often only by the template's Normal style) over text typed in Unicode: left alone.
    const typedInUnicode = raw.some((r) => r.legacy && isUnicodeAlready(r.text));
    if (raw.some((r) => r.legacy)) {
      if (!typedInUnicode) for (const r of raw) if (r.legacy) convert(r, r.legacy);
    } else {
      // No old font named, but the letters of one: the whole paragraph is converted the same way.
      const guess = convertLegacy(raw.map((r) => r.text).join(''), 'auto').encoding;
      if (guess) for (const r of raw) convert(r, guess);
    }
    const runs: Run[] = [];
    // A soft hyphen left after conversion is an invisible break point, not text.
    for (const { run } of raw) appendRun(runs, { ...run, text: run.text.replace(/\u00ad/g, '').normalize('NFC') });
    const props = this.resolver.paragraphProps(p);
    const styleId = attr(kid(kid(p, 'pPr'), 'pStyle'), 'val');
    const styleChain = this.resolver.styleElement(styleId);
    const list = numberingOf(p, styleChain);
    const drawn = list ? this.numbering.next(list.numId, list.ilvl) : null;
    const text = runs.map((r) => r.text).join('');
    out.push({
      kind: 'paragraph',
      text,
      runs,
      align: ALIGN[props.align] ?? 'left',
      label: drawn ? drawn.label : null,
      bullet: drawn?.bullet ?? false,
      listLevel: drawn ? (list?.ilvl ?? 0) : null,
      outlineLevel: props.outlineLevel !== null && props.outlineLevel < 9 ? props.outlineLevel : headingStyleLevel(styleChain),
      inTextBox,
      ...(isTableOfContents(styleChain) ? { tableOfContents: true as const } : {}),
      ...(this.indexOf.has(p) ? { at: this.indexOf.get(p) } : {}),
      ...(marks.suggestions.length > 0 ? { suggestions: marks.suggestions.map((x) => ({ ...x, text: x.text.normalize('NFC') })) } : {}),
      ...(marks.commentIds.length > 0 ? { comments: marks.commentIds.flatMap((id) => this.comments.get(id) ?? []) } : {}),
    });
  }
}

interface ParagraphMarks {
  suggestions: NonNullable<SourceParagraph['suggestions']>;
  commentIds: string[];
}

/**
 * Footnotes (or endnotes) by "footnote:id" / "endnote:id", as plain text (paragraphs joined by line breaks); Word's separator notes (ids
 * -1 and 0, typed "separator" / "continuationSeparator") are not notes. An old font's text is
 * converted like the body's.
 */
function readNotes(doc: Document | null, kind: 'footnote' | 'endnote', out = new Map<string, string>()): Map<string, string> {
  for (const note of kids(doc?.documentElement, kind)) {
    if (attr(note, 'type') && attr(note, 'type') !== 'normal') continue;
    const text = descendants(note, 'p')
      .map((p) => convertLegacy(paragraphText(p), 'auto').text)
      .join('\n')
      .replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '')
      .normalize('NFC');
    if (text !== '') out.set(`${kind}:${attr(note, 'id') ?? ''}`, text);
  }
  return out;
}

/** Comments by id: who wrote each and what it says. */
function readComments(doc: Document | null): Map<string, { author: string; text: string }> {
  const out = new Map<string, { author: string; text: string }>();
  for (const c of kids(doc?.documentElement, 'comment')) {
    const text = descendants(c, 'p').map(paragraphText).join('\n').trim();
    out.set(attr(c, 'id') ?? '', { author: attr(c, 'author') ?? '', text });
  }
  return out;
}

/** Word's mục lục styles, by their built-in names ("toc 1" … "toc 9", "TOC Heading"), which stay English in any Word's styles.xml. */
function isTableOfContents(chain: readonly Element[]): boolean {
  return chain.some((style) => /^toc (?:\d|heading)$/i.test(attr(kid(style, 'name'), 'val') ?? ''));
}

/** "heading 2" / "Heading2" / "Tiêu đề 2" by the style's name, for files whose heading styles carry no outline level. */
function headingStyleLevel(chain: readonly Element[]): number | null {
  for (const style of [...chain].reverse()) {
    const name = (attr(kid(style, 'name'), 'val') ?? '').toLowerCase();
    const match = /^(?:heading|tiêu đề|đề mục)\s*(\d)$/.exec(name);
    if (match) return Number(match[1]) - 1;
  }
  return null;
}

export async function readDocx(bytes: Uint8Array): Promise<WordSource> {
  return readDocxPackage(await openDocx(bytes));
}

/** The source of an opened .docx, each paragraph knowing its index among bodyParagraphs(pkg) (the checker reads the same package). */
export function readDocxPackage(pkg: DocxPackage, resolver = new RunFormatResolver(pkg)): WordSource {
  const indexOf = new Map(bodyParagraphs(pkg).map((p, i) => [p, i] as const));
  const reader = new DocxReader(
    resolver,
    new WordNumbering(pkg.numbering),
    readComments(pkg.comments),
    indexOf,
    readNotes(pkg.endnotes, 'endnote', readNotes(pkg.footnotes, 'footnote')),
  );
  const items: SourceItem[] = [];
  reader.blocks(pkg.body, false, items);
  return { items, textOnly: false, converted: reader.encodings() };
}
