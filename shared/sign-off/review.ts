/**
 * "Nhận bản đã sửa": what a leader changed in a bản trình, as changes the clerk accepts or
 * rejects one by one. Three versions meet: the version sent (base), the file that came back
 * (theirs, read by the Word reader with tracked changes accepted), and the report as it is in the
 * app now (mine — the clerk may have kept writing).
 *
 * Parts are paired base ↔ theirs by their place in the outline (a part the leader renamed is the
 * same part with a new title); inside a part, units (paragraphs, dash items, tables) are aligned
 * and each stretch between equal units becomes changes: a paragraph rewritten, added or removed;
 * a paragraph removed in one place and added word for word in another is moved. Every change
 * knows where it goes, counted in the version sent (which units it replaces, which unit it
 * follows), so it lands where the leader made it whatever the clerk wrote elsewhere since.
 * A change "collides" when the clerk's version of that spot is no longer the one sent: the
 * clerk then chooses his version, hers, or both. A change already in the report is not shown
 * again. Every comment of the file is shown beside the paragraph, title or field it is
 * anchored to — changed or not — or listed with its text when it cannot be placed.
 */
import type { FileSection, ReportFile } from '../report-format/schema';
import type { LineField, LinePlace } from '../word-import/assemble';
import { signersSummary } from '../the-thuc/authority-labels';
import { diffWords, type DiffOp } from './word-diff';
import {
  alignUnits,
  APPENDIX_PREFIX,
  CLOSING,
  counterparts,
  OPENING,
  pathKey,
  REWRITTEN_FROM,
  reportParts,
  similarity,
  textKey,
  type Part,
  type Unit,
} from './units';

export { textKey } from './units';

interface Remark {
  author: string;
  text: string;
}

export interface ReviewChange {
  id: string;
  /** The part (or "Phần đầu", "Trích yếu", "Người ký", "Nơi nhận" …) it is in, as the returned file names it. */
  where: string;
  kind: 'rewritten' | 'inserted' | 'deleted' | 'moved' | 'retitled' | 'field' | 'part-added' | 'part-removed' | 'comment';
  before: string;
  after: string;
  diff: DiffOp[];
  /** Tracked changes in the returned paragraph: the leader's suggestions, by author ("" when Word kept no name). */
  suggestedBy: string[];
  comments: Remark[];
  /** The app's version of this spot changed since the bản trình: the clerk chooses his, hers or both. */
  collides: boolean;
  /** What the app has there now, when it collides ("" when the clerk removed it). */
  mine?: string;
  /** A moved paragraph: the part it was taken from. */
  from?: string;
}

/** A unit edit, counted in the version sent: remove these units of a part, and put these after that unit (-1: at the start). */
export interface UnitEdit {
  part: string;
  remove: number[];
  after: number;
  units: Unit[];
}

/** How a change is applied (kept on the back end; the screen sees only ReviewChange). */
export type ChangePlan =
  | { op: 'units'; edits: UnitEdit[] }
  | { op: 'field'; field: ReviewField }
  | { op: 'retitle'; part: string; title: string }
  | { op: 'add-part'; section: FileSection; parent: string | null; after: string | null }
  | { op: 'remove-part'; part: string }
  | { op: 'none' };

type ReviewField = Exclude<LineField, 'Phần đầu'>;

/** A line of the returned file that carries tracked changes or comments, and where it went. */
export interface MarkedLine {
  place: LinePlace;
  text: string;
  suggestions: { author: string }[];
  comments: Remark[];
}

interface ReviewInput {
  base: ReportFile;
  theirs: ReportFile;
  mine: ReportFile;
  marked: readonly MarkedLine[];
  /** Whole paragraphs deleted as tracked changes (no line of the file holds them any more). */
  deletions?: readonly { author: string; text: string }[];
}

