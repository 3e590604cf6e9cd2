/**
 * Labels drawn by Word's numbering (numbering.xml): a paragraph that says only "Công tác quán
 * triệt" may show as "I. Công tác quán triệt". The importer needs the label to know the level.
 * Counters run per list definition (abstractNum), a level's counter restarting when a level
 * above it moves on, as Word draws them.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { attr, kid, kids } from '../word-file/ooxml';
import { toRoman } from '#shared/domain/numbering';

interface Level {
  format: string;
  text: string;
  start: number;
}

/** Word's letters are the 26 of the Latin alphabet (a … z, aa …), not the Vietnamese 29. */
function latinLetter(n: number): string {
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  if (n < 1) return String(n);
  switch (format) {
    case 'upperRoman':
      return toRoman(n);
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperLetter':
      return latinLetter(n).toUpperCase();
    case 'lowerLetter':
      return latinLetter(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

export class WordNumbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  private readonly counters = new Map<string, number[]>();

  constructor(numbering: Document | null) {
    const root = numbering?.documentElement;
    for (const abstract of kids(root, 'abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of kids(abstract, 'lvl')) {
        levels.set(Number(attr(lvl, 'ilvl') ?? 0), {
          format: attr(kid(lvl, 'numFmt'), 'val') ?? 'decimal',
          text: attr(kid(lvl, 'lvlText'), 'val') ?? '',
          start: Number(attr(kid(lvl, 'start'), 'val') ?? 1),
        });
      }
      this.abstracts.set(attr(abstract, 'abstractNumId') ?? '', levels);
    }
    for (const num of kids(root, 'num')) {
      const starts = new Map<number, number>();
      for (const override of kids(num, 'lvlOverride')) {
        const start = attr(kid(override, 'startOverride'), 'val');
        if (start !== null) starts.set(Number(attr(override, 'ilvl') ?? 0), Number(start));
      }
      this.nums.set(attr(num, 'numId') ?? '', { abstractId: attr(kid(num, 'abstractNumId'), 'val') ?? '', starts });
    }
  }

  /** The label of the next paragraph in list `numId` at level `ilvl`, or null (numId 0 = no list). */
  next(numId: string, ilvl: number): { label: string; bullet: boolean } | null {
    const num = this.nums.get(numId);
    const levels = num ? this.abstracts.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level) return null;
    if (level.format === 'bullet') return { label: level.text, bullet: true };
    const counters = this.counters.get(num.abstractId) ?? [];
    const startOf = (i: number) => num.starts.get(i) ?? levels.get(i)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl] + 1;
    counters.length = ilvl + 1;
    this.counters.set(num.abstractId, counters);
    const label = level.text.replace(/%(\d)/g, (_, k: string) => {
      const i = Number(k) - 1;
      return formatNumber(counters[i] ?? startOf(i), levels.get(i)?.format ?? 'decimal');
    });
    return { label, bullet: false };
  }
}

/** The list a paragraph belongs to: its own numPr, else its style's (heading styles often carry one). */
export function numberingOf(p: Element, styleChain: readonly Element[]): { numId: string; ilvl: number } | null {
  const own = kid(kid(p, 'pPr'), 'numPr');
  for (const numPr of [own, ...[...styleChain].reverse().map((s) => kid(kid(s, 'pPr'), 'numPr'))]) {
    if (!numPr) continue;
    const numId = attr(kid(numPr, 'numId'), 'val');
    if (numId === null) continue;
    if (numId === '0') return null;
    return { numId, ilvl: Number(attr(kid(numPr, 'ilvl'), 'val') ?? 0) };
  }
  return null;
}
