/**
 * "Tổng hợp báo cáo đơn vị trực thuộc": the higher level's view of a period — who has sent
 * (when, which revision, late against the deadline), who is missing, the figures added up, a
 * per-unit phụ lục, and each part's texts from every unit side by side.
 */
import type { Block, FileSection, ReportFile } from '../report-format/schema';
import type { IndicatorSet } from '../domain/indicator-set';
import { matchUnit, unitKey as key } from './unit-names';
import { consolidateFigures, consolidatedBlock, figuresOfReport, perUnitTables, type Consolidated, type UnitFigures } from './figures';
import { roleOfTitle } from '../word-import/assemble';
import type { SectionRole } from '../domain/vocabulary';

export interface ConsolidationInput {
  id: string;
  /** The unit as the sender named itself (its cơ quan ban hành), or the file's name. */
  unit: string;
  sourceName: string;
  report: ReportFile;
  revision: number | null;
  /** When the unit made the package (null for plain files). */
  sentAt: string | null;
  receivedAt: string;
}

export type UnitStatus = 'on-time' | 'late' | 'missing';

interface UnitRow {
  unit: string;
  status: UnitStatus;
  input: ConsolidationInput | null;
}

interface CompletenessGrid {
  rows: UnitRow[];
  /** Reports from units not on the list (sent by mistake, or the list needs the unit). */
  extra: ConsolidationInput[];
}

/** Who has sent: the newest input per unit, late when made (or received) after the deadline's day. */
export function completeness(units: readonly string[], inputs: readonly ConsolidationInput[], deadline: string | null): CompletenessGrid {
  const byUnit = new Map<string, ConsolidationInput>();
  const extra: ConsolidationInput[] = [];
  for (const input of inputs) {
    const unit = matchUnit(units, input.unit);
    if (!unit) {
      extra.push(input);
      continue;
    }
    const known = byUnit.get(unit);
    if (!known || (input.revision ?? 0) > (known.revision ?? 0) || ((input.revision ?? 0) === (known.revision ?? 0) && input.receivedAt > known.receivedAt))
      byUnit.set(unit, input);
  }
  const rows = units.map((unit): UnitRow => {
    const input = byUnit.get(unit) ?? null;
    if (!input) return { unit, status: 'missing', input: null };
    const when = (input.sentAt ?? input.receivedAt).slice(0, 10);
    return { unit, status: deadline && when > deadline ? 'late' : 'on-time', input };
  });
  return { rows, extra };
}

interface FiguresView {
  consolidated: Consolidated;
  block: Extract<Block, { type: 'indicators' }>;
  appendix: Extract<Block, { type: 'table' }>[];
}

/** The figures of the units that have sent (one report per unit), added up by the set's rules. */
export function consolidationFigures(set: IndicatorSet, grid: CompletenessGrid, labels: { previous: string; current: string }): FiguresView {
  const units: UnitFigures[] = grid.rows.filter((r) => r.input).map((r) => ({ unit: r.unit, figures: figuresOfReport(r.input!.report, set) }));
  const consolidated = consolidateFigures(set, units);
  const missing = grid.rows.filter((r) => r.status === 'missing').map((r) => `${r.unit}: chưa gửi báo cáo (số liệu chưa được cộng).`);
  const result = { ...consolidated, warnings: [...missing, ...consolidated.warnings] };
  const notSent = grid.rows.filter((r) => r.status === 'missing').map((r) => r.unit);
  return {
    consolidated: result,
    block: consolidatedBlock(result, { ...labels, caption: 'Kết quả thực hiện các chỉ tiêu (tổng hợp)' }),
    appendix: perUnitTables(set, units, result, notSent),
  };
}

/** The consolidated report's opening: how many units it rests on, and which have not sent ("Xã Tam Hải chưa gửi báo cáo"). */
export function consolidationOpening(grid: CompletenessGrid, period: string): string {
  const sent = grid.rows.filter((r) => r.input).length;
  const missing = grid.rows.filter((r) => !r.input).map((r) => r.unit);
  const base = `Trên cơ sở báo cáo của ${sent}/${grid.rows.length} đơn vị trực thuộc, tổng hợp kết quả ${period} như sau`;
  return missing.length === 0 ? `${base}:` : `${base} (${missing.join(', ')} chưa gửi báo cáo):`;
}

export interface NarrativePart {
  role: SectionRole;
  title: string;
  texts: { unit: string; title: string; blocks: Block[] }[];
}

/** A part of a report at any level: its role, title, own blocks, sub-parts and place (indexes from the top). */
interface Part {
  role: SectionRole;
  title: string;
  blocks: Block[];
  children: Part[];
  path: number[];
}

function partsOf(sections: readonly FileSection[], path: number[] = []): Part[] {
  return sections.map((s, i) => ({
    role: s.role ?? roleOfTitle(s.title),
    title: s.title,
    blocks: s.blocks ?? [],
    children: partsOf(s.children ?? [], [...path, i]),
    path: [...path, i],
  }));
}

const everyPart = (parts: readonly Part[]): Part[] => parts.flatMap((p) => [p, ...everyPart(p.children)]);

/** The part of another report that is this one: the same title, else the same role, else the same place — at any level. */
function samePart(parts: readonly Part[], part: { role: SectionRole; title: string; path: readonly number[] }): Part | undefined {
  const all = everyPart(parts);
  const depth = part.path.length;
  const byDepth = (list: Part[]) => list.find((p) => p.path.length === depth) ?? list[0];
  return (
    byDepth(all.filter((p) => key(p.title) === key(part.title))) ??
    (part.role !== 'other' ? byDepth(all.filter((p) => p.role === part.role)) : undefined) ??
    all.find((p) => p.path.length === depth && p.path.every((n, i) => n === part.path[i]) && (part.role === 'other' || p.role === 'other'))
  );
}

interface PartQuery {
  role: SectionRole;
  title: string;
  /** Its place in the higher unit's report (indexes from the top). */
  path: number[];
  /** Its own sub-parts: a unit's sub-part that matches one of them is shown there, not here. */
  children: { role: SectionRole; title: string }[];
}

/**
 * For a part of the higher unit's report, each unit's text of the same part — its own text, and
 * the sub-parts the higher report has no place for (their titles in bold), so nothing a unit wrote
 * is lost and nothing is shown twice.
 */
export function narrativeFor(part: PartQuery, grid: CompletenessGrid): NarrativePart {
  const texts = grid.rows.flatMap((r) => {
    if (!r.input) return [];
    const found = samePart(partsOf(r.input.report.sections), part);
    if (!found) return [];
    const placed = (child: Part) =>
      part.children.some(
        (c, i) =>
          key(c.title) === key(child.title) ||
          (c.role !== 'other' && c.role === child.role) ||
          (c.role === 'other' && child.role === 'other' && i === child.path[child.path.length - 1]),
      );
    const unplacedChildren = (children: readonly Part[]): Block[] =>
      children.flatMap((c) => [{ type: 'paragraph' as const, runs: [{ text: c.title, bold: true }] }, ...c.blocks, ...unplacedChildren(c.children)]);
    const blocks = [...found.blocks, ...unplacedChildren(found.children.filter((c) => !placed(c)))];
    return blocks.length > 0 ? [{ unit: r.unit, title: found.title, blocks }] : [];
  });
  return { role: part.role, title: part.title, texts };
}