export interface Review {
  changes: ReviewChange[];
  plans: Map<string, ChangePlan>;
  /** Comments of lines the reader could not place: with their text, never dropped. */
  unplacedComments: (Remark & { anchor: string })[];
  /** Changes of the file that the report already has (taken before, or made by the clerk too). */
  alreadyTaken: number;
}

const FIELDS: [ReviewField, (f: ReportFile) => string][] = [
  ['Trích yếu', (f) => f.header.summary],
  ['Số, ký hiệu', (f) => `${f.header.number}/${f.header.symbol}`],
  ['Địa danh, ngày', (f) => `${f.header.place}, ${f.header.date ?? ''}`],
  ['Kính gửi', (f) => (f.header.addressees ?? []).join('; ')],
  ['Người ký', (f) => signersSummary(f.signature)],
  [
    'Nơi nhận',
    (f) =>
      f.recipients
        .map((r) => r.replace(/[;.]+$/, '').trim())
        .filter((r) => !/^Như trên$/i.test(r))
        .join('; '),
  ],
];
const sameField = (a: string, b: string) => textKey(a).toLocaleUpperCase('vi-VN') === textKey(b).toLocaleUpperCase('vi-VN');

/** An outline part with its depth and parent, for pairing the two outlines. */
interface OutlinePart extends Part {
  depth: number;
  parent: string | null;
  section: FileSection;
}

function outlineParts(file: ReportFile): OutlinePart[] {
  const parts = new Map(reportParts(file).map((p) => [p.path, p]));
  const out: OutlinePart[] = [];
  const walk = (sections: readonly FileSection[], prefix: string, depth: number) => {
    for (const section of sections) {
      const path = prefix ? `${prefix} › ${section.title.trim()}` : section.title.trim();
      out.push({ ...parts.get(path)!, depth, parent: prefix || null, section });
      walk(section.children ?? [], path, depth + 1);
    }
  };
  walk(file.sections, '', 1);
  return out;
}

/**
 * Base parts paired with the returned file's: by title (case and spacing aside) in outline order;
 * in a stretch between two paired parts, a part at the same depth whose title or content is much
 * the same is the same part renamed. Opening, closing and phụ lục pair by name.
 */
function pairParts(base: ReportFile, theirs: ReportFile): { pairs: [Part, Part][]; removed: OutlinePart[]; added: OutlinePart[] } {
  const a = outlineParts(base);
  const b = outlineParts(theirs);
  const key = (p: OutlinePart) => `${p.depth}|${pathKey(p.title ?? '')}`;
  const steps = alignUnits(a.map(key), b.map(key));
  const pairs: [Part, Part][] = [];
  const removed: OutlinePart[] = [];
  const added: OutlinePart[] = [];
  let stretchA: OutlinePart[] = [];
  let stretchB: OutlinePart[] = [];
  const closeStretch = () => {
    let next = 0;
    for (const x of stretchA) {
      let match = -1;
      for (let k = next; k < stretchB.length; k += 1) {
        const y = stretchB[k]!;
        const contentShared = similarity(x.units.map((u) => u.text).join(' '), y.units.map((u) => u.text).join(' '));
        if (y.depth === x.depth && (similarity(x.title ?? '', y.title ?? '') >= REWRITTEN_FROM || contentShared >= 0.6)) {
          match = k;
          break;
        }
      }
      if (match < 0) removed.push(x);
      else {
        added.push(...stretchB.slice(next, match));
        pairs.push([x, stretchB[match]!]);
        next = match + 1;
      }
    }
    added.push(...stretchB.slice(next));
    stretchA = [];
    stretchB = [];
  };
  for (const step of steps) {
    if (step.op === 'same') {
      closeStretch();
      pairs.push([a[step.a]!, b[step.b]!]);
    } else if (step.op === 'removed') stretchA.push(a[step.a]!);
    else stretchB.push(b[step.b]!);
  }
  closeStretch();
  // Opening, closing and phụ lục by name.
  const others = (file: ReportFile) => reportParts(file).filter((p) => p.path === OPENING || p.path === CLOSING || p.path.startsWith(APPENDIX_PREFIX));
  const theirOthers = new Map(others(theirs).map((p) => [pathKey(p.path), p]));
  for (const p of others(base)) {
    const q = theirOthers.get(pathKey(p.path));
    if (q) pairs.push([p, q]);
  }
  return { pairs, removed, added };
}

