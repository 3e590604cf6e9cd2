/**
 * "Nhận bản đã sửa": what a leader changed in a bản trình, as changes the clerk accepts or
 * rejects one by one. Three versions meet: the version sent (base), the file that came back
 * (theirs, read by the Word reader with tracked changes accepted), and the report as it is in the
 * app now (mine — the clerk may have kept writing). Per part (matched by title) and per
 * paragraph (the longest common run of paragraphs), a change is a paragraph rewritten, added or
 * removed, or a header, signer or Nơi nhận field changed. A change "collides" when the app's
 * version of that spot is no longer the base: accepting it then replaces the clerk's newer text,
 * which the screen says. Text that cannot be placed (a part renamed or new) is a change too.
 */
import type { Block, FileSection, ReportFile } from '../report-format/schema';
import { blockFromFile, bulletItemText, paragraphText, type Block as AppBlock } from '../domain/report';
import { signerSummary } from '../the-thuc/authority-labels';
import { diffWords, type DiffOp } from './word-diff';
import { indicatorTableOf } from '../domain/indicators';

export interface ReviewChange {
  id: string;
  /** The part (or "Phần đầu", "Người ký", "Nơi nhận") it is in. */
  where: string;
  kind: 'rewritten' | 'inserted' | 'deleted' | 'field' | 'part-added' | 'part-removed';
  before: string;
  after: string;
  diff: DiffOp[];
  /** Tracked changes in the returned paragraph: the leader's suggestions, by author. */
  suggestedBy: string[];
  comments: { author: string; text: string }[];
  /** The app's version of this spot changed since the bản trình: accepting replaces it. */
  collides: boolean;
  /** What the app has there now, when it collides. */
  mine?: string;
}

/** Paragraph and dash-item texts of a part, in order (tables by their cells, so a changed figure shows). */
export function unitsOf(blocks: readonly Block[] | undefined): string[] {
  return (blocks ?? [])
    .map(blockFromFile)
    .flatMap((b: AppBlock) => {
      if (b.type === 'paragraph') return [paragraphText(b)];
      if (b.type === 'bullets') return b.items.map((i) => `- ${bulletItemText(i)}`);
      // A table of figures is compared as the table it prints, so the same table read back from Word is the same text.
      const table = b.type === 'indicators' ? indicatorTableOf(b) : b;
      return [...(table.caption?.trim() ? [table.caption] : []), `[Bảng] ${[...table.header, ...table.rows.flat()].join(' | ')}`];
    })
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
}

export interface Part {
  path: string;
  texts: string[];
}

/** Opening, each part by its title path ("Kết quả › Về kinh tế"), closing, each phụ lục — with their texts. */
export function reportParts(file: ReportFile): Part[] {
  const out: Part[] = [{ path: 'Mở đầu', texts: unitsOf(file.opening) }];
  const walk = (sections: readonly FileSection[], prefix: string) => {
    for (const s of sections) {
      const path = prefix ? `${prefix} › ${s.title.trim()}` : s.title.trim();
      out.push({ path, texts: unitsOf(s.blocks) });
      walk(s.children ?? [], path);
    }
  };
  walk(file.sections, '');
  out.push({ path: 'Kết thúc', texts: unitsOf(file.closing) });
  for (const a of file.appendices ?? []) out.push({ path: `Phụ lục: ${a.title.trim()}`, texts: unitsOf(a.blocks) });
  return out;
}

/** Case and spacing do not make a title another part (titles of mục are IN HOA in Word). */
const titleKey = (path: string) => path.toLocaleLowerCase('vi-VN').replace(/\s+/g, ' ');
/** Tolerant key of a paragraph: spacing and the "./." end mark do not count. */
export const textKey = (t: string) =>
  t
    .replace(/\s+/g, ' ')
    .replace(/\s*\.\/\.$/, '.')
    .trim();

/** Paragraph alignment: runs of equal paragraphs, and between them what was removed and added. */
function alignParagraphs(a: readonly string[], b: readonly string[]): { removed: string[]; added: string[]; anchor: string | null }[] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i -= 1)
    for (let j = m - 1; j >= 0; j -= 1) lcs[i]![j] = textKey(a[i]!) === textKey(b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const hunks: { removed: string[]; added: string[]; anchor: string | null }[] = [];
  let i = 0;
  let j = 0;
  let anchor: string | null = null;
  let current: { removed: string[]; added: string[]; anchor: string | null } = { removed: [], added: [], anchor };
  const close = () => {
    if (current.removed.length > 0 || current.added.length > 0) hunks.push(current);
    current = { removed: [], added: [], anchor };
  };
  while (i < n || j < m) {
    if (i < n && j < m && textKey(a[i]!) === textKey(b[j]!)) {
      close();
      anchor = a[i]!;
      current.anchor = anchor;
      i += 1;
      j += 1;
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) current.removed.push(a[i++]!);
    else current.added.push(b[j++]!);
  }
  close();
  return hunks;
}

const words = (t: string) => new Set(t.toLocaleLowerCase('vi-VN').match(/[\p{L}\p{M}\d]+/gu) ?? []);
/** Share of words two paragraphs have in common: a rewritten paragraph keeps most of its words. */
function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return shared / Math.max(x.size, y.size);
}
/** A rewritten paragraph is one that keeps at least this share of its words. */
const REWRITTEN_FROM = 0.4;

