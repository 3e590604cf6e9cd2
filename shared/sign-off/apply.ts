/**
 * The accepted changes of a bản trình applied to the report as it is in the app: a paragraph
 * the leader rewrote replaces the app's same paragraph, an added one goes after the paragraph
 * it followed, a removed one goes, a changed field is taken. Where the app's text has moved on
 * (the change collides and its paragraphs are no longer there) the leader's text is added at the
 * end of the part instead of overwriting, and the result says where.
 */
import type { Block, FileSection, ReportFile } from '../report-format/schema';
import type { ReviewChange } from './review';
import { textKey as key, unitsOf } from './review';

/** A unit of text (paragraph or dash item) as a block of the report. */
function blockOfUnit(unit: string, theirBlocks: readonly Block[]): Block {
  if (unit.startsWith('[Bảng')) {
    // The returned table itself, found by its printed unit.
    const table = theirBlocks.find((b) => unitsOf([b]).includes(unit));
    if (table) return table;
  }
  if (unit.startsWith('- ')) return { type: 'bullets', items: [unit.slice(2)] };
  return { type: 'paragraph', text: unit };
}

/** Blocks with each paragraph, dash item and table as one unit, so units can be replaced in place. */
function explode(blocks: readonly Block[]): { unit: string; block: Block }[] {
  return blocks.flatMap((b): { unit: string; block: Block }[] => {
    if (b.type === 'bullets')
      return b.items.map((item) => ({ unit: unitsOf([{ type: 'bullets', items: [item] }])[0] ?? '', block: { type: 'bullets' as const, items: [item] } }));
    // A table is one unit: the table itself (its name, a unit of its own, goes with it).
    const units = unitsOf([b]);
    const unit = units[units.length - 1];
    return unit === undefined ? [] : [{ unit, block: b }];
  });
}

/** Consecutive single dash items back into one list. */
function implode(units: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of units) {
    const last = out[out.length - 1];
    if (b.type === 'bullets' && last?.type === 'bullets') out[out.length - 1] = { type: 'bullets', items: [...last.items, ...b.items] };
    else out.push(b);
  }
  return out;
}

/** A part of a report by the path reportParts gives it ("Mở đầu", "Kết quả › Về kinh tế", "Phụ lục: …"), to read and replace its blocks. */
export function findPart(file: ReportFile, path: string): { get: () => Block[]; set: (blocks: Block[]) => void } | null {
  if (path === 'Mở đầu') return { get: () => file.opening ?? [], set: (b) => (file.opening = b) };
  if (path === 'Kết thúc') return { get: () => file.closing ?? [], set: (b) => (file.closing = b) };
  if (path.startsWith('Phụ lục: ')) {
    const a = (file.appendices ?? []).find((x) => x.title.trim().toLocaleLowerCase('vi-VN') === path.slice(9).toLocaleLowerCase('vi-VN'));
    return a ? { get: () => a.blocks ?? [], set: (b) => (a.blocks = b) } : null;
  }
  const names = path.split(' › ').map((n) => n.toLocaleLowerCase('vi-VN'));
  let list: FileSection[] = file.sections;
  let found: FileSection | undefined;
  for (const name of names) {
    found = list.find((s) => s.title.trim().toLocaleLowerCase('vi-VN') === name);
    if (!found) return null;
    list = found.children ?? [];
  }
  const section = found!;
  return { get: () => section.blocks ?? [], set: (b) => (section.blocks = b) };
}

export interface Applied {
  report: ReportFile;
  /** Changes placed at the end of their part because the app's text there had changed. */
  placedAtEnd: string[];
}

export function applyChanges(mine: ReportFile, theirs: ReportFile, accepted: readonly ReviewChange[]): Applied {
  const report = JSON.parse(JSON.stringify(mine)) as ReportFile;
  const placedAtEnd: string[] = [];
  for (const change of accepted) {
    if (change.kind === 'field') {
      if (change.where === 'Trích yếu') report.header.summary = theirs.header.summary;
      else if (change.where === 'Số, ký hiệu') Object.assign(report.header, { number: theirs.header.number, symbol: theirs.header.symbol });
      else if (change.where === 'Địa danh, ngày') Object.assign(report.header, { place: theirs.header.place, date: theirs.header.date });
      else if (change.where === 'Kính gửi') report.header.addressees = theirs.header.addressees;
      else if (change.where === 'Người ký') report.signature = theirs.signature;
      else if (change.where === 'Nơi nhận') report.recipients = theirs.recipients;
      continue;
    }
    if (change.kind === 'part-added') {
      const theirPart = findPart(theirs, change.where);
      report.sections.push({
        title: change.where.split(' › ').pop() ?? change.where,
        role: 'other',
        blocks: theirPart?.get() ?? change.after.split('\n').map((t) => blockOfUnit(t, [])),
      });
      continue;
    }
    if (change.kind === 'part-removed') {
      const names = change.where.split(' › ');
      const remove = (list: FileSection[], depth: number): FileSection[] =>
        list
          .filter((s) => !(depth === names.length - 1 && s.title.trim().toLocaleLowerCase('vi-VN') === names[depth]!.toLocaleLowerCase('vi-VN')))
          .map((s) =>
            depth < names.length - 1 && s.title.trim().toLocaleLowerCase('vi-VN') === names[depth]!.toLocaleLowerCase('vi-VN')
              ? { ...s, children: remove(s.children ?? [], depth + 1) }
              : s,
          );
      report.sections = remove(report.sections, 0);
      continue;
    }
    const part = findPart(report, change.where);
    if (!part) continue;
    const theirBlocks = findPart(theirs, change.where)?.get() ?? [];
    const units = explode(part.get());
    const removed = change.before === '' ? [] : change.before.split('\n');
    const added = change.after === '' ? [] : change.after.split('\n').map((u) => blockOfUnit(u, theirBlocks));
    const at = removed.length > 0 ? units.findIndex((u, i) => removed.every((r, k) => key(units[i + k]?.unit ?? '') === key(r))) : -1;
    if (removed.length > 0 && at >= 0) {
      units.splice(at, removed.length, ...added.map((block) => ({ unit: '', block })));
    } else if (removed.length === 0) {
      // After the paragraph it followed in the leader's file, else at the start of the part.
      const theirUnits = unitsOf(theirBlocks);
      const firstAdded = change.after.split('\n')[0] ?? '';
      const before = theirUnits[theirUnits.findIndex((u) => key(u) === key(firstAdded)) - 1];
      const anchor = before === undefined ? -1 : units.findIndex((u) => key(u.unit) === key(before));
      if (before !== undefined && anchor < 0) {
        units.push(...added.map((block) => ({ unit: '', block })));
        placedAtEnd.push(change.id);
      } else units.splice(anchor + 1, 0, ...added.map((block) => ({ unit: '', block })));
    } else {
      // The paragraphs the leader changed are no longer in the app: the leader's text goes at the end, nothing of mine is removed.
      units.push(...added.map((block) => ({ unit: '', block })));
      placedAtEnd.push(change.id);
    }
    part.set(implode(units.map((u) => u.block)));
  }
  return { report, placedAtEnd };
}