/** One stretch of a part's alignment split into changes: rewritten pairs, additions and removals, in order. */
interface Item {
  removed: number[];
  added: number[];
  /** The base unit the added units follow (-1: the start of the part). */
  after: number;
  /** Where it stands in the returned file, counted in its units (a removal: just after the unit before it). */
  at: number;
}

function itemsOf(baseTexts: readonly string[], theirTexts: readonly string[]): Item[] {
  const items: Item[] = [];
  let lastBase = -1;
  let lastTheirs = -1;
  let removed: number[] = [];
  let added: number[] = [];
  const push = (item: Omit<Item, 'at'>) => {
    const at = item.added.length > 0 ? item.added[0]! : (items[items.length - 1]?.at ?? lastTheirs) + 0.01;
    items.push({ ...item, at: Math.max(at, lastTheirs + 0.01) });
  };
  const close = () => {
    let next = 0;
    let after = lastBase;
    for (const r of removed) {
      let match = -1;
      for (let k = next; k < added.length; k += 1) {
        if (similarity(baseTexts[r]!, theirTexts[added[k]!]!) >= REWRITTEN_FROM) {
          match = k;
          break;
        }
      }
      if (match < 0) push({ removed: [r], added: [], after: r });
      else {
        // Units added before the rewritten one are additions of their own.
        for (const b of added.slice(next, match)) push({ removed: [], added: [b], after });
        push({ removed: [r], added: [added[match]!], after: r });
        next = match + 1;
      }
      after = r;
    }
    for (const b of added.slice(next)) push({ removed: [], added: [b], after });
    removed = [];
    added = [];
  };
  for (const step of alignUnits(baseTexts, theirTexts)) {
    if (step.op === 'same') {
      close();
      lastBase = step.a;
      lastTheirs = step.b;
    } else if (step.op === 'removed') removed.push(step.a);
    else added.push(step.b);
  }
  close();
  return items;
}

