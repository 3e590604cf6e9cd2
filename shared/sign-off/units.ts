/**
 * A report as the sign-off review compares it: its parts (Mở đầu, each part by its title path,
 * Kết thúc, each phụ lục), each a list of units — a paragraph, one dash item ("-" or the "+"
 * under it) or a table — with the text the Word file prints for it. A leader's edit in Word is a
 * change of units; applying it is a change of the same units in the clerk's report, put back
 * together into blocks (dash items in a row become one list again, at their own levels).
 */
import type { Block, FileSection, ReportFile } from '../report-format/schema';
import { blockFromFile, blockToFile, bulletItemText, paragraphText, type Block as AppBlock } from '../domain/report';
import { indicatorTableOf } from '../domain/indicators';

export interface Unit {
  /** The text as the Word file prints it: "- " or "+ " before a dash item, "[Bảng] …" for a table. */
  text: string;
  kind: 'paragraph' | 'dash' | 'table';
  /** The block it stands for, alone (a dash item as a list of one). */
  block: Block;
}

/** Tolerant key of a unit: spacing and the "./." end mark do not count. */
export const textKey = (t: string): string =>
  t
    .replace(/\s+/g, ' ')
    .replace(/\s*\.\/\.$/, '.')
    .trim();

const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();

/** A table's printed text, caption first: the same table read back from Word is the same text. */
function tableText(block: Extract<AppBlock, { type: 'table' | 'indicators' }>): string {
  const table = block.type === 'indicators' ? indicatorTableOf(block) : block;
  const caption = table.caption?.trim() ? `${oneLine(table.caption)} ` : '';
  return `[Bảng] ${caption}${[...table.header, ...table.rows.flat()].map(oneLine).join(' | ')}`;
}

/** Each paragraph, dash item and table of `blocks`, in order; empty ones are left out. */
export function unitsOf(blocks: readonly Block[] | undefined): Unit[] {
  const out: Unit[] = [];
  for (const file of blocks ?? []) {
    const b = blockFromFile(file);
    if (b.type === 'paragraph') {
      const text = oneLine(paragraphText(b));
      if (text !== '') out.push({ text, kind: 'paragraph', block: file });
    } else if (b.type === 'bullets') {
      for (const item of b.items) {
        const text = oneLine(bulletItemText(item));
        if (text !== '') out.push({ text: `${item.level === 2 ? '+' : '-'} ${text}`, kind: 'dash', block: blockToFile({ type: 'bullets', items: [item] }) });
      }
    } else out.push({ text: tableText(b), kind: 'table', block: file });
  }
  return out;
}

/** Units back into blocks: dash items in a row make one list, each at its own level. */
export function blocksOf(units: readonly Unit[]): Block[] {
  const out: AppBlock[] = [];
  for (const unit of units) {
    const block = blockFromFile(unit.block);
    const last = out[out.length - 1];
    if (block.type === 'bullets' && last?.type === 'bullets') out[out.length - 1] = { type: 'bullets', items: [...last.items, ...block.items] };
    else out.push(block);
  }
  return out.map(blockToFile);
}

export interface Part {
  /** "Mở đầu", "Kết quả › Về kinh tế", "Kết thúc", "Phụ lục: …". */
  path: string;
  /** The part's title, for a part of the outline. */
  title: string | null;
  units: Unit[];
}

export const OPENING = 'Mở đầu';
export const CLOSING = 'Kết thúc';
export const APPENDIX_PREFIX = 'Phụ lục: ';

/** Opening, each part by its title path ("Kết quả › Về kinh tế"), closing, each phụ lục — with their units. */
export function reportParts(file: ReportFile): Part[] {
  const out: Part[] = [{ path: OPENING, title: null, units: unitsOf(file.opening) }];
  const walk = (sections: readonly FileSection[], prefix: string) => {
    for (const s of sections) {
      const path = prefix ? `${prefix} › ${s.title.trim()}` : s.title.trim();
      out.push({ path, title: s.title.trim(), units: unitsOf(s.blocks) });
      walk(s.children ?? [], path);
    }
  };
  walk(file.sections, '');
  out.push({ path: CLOSING, title: null, units: unitsOf(file.closing) });
  for (const a of file.appendices ?? []) out.push({ path: `${APPENDIX_PREFIX}${a.title.trim()}`, title: null, units: unitsOf(a.blocks) });
  return out;
}

