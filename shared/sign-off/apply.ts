/**
 * The accepted changes of a bản trình applied to the report as it is in the app. Each change was
 * placed in the version sent (which units it replaces, which unit it follows); here those units
 * are found in the clerk's report — kept as sent, or rewritten by her since — and the change lands
 * there: a rewritten paragraph replaces hers, an added one goes after the one it followed (after
 * her version of it, or the nearest one before it still there), at its own list level. Where the
 * clerk had changed the same spot, the change is applied as she chose: the leader's version in
 * place of hers, or both (his right after hers). Nothing is ever appended at the end of a part.
 */
import type { Block, FileSection, ReportFile } from '../report-format/schema';
import { blockFromFile } from '../domain/report';
import { indicatorsFromPrinted } from '../domain/indicators';
import type { ChangePlan, ReviewChange, UnitEdit } from './review';
import { blocksOf, counterparts, findPart, pathKey, unitsOf, type Unit } from './units';

/** What the clerk chose for a change where her version of the spot had changed too. */
type Resolution = 'theirs' | 'both';

interface Applied {
  report: ReportFile;
  /** Changes whose place the report no longer has (the clerk removed or renamed the part): named, not applied. */
  notPlaced: string[];
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The leader's unit where the clerk's unit stood: an indicator table keeps its codes and takes his figures. */
function replacing(mine: Unit | undefined, theirs: Unit): Unit {
  const old = mine ? blockFromFile(mine.block) : null;
  const next = blockFromFile(theirs.block);
  if (old?.type === 'indicators' && next.type === 'table') {
    const updated = indicatorsFromPrinted(old, next);
    if (updated) return { ...theirs, block: updated };
  }
  return theirs;
}

interface PartEdits {
  edits: { edit: UnitEdit; resolution: Resolution | null }[];
}

/** One part's edits, against the units the clerk has there now. */
function applyToPart(baseUnits: readonly Unit[], blocks: readonly Block[], list: PartEdits['edits']): Block[] {
  const mine = unitsOf(blocks);
  const { kept, rewritten } = counterparts(
    baseUnits.map((u) => u.text),
    mine.map((u) => u.text),
  );
  /** The clerk's unit for a base unit: kept as sent, or her rewrite of it. */
  const hers = (b: number) => kept[b] ?? rewritten[b] ?? null;
  /** Where something that followed base unit `b` goes: after her version of it, or of the nearest one before it. */
  const anchor = (b: number) => {
    for (let k = b; k >= 0; k -= 1) {
      const at = hers(k);
      if (at !== null) return at;
    }
    return -1;
  };
  const replace = new Map<number, Unit[]>();
  const removed = new Set<number>();
  const insertAfter = new Map<number, Unit[]>();
  const insert = (at: number, units: readonly Unit[]) => insertAfter.set(at, [...(insertAfter.get(at) ?? []), ...units]);

  for (const { edit, resolution } of list) {
    if (edit.remove.length === 0) {
      insert(anchor(edit.after), edit.units);
      continue;
    }
    for (const [k, r] of edit.remove.entries()) {
      const units = k === 0 ? edit.units : [];
      if (kept[r] !== null && kept[r] !== undefined) {
        // As it was sent: the leader's version takes its place.
        const at = kept[r]!;
        replace.set(
          at,
          units.map((u) => replacing(mine[at], u)),
        );
        if (units.length === 0) removed.add(at);
        continue;
      }
      // The clerk changed it (or removed it) since: as she chose.
      const at = rewritten[r];
      if (at === null || at === undefined) insert(anchor(r), units);
      else if (resolution === 'both') insert(at, units);
      else {
        replace.set(
          at,
          units.map((u) => replacing(mine[at], u)),
        );
        if (units.length === 0) removed.add(at);
      }
    }
  }

  const out: Unit[] = [...(insertAfter.get(-1) ?? [])];
  mine.forEach((unit, i) => {
    if (replace.has(i)) out.push(...replace.get(i)!);
    else if (!removed.has(i)) out.push(unit);
    out.push(...(insertAfter.get(i) ?? []));
  });
  return blocksOf(out);
}

const sameName = (a: string, b: string) => pathKey(a) === pathKey(b);

/**
 * `mine` with the accepted changes applied. `resolutions` says, for each accepted change that
 * collides, whether the leader's version replaces the clerk's or goes beside it ("theirs" when
 * not said). `base` is the version sent.
 */
export function applyChanges(
  mine: ReportFile,
  base: ReportFile,
  theirs: ReportFile,
  accepted: readonly ReviewChange[],
  plans: ReadonlyMap<string, ChangePlan>,
  resolutions: Readonly<Record<string, Resolution>> = {},
): Applied {
  const report = clone(mine);
  const notPlaced: string[] = [];
  const baseParts = new Map<string, Unit[]>();
  const baseUnits = (path: string) => {
    let units = baseParts.get(path);
    if (!units) {
      units = unitsOf(findPart(clone(base), path)?.get() ?? []);
      baseParts.set(path, units);
    }
    return units;
  };

  // Paragraph edits first, part by part, all placed against the clerk's report as it was.
  const byPart = new Map<string, PartEdits['edits']>();
  for (const change of accepted) {
    const plan = plans.get(change.id);
    if (plan?.op !== 'units') continue;
    for (const edit of plan.edits)
      byPart.set(edit.part, [...(byPart.get(edit.part) ?? []), { edit, resolution: change.collides ? (resolutions[change.id] ?? 'theirs') : null }]);
  }
  for (const [path, list] of byPart) {
    const part = findPart(report, path);
    if (!part) {
      notPlaced.push(
        ...accepted
          .filter((c) => plans.get(c.id)?.op === 'units' && (plans.get(c.id) as { edits: UnitEdit[] }).edits.some((e) => e.part === path))
          .map((c) => c.id),
      );
      continue;
    }
    part.set(applyToPart(baseUnits(path), part.get(), list));
  }

  // Then the outline: parts added and removed, titles, by the names they had when sent.
  const planned = accepted
    .map((c) => ({ change: c, plan: plans.get(c.id) }))
    .filter((x): x is { change: ReviewChange; plan: ChangePlan } => x.plan !== undefined);
  for (const { change, plan } of planned) {
    if (plan.op !== 'add-part') continue;
    const siblings: FileSection[] | null = plan.parent === null ? report.sections : (findPart(report, plan.parent)?.section?.children ?? null);
    if (!siblings) {
      notPlaced.push(change.id);
      continue;
    }
    const afterName = plan.after?.split(' › ').pop();
    const at = afterName === undefined ? 0 : siblings.findIndex((s) => sameName(s.title, afterName)) + 1;
    siblings.splice(at === 0 && afterName !== undefined ? siblings.length : at, 0, clone({ ...plan.section, role: plan.section.role ?? 'other' }));
  }
  for (const { plan } of planned) {
    if (plan.op !== 'remove-part') continue;
    const part = findPart(report, plan.part);
    if (part?.siblings && part.section) part.siblings.splice(part.siblings.indexOf(part.section), 1);
  }
  for (const { change, plan } of planned) {
    if (plan.op !== 'retitle') continue;
    const part = findPart(report, plan.part);
    if (part?.section) part.section.title = plan.title;
    else notPlaced.push(change.id);
  }
  for (const { plan } of planned) {
    if (plan.op !== 'field') continue;
    if (plan.field === 'Trích yếu') report.header.summary = theirs.header.summary;
    else if (plan.field === 'Số, ký hiệu') Object.assign(report.header, { number: theirs.header.number, symbol: theirs.header.symbol });
    else if (plan.field === 'Địa danh, ngày') Object.assign(report.header, { place: theirs.header.place, date: theirs.header.date });
    else if (plan.field === 'Kính gửi') report.header.addressees = theirs.header.addressees;
    else if (plan.field === 'Người ký') report.signature = theirs.signature;
    else report.recipients = theirs.recipients;
  }
  return { report, notPlaced };
}

export { findPart };