export function reviewChanges({ base, theirs, mine, marked, deletions = [] }: ReviewInput): Review {
  const changes: (ReviewChange & { order: number })[] = [];
  const plans = new Map<string, ChangePlan>();
  let alreadyTaken = 0;
  let n = 0;
  const add = (change: Omit<ReviewChange, 'id' | 'diff' | 'suggestedBy' | 'comments'>, plan: ChangePlan, order: number) => {
    const id = `c${++n}`;
    changes.push({ id, diff: diffWords(change.before, change.after), suggestedBy: [], comments: [], ...change, order });
    plans.set(id, plan);
    return id;
  };
  /** Where each unit and title of the returned file ended up among the changes, to hang its comments and suggestions on. */
  const unitChange = new Map<string, string>();
  const titleChange = new Map<string, string>();
  const fieldChange = new Map<string, string>();
  const unitKey = (part: string, unit: number) => `${pathKey(part)}#${unit}`;

  // Header, signer, Nơi nhận: field by field.
  FIELDS.forEach(([field, read], i) => {
    const before = read(base);
    const after = read(theirs);
    if (sameField(before, after)) return;
    const now = read(mine);
    if (sameField(now, after)) {
      alreadyTaken += 1;
      return;
    }
    const collides = !sameField(now, before);
    fieldChange.set(
      field,
      add({ where: field, kind: 'field', before, after, collides, ...(collides ? { mine: now } : {}) }, { op: 'field', field }, -1000 + i),
    );
  });

  const { pairs, removed: removedParts, added: addedParts } = pairParts(base, theirs);
  const mineParts = new Map(reportParts(mine).map((p) => [pathKey(p.path), p]));
  const partOrder = new Map(reportParts(theirs).map((p, i) => [pathKey(p.path), i]));
  const orderOf = (theirPath: string, unit: number) => (partOrder.get(pathKey(theirPath)) ?? 0) * 10_000 + unit;

  // Units removed and added across the report, to tell a moved paragraph from a removal and an addition.
  const loose: {
    removed: { part: Part; theirPart: Part; index: number; order: number }[];
    added: { part: Part; theirPart: Part; index: number; after: number; order: number }[];
  } = {
    removed: [],
    added: [],
  };

  for (const [basePart, theirPart] of pairs) {
    const now = mineParts.get(pathKey(basePart.path));
    const baseTexts = basePart.units.map((u) => u.text);
    const theirTexts = theirPart.units.map((u) => u.text);
    const mineTexts = now?.units.map((u) => u.text) ?? [];
    const mineKeys = new Set(mineTexts.map(textKey));
    const { kept, rewritten } = counterparts(baseTexts, mineTexts);

    if (basePart.title !== null && theirPart.title !== null && !sameField(basePart.title, theirPart.title)) {
      const mineTitle = now?.title ?? null;
      if (mineTitle !== null && sameField(mineTitle, theirPart.title)) alreadyTaken += 1;
      else {
        const collides = mineTitle === null || !sameField(mineTitle, basePart.title);
        titleChange.set(
          pathKey(theirPart.path),
          add(
            {
              where: theirPart.path,
              kind: 'retitled',
              before: basePart.title,
              after: theirPart.title,
              collides,
              ...(collides ? { mine: mineTitle ?? '' } : {}),
            },
            { op: 'retitle', part: basePart.path, title: theirPart.title },
            orderOf(theirPart.path, -1),
          ),
        );
      }
    }

    for (const item of itemsOf(baseTexts, theirTexts)) {
      const order = orderOf(theirPart.path, item.at);
      if (item.removed.length === 0 && item.added.length === 1) {
        loose.added.push({ part: basePart, theirPart, index: item.added[0]!, after: item.after, order });
        continue;
      }
      if (item.removed.length === 1 && item.added.length === 0) {
        loose.removed.push({ part: basePart, theirPart, index: item.removed[0]!, order });
        continue;
      }
      // Rewritten: already in the report, colliding with the clerk's own rewrite, or plain.
      const r = item.removed[0]!;
      const after = theirPart.units[item.added[0]!]!;
      if (mineKeys.has(textKey(after.text)) && kept[r] === null) {
        alreadyTaken += 1;
        continue;
      }
      const collides = kept[r] === null;
      const id = add(
        {
          where: theirPart.path,
          kind: 'rewritten',
          before: basePart.units[r]!.text,
          after: after.text,
          collides,
          ...(collides ? { mine: rewritten[r] === null ? '' : mineTexts[rewritten[r]!]! } : {}),
        },
        { op: 'units', edits: [{ part: basePart.path, remove: [r], after: r, units: [after] }] },
        order,
      );
      unitChange.set(unitKey(theirPart.path, item.added[0]!), id);
    }
  }

  // A unit removed in one place and added word for word in another was moved.
  const movedFrom = new Set<number>();
  for (const a of loose.added) {
    const unit = a.theirPart.units[a.index]!;
    const from = loose.removed.findIndex((r, k) => !movedFrom.has(k) && textKey(r.part.units[r.index]!.text) === textKey(unit.text));
    const now = mineParts.get(pathKey(a.part.path));
    const mineKeys = new Set((now?.units ?? []).map((u) => textKey(u.text)));
    if (from >= 0) {
      movedFrom.add(from);
      const r = loose.removed[from]!;
      const mineFrom = mineParts.get(pathKey(r.part.path));
      const fromCounter = counterparts(
        r.part.units.map((u) => u.text),
        (mineFrom?.units ?? []).map((u) => u.text),
      );
      const collides = fromCounter.kept[r.index] === null;
      const id = add(
        {
          where: a.theirPart.path,
          kind: 'moved',
          before: unit.text,
          after: unit.text,
          from: r.theirPart.path,
          collides,
          ...(collides ? { mine: fromCounter.rewritten[r.index] === null ? '' : mineFrom!.units[fromCounter.rewritten[r.index]!]!.text } : {}),
        },
        {
          op: 'units',
          edits: [
            { part: r.part.path, remove: [r.index], after: r.index, units: [] },
            { part: a.part.path, remove: [], after: a.after, units: [unit] },
          ],
        },
        a.order,
      );
      unitChange.set(unitKey(a.theirPart.path, a.index), id);
      continue;
    }
    if (mineKeys.has(textKey(unit.text))) {
      alreadyTaken += 1;
      continue;
    }
    unitChange.set(
      unitKey(a.theirPart.path, a.index),
      add(
        { where: a.theirPart.path, kind: 'inserted', before: '', after: unit.text, collides: false },
        { op: 'units', edits: [{ part: a.part.path, remove: [], after: a.after, units: [unit] }] },
        a.order,
      ),
    );
  }
  loose.removed.forEach((r, k) => {
    if (movedFrom.has(k)) return;
    const now = mineParts.get(pathKey(r.part.path));
    const { kept, rewritten } = counterparts(
      r.part.units.map((u) => u.text),
      (now?.units ?? []).map((u) => u.text),
    );
    // The clerk removed it too: nothing left to do.
    if (kept[r.index] === null && rewritten[r.index] === null) {
      alreadyTaken += 1;
      return;
    }
    const collides = kept[r.index] === null;
    add(
      {
        where: r.theirPart.path,
        kind: 'deleted',
        before: r.part.units[r.index]!.text,
        after: '',
        collides,
        ...(collides ? { mine: now!.units[rewritten[r.index]!]!.text } : {}),
      },
      { op: 'units', edits: [{ part: r.part.path, remove: [r.index], after: r.index, units: [] }] },
      r.order,
    );
  });

  // Parts the leader removed (with their content), and parts only the returned file has. A part
  // with nothing in it (nor in its sub-parts) was never in the Word file: the export leaves it out.
  const hasText = (section: FileSection): boolean =>
    reportParts({ ...base, opening: [], closing: [], appendices: [], sections: [section] }).some((p) => p.units.length > 0);
  const pairedOrder = new Map(pairs.map(([b, t]) => [pathKey(b.path), orderOf(t.path, -1)]));
  const baseOutline = outlineParts(base);
  const removedOrder = (path: string) => {
    const at = baseOutline.findIndex((p) => p.path === path);
    for (let k = at - 1; k >= 0; k -= 1) {
      const order = pairedOrder.get(pathKey(baseOutline[k]!.path));
      if (order !== undefined) return order + 5_000;
    }
    return orderOf(OPENING, 5_000);
  };
  for (const part of removedParts) {
    if (!hasText(part.section)) continue;
    const now = mineParts.get(pathKey(part.path));
    if (!now) {
      alreadyTaken += 1;
      continue;
    }
    const texts = part.units.map((u) => u.text).join('\n');
    const collides = now.units.map((u) => u.text).join('\n') !== texts;
    add(
      { where: part.path, kind: 'part-removed', before: [part.title ?? '', texts].filter(Boolean).join('\n'), after: '', collides },
      { op: 'remove-part', part: part.path },
      removedOrder(part.path),
    );
  }
  const baseOf = new Map(pairs.map(([b, t]) => [pathKey(t.path), b.path]));
  const theirOutline = outlineParts(theirs);
  for (const part of addedParts) {
    if (mineParts.has(pathKey(part.path))) {
      alreadyTaken += 1;
      continue;
    }
    // After the part before it among its siblings, under its parent, as the version sent names them.
    const siblings = theirOutline.filter((p) => p.parent === part.parent);
    const before = siblings[siblings.findIndex((p) => p.path === part.path) - 1];
    const parent = part.parent === null ? null : (baseOf.get(pathKey(part.parent)) ?? null);
    if (part.parent !== null && parent === null) continue; // inside a part that is new too: it comes with that part
    titleChange.set(
      pathKey(part.path),
      add(
        { where: part.path, kind: 'part-added', before: '', after: [part.title ?? '', ...part.units.map((u) => u.text)].join('\n'), collides: false },
        { op: 'add-part', section: part.section, parent, after: before ? (baseOf.get(pathKey(before.path)) ?? null) : null },
        orderOf(part.path, -1),
      ),
    );
  }

  // Tracked changes and comments beside what they are anchored to.
  const unplacedComments: Review['unplacedComments'] = [];
  const theirParts = new Map(reportParts(theirs).map((p) => [pathKey(p.path), p]));
  for (const line of marked) {
    const place = line.place;
    let changeId: string | undefined;
    let anchor: { where: string; text: string; order: number } | null = null;
    if (place.kind === 'unit') {
      const part = theirParts.get(pathKey(place.part));
      // The reader's count of units, checked against the text (a blank the reader kept could shift it).
      const units = part?.units ?? [];
      let index = place.unit;
      if (units[index] && textKey(units[index]!.text).indexOf(textKey(line.text)) < 0) {
        const found = units.findIndex((u) => textKey(u.text).includes(textKey(line.text)));
        if (found >= 0) index = found;
      }
      changeId = unitChange.get(unitKey(place.part, index));
      if (units[index]) anchor = { where: part!.path, text: units[index]!.text, order: orderOf(part!.path, index) };
    } else if (place.kind === 'title') {
      changeId = titleChange.get(pathKey(place.part));
      anchor = { where: place.part, text: place.part.split(' › ').pop() ?? place.part, order: orderOf(place.part, -1) };
    } else if (place.kind === 'field') {
      changeId = fieldChange.get(place.field);
      anchor = { where: place.field, text: line.text, order: -1000 + FIELDS.findIndex(([f]) => f === place.field) };
    }
    const change = changeId ? changes.find((c) => c.id === changeId) : undefined;
    if (change) {
      for (const s of line.suggestions) if (!change.suggestedBy.includes(s.author)) change.suggestedBy.push(s.author);
      change.comments.push(...line.comments);
    } else if (line.comments.length > 0) {
      if (anchor) {
        const existing = changes.find((c) => c.kind === 'comment' && c.where === anchor!.where && c.before === anchor!.text);
        if (existing) existing.comments.push(...line.comments);
        else {
          const id = add(
            { where: anchor.where, kind: 'comment', before: anchor.text, after: anchor.text, collides: false },
            { op: 'none' },
            anchor.order + 0.25,
          );
          changes.find((c) => c.id === id)!.comments.push(...line.comments);
        }
      } else unplacedComments.push(...line.comments.map((c) => ({ ...c, anchor: line.text })));
    }
  }

  // A paragraph deleted whole as a tracked change: its author goes on the removal (or move) of that text.
  for (const deletion of deletions) {
    const key = textKey(deletion.text);
    const change = changes.find(
      (c) => (c.kind === 'deleted' || c.kind === 'moved' || c.kind === 'rewritten') && textKey(c.before).replace(/^[-+] /, '') === key,
    );
    if (change && !change.suggestedBy.includes(deletion.author)) change.suggestedBy.push(deletion.author);
  }

  changes.sort((x, y) => x.order - y.order);
  return { changes: changes.map(({ order: _order, ...c }) => c), plans, unplacedComments, alreadyTaken };
}
