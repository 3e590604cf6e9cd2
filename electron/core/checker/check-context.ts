/** Everything a rule needs, read once per file: the document map the Word reader gives, and for a .docx its XML and formatting. */
import type { Element } from '@xmldom/xmldom';
import type { Finding } from '#shared/the-thuc/findings';
import type { LayoutProfile, Range } from '#shared/the-thuc/layout-profile';
import type { Recognised } from '#shared/word-import/recognise';
import { bodyParagraphs, type DocxPackage } from '../word-file/docx-package';
import { buildDocumentMap, type DocumentMap, type MapLine } from './document-map';
import { paragraphText } from '../word-file/ooxml';
import { type RunFormatResolver } from '../word-file/run-format';

export interface Para {
  el: Element;
  text: string;
}

export type Line = MapLine<Para>;

/** What the text rules need: the profile and where each part is. An old .doc gives no more than this. */
export interface TextContext {
  profile: LayoutProfile;
  map: DocumentMap<Para>;
}

/** A .docx: its parts, formatting resolved as Word does, and its pages when LibreOffice laid them out. */
export interface CheckContext extends TextContext {
  pkg: DocxPackage;
  fmt: RunFormatResolver;
  /** Every paragraph of the body in document order (SourceParagraph.at indexes it). */
  paragraphs: Para[];
  /** The pages' text as LibreOffice laid them out, or null. */
  pages: readonly string[] | null;
}

/** A finding as a rule states it; the checker adds where the rule is written and on what it rests (rule-sources.ts). */
export type RuleFinding = Omit<Finding, 'source' | 'basis'>;
export type TextRule = (ctx: TextContext) => RuleFinding[];
export type Rule = (ctx: CheckContext) => RuleFinding[];

export function buildContext(
  pkg: DocxPackage,
  fmt: RunFormatResolver,
  profile: LayoutProfile,
  recognised: Recognised,
  pages: readonly string[] | null,
): CheckContext {
  const paragraphs = bodyParagraphs(pkg).map((el) => ({ el, text: paragraphText(el) }));
  const map = buildDocumentMap(recognised, { textOnly: false, converted: [] }, (line) => (line.at === undefined ? null : (paragraphs[line.at] ?? null)));
  return { pkg, fmt, profile, map, paragraphs, pages };
}

export function buildTextContext(profile: LayoutProfile, recognised: Recognised, source: { converted: readonly string[] }): TextContext {
  return { profile, map: buildDocumentMap<Para>(recognised, { textOnly: true, converted: source.converted }, () => null) };
}

export const inRange = (value: number, [min, max]: Range, tolerance = 0): boolean => value >= min - tolerance && value <= max + tolerance;
/** A measure as a Vietnamese reader writes it: decimal comma, at most `digits` decimals ("95,7"; "20"; "70"). */
export const num = (value: number, digits = 1): string => {
  const fixed = value.toFixed(digits);
  // Only the decimals' trailing zeros go: 70.0 → "70", 95.70 → "95,7" (never 70 → "7").
  return (fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed).replace('.', ',');
};
export const showRange = ([min, max]: Range, unit: string): string => (min === max ? `${num(min)} ${unit}` : `${num(min)}–${num(max)} ${unit}`);
