/**
 * A Word document as the importer reads it: paragraphs and tables in reading order, each
 * paragraph with its runs (bold, italic, underline), alignment, the label Word's numbering gives
 * it, and the heading level its style gives it. Plain data, so the review screen can work on it.
 */
import type { Run } from '../report-format/schema';

export interface SourceParagraph {
  kind: 'paragraph';
  /** NFC, legacy fonts (.VnTime, VNI) converted; line breaks inside the paragraph as "\n". */
  text: string;
  runs: Run[];
  align: 'left' | 'center' | 'right' | 'both';
  /** The label Word's numbering draws before the text ("I.", "1.", "a)", "-"), or null. */
  label: string | null;
  /** Drawn by a bullet list (the label is the bullet), and the list level (0 = first). */
  bullet: boolean;
  listLevel: number | null;
  /** Heading level from the style or the paragraph (0 = Heading 1), or null for body text. */
  outlineLevel: number | null;
  /** Inside a text box (headers are sometimes drawn in one). */
  inTextBox: boolean;
  /** A line of Word's mục lục (its styles "toc 1" … and "TOC Heading"): made again on export, not the document's text. */
  tableOfContents?: true;
  /**
   * Which paragraph of the .docx this is: its index among the body's w:p elements in document
   * order — how the thể thức checker finds the paragraph behind a line. Absent for a .doc.
   */
  at?: number;
  /** Tracked changes in the paragraph (w:ins, w:del), with who made them: a leader's suggestions. */
  suggestions?: { author: string; kind: 'inserted' | 'deleted'; text: string }[];
  /** Comments anchored in the paragraph (w:comment). */
  comments?: { author: string; text: string }[];
}

interface SourceTable {
  kind: 'table';
  /** Row → cell → the cell's paragraphs (a nested table's paragraphs are read into its cell). */
  rows: SourceParagraph[][][];
}

export type SourceItem = SourceParagraph | SourceTable;

export interface WordSource {
  items: SourceItem[];
  /** Read from an old .doc: text only (no bold, numbering or tables), and the screen says so. */
  textOnly: boolean;
  /** Old font encodings found and converted. */
  converted: ('tcvn3' | 'vni')[];
}

/** The files the Word reader takes by their name: .docx, an old .doc, and a PDF with text. */
export const isWordReaderFileName = (fileName: string): boolean => /\.(docx|doc|pdf)$/i.test(fileName);

/** Every paragraph of a source in reading order: the body's, and each table cell's (nested tables' too). */
export const sourceParagraphs = (source: WordSource): SourceParagraph[] =>
  source.items.flatMap((item) => (item.kind === 'paragraph' ? [item] : item.rows.flat(2)));

export const paragraphOf = (text: string, extra: Partial<SourceParagraph> = {}): SourceParagraph => ({
  kind: 'paragraph',
  text,
  runs: text === '' ? [] : [{ text }],
  align: 'left',
  label: null,
  bullet: false,
  listLevel: null,
  outlineLevel: null,
  inTextBox: false,
  ...extra,
});