/** Case and spacing do not make a title another part (titles of mục are IN HOA in Word). */
export const pathKey = (path: string): string => path.toLocaleLowerCase('vi-VN').replace(/\s+/g, ' ').trim();

const sameName = (a: string, b: string) => pathKey(a) === pathKey(b);

/** A part of a report by its path, to read and replace its blocks or title; null when the report has no such part. */
export function findPart(
  file: ReportFile,
  path: string,
): { get: () => Block[]; set: (blocks: Block[]) => void; section: FileSection | null; siblings: FileSection[] | null } | null {
  if (path === OPENING) return { get: () => file.opening ?? [], set: (b) => (file.opening = b), section: null, siblings: null };
  if (path === CLOSING) return { get: () => file.closing ?? [], set: (b) => (file.closing = b), section: null, siblings: null };
  if (path.startsWith(APPENDIX_PREFIX)) {
    const a = (file.appendices ?? []).find((x) => sameName(x.title, path.slice(APPENDIX_PREFIX.length)));
    return a ? { get: () => a.blocks ?? [], set: (b) => (a.blocks = b), section: null, siblings: null } : null;
  }
  const names = path.split(' › ');
  let list: FileSection[] = file.sections;
  let found: FileSection | undefined;
  let siblings: FileSection[] = list;
  for (const name of names) {
    siblings = list;
    found = list.find((s) => sameName(s.title, name));
    if (!found) return null;
    list = found.children ??= [];
  }
  const section = found!;
  return { get: () => section.blocks ?? [], set: (b) => (section.blocks = b), section, siblings };
}

const words = (t: string) => new Set(t.toLocaleLowerCase('vi-VN').match(/[\p{L}\p{M}\d]+/gu) ?? []);

/** Share of words two texts have in common: a rewritten paragraph keeps most of its words. */
export function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return shared / Math.max(x.size, y.size);
}

/** A rewritten paragraph is one that keeps at least this share of its words. */
export const REWRITTEN_FROM = 0.4;

/** One step of an alignment of two unit lists: a unit kept, removed from the first, or added in the second. */
export type Step = { op: 'same'; a: number; b: number } | { op: 'removed'; a: number } | { op: 'added'; b: number };

/** The longest run of equal units (by key), and what was removed and added around it, in order. */
export function alignUnits(a: readonly string[], b: readonly string[]): Step[] {
  const ka = a.map(textKey);
  const kb = b.map(textKey);
  const n = ka.length;
  const m = kb.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i -= 1)
    for (let j = m - 1; j >= 0; j -= 1) lcs[i]![j] = ka[i] === kb[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ka[i] === kb[j]) steps.push({ op: 'same', a: i++, b: j++ });
    else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) steps.push({ op: 'removed', a: i++ });
    else steps.push({ op: 'added', b: j++ });
  }
  return steps;
}

/**
 * Where each unit of `a` went in `b`: the same index when kept, the index of the unit that
 * rewrote it (paired with a unit added in the same stretch that keeps most of its words, or —
 * where a stretch replaced as many units as it removed — the one in its place), or null when it
 * is gone.
 */
export function counterparts(a: readonly string[], b: readonly string[]): { kept: (number | null)[]; rewritten: (number | null)[] } {
  const kept: (number | null)[] = a.map(() => null);
  const rewritten: (number | null)[] = a.map(() => null);
  const steps = alignUnits(a, b);
  let removed: number[] = [];
  let added: number[] = [];
  const pair = () => {
    let next = 0;
    for (const r of removed) {
      for (let k = next; k < added.length; k += 1) {
        if (similarity(a[r]!, b[added[k]!]!) >= REWRITTEN_FROM) {
          rewritten[r] = added[k]!;
          next = k + 1;
          break;
        }
      }
    }
    // As many rewritten as removed in one stretch, none paired by words: each was rewritten in its place.
    if (removed.length === added.length && removed.every((r) => rewritten[r] === null)) removed.forEach((r, k) => (rewritten[r] = added[k]!));
    removed = [];
    added = [];
  };
  for (const step of steps) {
    if (step.op === 'same') {
      pair();
      kept[step.a] = step.b;
    } else if (step.op === 'removed') removed.push(step.a);
    else added.push(step.b);
  }
  pair();
  return { kept, rewritten };
}
