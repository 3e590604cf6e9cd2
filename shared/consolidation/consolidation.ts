/**
 * "Tổng hợp báo cáo đơn vị trực thuộc": the higher level's view of a period — who has sent
 * (when, which revision, late against the deadline), who is missing, the figures added up, a
 * per-unit phụ lục, and each part's texts from every unit side by side.
 */
import type { Block, FileSection, ReportFile } from '../report-format/schema';
import type { IndicatorSet } from '../domain/indicator-set';
import { foldVietnamese } from '../text/fold';
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

export interface UnitRow {
  unit: string;
  status: UnitStatus;
  input: ConsolidationInput | null;
}

/** A unit name compared the way a clerk reads it: no diacritics, case or spacing differences. */
const key = (name: string) => foldVietnamese(name).toLowerCase().replace(/\s+/g, ' ').trim();

/** The listed unit an input belongs to: the same name, or one name inside the other ("UBND xã An Phú" / "Xã An Phú"). */
export function matchUnit(units: readonly string[], sender: string): string | null {
  const s = key(sender);
  if (s === '') return null;
  const exact = units.find((u) => key(u) === s);
  if (exact) return exact;
  const inside = units.filter((u) => s.includes(key(u)) || key(u).includes(s));
  // The longest listed name that fits, so "Xã An Phú" does not take "Xã An Phú Đông"'s report.
  return inside.sort((a, b) => key(b).length - key(a).length)[0] ?? null;
}

export interface CompletenessGrid {
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
    if (!known || (input.revision ?? 0) > (known.revision ?? 0) || ((input.revision ?? 0) === (known.revision ?? 0) && input.receivedAt > known.receivedAt)) byUnit.set(unit, input);
  }
  const rows = units.map((unit): UnitRow => {
    const input = byUnit.get(unit) ?? null;
    if (!input) return { unit, status: 'missing', input: null };
    const when = (input.sentAt ?? input.receivedAt).slice(0, 10);
    return { unit, status: deadline && when > deadline ? 'late' : 'on-time', input };
  });
  return { rows, extra };
}

export interface FiguresView {
  consolidated: Consolidated;
  block: Extract<Block, { type: 'indicators' }>;
  appendix: Extract<Block, { type: 'table' }>[];
}

/** The figures of the units that have sent (one report per unit), added up by the set's rules. */
export function consolidationFigures(set: IndicatorSet, grid: CompletenessGrid, labels: { previous: string; current: string }): FiguresView {
  const units: UnitFigures[] = grid.rows.filter((r) => r.input).map((r) => ({ unit: r.unit, figures: figuresOfReport(r.input!.report) }));
  const consolidated = consolidateFigures(set, units);
  const missing = grid.rows.filter((r) => r.status === 'missing').map((r) => `${r.unit}: chưa gửi báo cáo (số liệu chưa được cộng).`);
  const result = { ...consolidated, warnings: [...missing, ...consolidated.warnings] };
  return { consolidated: result, block: consolidatedBlock(result, { ...labels, caption: 'Kết quả thực hiện các chỉ tiêu (tổng hợp)' }), appendix: perUnitTables(set, units, result) };
}

export interface NarrativePart {
  role: SectionRole;
  title: string;
  texts: { unit: string; title: string; blocks: Block[] }[];
}

/** Every top-level part and its sub-parts of a report, flattened with their role. */
function partsOf(report: ReportFile): { role: SectionRole; title: string; blocks: Block[] }[] {
  const out: { role: SectionRole; title: string; blocks: Block[] }[] = [];
  const walk = (sections: readonly FileSection[]) => {
    for (const s of sections) {
      out.push({ role: s.role ?? roleOfTitle(s.title), title: s.title, blocks: [...(s.blocks ?? []), ...collect(s.children ?? [])] });
    }
  };
  const collect = (sections: readonly FileSection[]): Block[] => sections.flatMap((s) => [{ type: 'paragraph' as const, runs: [{ text: s.title, bold: true }] }, ...(s.blocks ?? []), ...collect(s.children ?? [])]);
  walk(report.sections);
  return out;
}

/** For a part of the higher unit's report, each unit's text of the same part: by role, else by title. */
export function narrativeFor(part: { role: SectionRole; title: string }, grid: CompletenessGrid): NarrativePart {
  const texts = grid.rows.flatMap((r) => {
    if (!r.input) return [];
    const parts = partsOf(r.input.report);
    const sameTitle = parts.find((p) => key(p.title) === key(part.title));
    const sameRole = part.role !== 'other' ? parts.find((p) => p.role === part.role) : undefined;
    const found = sameTitle ?? sameRole;
    return found && found.blocks.length > 0 ? [{ unit: r.unit, title: found.title, blocks: found.blocks }] : [];
  });
  return { role: part.role, title: part.title, texts };
}