/** A hunk split paragraph by paragraph: each removed one paired with the added one that rewrites it, in order. */
function splitHunk(hunk: { removed: string[]; added: string[] }): { removed: string[]; added: string[] }[] {
  const items: { removed: string[]; added: string[] }[] = [];
  let next = 0;
  for (const removed of hunk.removed) {
    let match = -1;
    for (let j = next; j < hunk.added.length; j += 1) {
      if (similarity(removed, hunk.added[j]!) >= REWRITTEN_FROM) {
        match = j;
        break;
      }
    }
    if (match < 0) {
      items.push({ removed: [removed], added: [] });
      continue;
    }
    // Paragraphs added before the rewritten one are insertions of their own.
    for (const added of hunk.added.slice(next, match)) items.push({ removed: [], added: [added] });
    items.push({ removed: [removed], added: [hunk.added[match]!] });
    next = match + 1;
  }
  for (const added of hunk.added.slice(next)) items.push({ removed: [], added: [added] });
  return items;
}

export interface ReviewInput {
  base: ReportFile;
  theirs: ReportFile;
  mine: ReportFile;
  /** Tracked changes and comments of the returned file's paragraphs, by paragraph text. */
  marks: Map<string, { suggestions: { author: string }[]; comments: { author: string; text: string }[] }>;
}

export function reviewChanges({ base, theirs, mine, marks }: ReviewInput): ReviewChange[] {
  const changes: ReviewChange[] = [];
  let n = 0;
  const add = (change: Omit<ReviewChange, 'id' | 'diff' | 'suggestedBy' | 'comments'> & Partial<Pick<ReviewChange, 'suggestedBy' | 'comments'>>) => {
    const found = [...change.after.split('\n'), ...change.before.split('\n')].map((t) => marks.get(textKey(t))).filter(Boolean);
    changes.push({
      id: `c${++n}`,
      diff: diffWords(change.before, change.after),
      suggestedBy: change.suggestedBy ?? [...new Set(found.flatMap((m) => m!.suggestions.map((s) => s.author)).filter((a) => a !== ''))],
      comments: change.comments ?? found.flatMap((m) => m!.comments),
      ...change,
    });
  };

  // Header, signer, Nơi nhận: field by field.
  const fields: [string, (f: ReportFile) => string][] = [
    ['Trích yếu', (f) => f.header.summary],
    ['Số, ký hiệu', (f) => `${f.header.number}/${f.header.symbol}`],
    ['Địa danh, ngày', (f) => `${f.header.place}, ${f.header.date ?? ''}`],
    ['Kính gửi', (f) => (f.header.addressees ?? []).join('; ')],
    ['Người ký', (f) => signerSummary(f.signature)],
    [
      'Nơi nhận',
      (f) =>
        f.recipients
          .map((r) => r.replace(/[;.]+$/, '').trim())
          .filter((r) => !/^Như trên$/i.test(r))
          .join('; '),
    ],
  ];
  for (const [where, read] of fields) {
    const before = read(base);
    const after = read(theirs);
    if (textKey(before).toLocaleUpperCase('vi-VN') === textKey(after).toLocaleUpperCase('vi-VN')) continue;
    add({ where, kind: 'field', before, after, collides: read(mine) !== before, ...(read(mine) !== before ? { mine: read(mine) } : {}) });
  }

  const baseParts = reportParts(base);
  const theirParts = reportParts(theirs);
  const mineParts = new Map(reportParts(mine).map((p) => [titleKey(p.path), p]));
  const theirByKey = new Map(theirParts.map((p) => [titleKey(p.path), p]));
  const baseKeys = new Set(baseParts.map((p) => titleKey(p.path)));
  for (const part of baseParts) {
    const returned = theirByKey.get(titleKey(part.path));
    const now = mineParts.get(titleKey(part.path));
    if (!returned) {
      if (part.texts.length > 0)
        add({
          where: part.path,
          kind: 'part-removed',
          before: part.texts.join('\n'),
          after: '',
          collides: now !== undefined && now.texts.join('\n') !== part.texts.join('\n'),
        });
      continue;
    }
    const mineKeys = new Set((now?.texts ?? []).map(textKey));
    for (const hunk of alignParagraphs(part.texts, returned.texts)) {
      for (const item of splitHunk(hunk)) {
        // Collides when the app no longer has the base's paragraph at this spot (the clerk rewrote it too).
        const collides = item.removed.some((t) => !mineKeys.has(textKey(t)));
        const kind = item.removed.length > 0 && item.added.length > 0 ? 'rewritten' : item.added.length > 0 ? 'inserted' : 'deleted';
        const mineNow = collides
          ? (now?.texts ?? []).reduce((best, t) => (similarity(t, item.removed[0] ?? '') > similarity(best, item.removed[0] ?? '') ? t : best), '')
          : '';
        add({ where: part.path, kind, before: item.removed.join('\n'), after: item.added.join('\n'), collides, ...(collides ? { mine: mineNow } : {}) });
      }
    }
  }
  // Parts in the returned file the bản trình did not have (renamed or new): shown, never dropped.
  for (const part of theirParts) {
    if (baseKeys.has(titleKey(part.path)) || part.texts.length === 0) continue;
    add({ where: part.path, kind: 'part-added', before: '', after: part.texts.join('\n'), collides: false });
  }
  return changes;
}
