/** Everything a rule needs, read once per file. */
import type { Element } from '@xmldom/xmldom';
import type { Finding } from '../../../shared/the-thuc/findings';
import type { LayoutProfile, Range } from '../../../shared/the-thuc/layout-profile';
import { bodyParagraphs, topLevel, type DocxPackage } from './docx-package';
import { descendants, paragraphText } from './ooxml';
import { RunFormatResolver } from './run-format';

export interface Para {
  el: Element;
  text: string;
  /** Inside the first (header) table. */
  inHeader: boolean;
}

export interface CheckContext {
  pkg: DocxPackage;
  profile: LayoutProfile;
  fmt: RunFormatResolver;
  paragraphs: Para[];
  headerTable: Element | null;
}

/** A finding as a rule states it; the checker adds where the rule is written (rule-sources.ts). */
export type RuleFinding = Omit<Finding, 'source'>;
export type Rule = (ctx: CheckContext) => RuleFinding[];

export function buildContext(pkg: DocxPackage, profile: LayoutProfile): CheckContext {
  const first = topLevel(pkg)[0];
  const headerTable = first?.localName === 'tbl' ? first : null;
  const inHeader = new Set(headerTable ? descendants(headerTable, 'p') : []);
  return {
    pkg,
    profile,
    fmt: new RunFormatResolver(pkg),
    headerTable,
    paragraphs: bodyParagraphs(pkg).map((el) => ({ el, text: paragraphText(el), inHeader: inHeader.has(el) })),
  };
}

export const inRange = (value: number, [min, max]: Range, tolerance = 0): boolean => value >= min - tolerance && value <= max + tolerance;
/** A measure as a Vietnamese reader writes it: decimal comma, at most `digits` decimals ("95,7"; "20"). */
export const num = (value: number, digits = 1): string => value.toFixed(digits).replace(/\.?0+$/, '').replace('.', ',');
export const showRange = ([min, max]: Range, unit: string): string => (min === max ? `${num(min)} ${unit}` : `${num(min)}–${num(max)} ${unit}`);
