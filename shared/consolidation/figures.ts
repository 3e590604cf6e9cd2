/**
 * Adding up the units' figures ("Tổng hợp số liệu"): each indicator of the Bộ chỉ tiêu by its own
 * rule — sums, averages weighted by another indicator, rates recomputed from their numerator and
 * denominator (never an average of percentages) — for this period and the last; a per-unit table
 * for the phụ lục; and warnings where a unit's figures are missing, not numbers, or do not add up.
 */
import type { Block, FileSection, IndicatorRowData } from '../report-format/schema';
import type { IndicatorDefinition, IndicatorSet } from '../domain/indicator-set';
import { matchIndicatorByName } from '../domain/indicator-set';
import { blockFromFile } from '../domain/report';
import { formatNumberVi, parseNumberVi } from '../text/vi-number';
import { readSheetFigures } from './sheet-figures';
import type { SheetCell, SheetGrid } from './sheet-grid';

/** One unit's figures by indicator code, as written in its report. */
export interface UnitFigures {
  unit: string;
  figures: Map<string, { previous: string; current: string }>;
}

/**
 * A plain table read like a biểu mẫu: its header over one row or more, the rows that name the
 * set's indicators (by code or name), kỳ trước and kỳ này by the columns' words or periods.
 * Figures that are no numbers are left out (the consolidation then says the indicator is missing).
 */
function tableFigures(
  table: { header: readonly string[]; rows: readonly (readonly string[])[] },
  set: IndicatorSet,
): Map<string, { previous: string; current: string }> {
  const cell = (text: string): SheetCell | null => (text.trim() === '' ? null : { text, number: null });
  const grid: SheetGrid = {
    name: '',
    hidden: false,
    hiddenColumns: [],
    rows: [table.header, ...table.rows].map((cells, i) => ({ number: i + 1, hidden: false, cells: cells.map(cell) })),
  };
  const reading = readSheetFigures(grid, set);
  return new Map((reading?.read ?? []).map((r) => [r.code, { previous: r.previous, current: r.current }]));
}

/** Every coded row of every indicator block in a report's content (parts, opening, closing, phụ lục), and the set's rows of its plain tables. */
export function figuresOfReport(
  content: { opening?: Block[]; sections: FileSection[]; closing?: Block[]; appendices?: { blocks?: Block[] }[] },
  set?: IndicatorSet,
): Map<string, { previous: string; current: string }> {
  const out = new Map<string, { previous: string; current: string }>();
  const visit = (blocks: readonly Block[] | undefined) => {
    for (const file of blocks ?? []) {
      const block = blockFromFile(file);
      // A plain table (a unit's Word or PDF report) counts where its rows name the set's indicators.
      if (block.type === 'table' && set) for (const [code, figure] of tableFigures(block, set)) if (!out.has(code)) out.set(code, figure);
      if (block.type !== 'indicators') continue;
      for (const row of block.rows) {
        // A row typed without its code is the set's indicator of the same name.
        const code = row.code?.trim() || (set ? matchIndicatorByName(set, row.name)?.code : undefined);
        if (code && !out.has(code)) out.set(code, { previous: row.previous, current: row.current });
      }
    }
  };
  const walk = (sections: readonly FileSection[]) => {
    for (const s of sections) {
      visit(s.blocks);
      walk(s.children ?? []);
    }
  };
  visit(content.opening);
  walk(content.sections);
  visit(content.closing);
  for (const a of content.appendices ?? []) visit(a.blocks);
  return out;
}

/** A figure the way reports write it: whole numbers as they are, others to two decimals at most. */
export function writeFigure(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '';
  // EPSILON: 1,005 is 1,00499… in binary and would round down.
  const rounded = Math.round((value + Math.sign(value) * Number.EPSILON * Math.max(1, Math.abs(value))) * 100) / 100;
  return Number.isInteger(rounded) ? formatNumberVi(rounded, 0) : formatNumberVi(rounded, 2).replace(/0+$/, '');
}

const numberOf = (text: string | undefined): number | null => (text === undefined || text.trim() === '' ? null : parseNumberVi(text.replace(/%\s*$/, '')));

/** How far a reported rate may differ from its own numerator / denominator (rounding to one or two decimals). */
const RATE_TOLERANCE = 0.1;

interface ConsolidatedRow {
  definition: IndicatorDefinition;
  previous: number | null;
  current: number | null;
  /** Units whose figure went into this row. */
  counted: number;
}

export interface Consolidated {
  rows: ConsolidatedRow[];
  /** Plain Vietnamese, one per problem, naming the unit and the indicator. */
  warnings: string[];
}

type Period = 'previous' | 'current';

export function consolidateFigures(set: IndicatorSet, units: readonly UnitFigures[]): Consolidated {
  const warnings: string[] = [];
  const byCode = new Map(set.indicators.map((d) => [d.code, d]));
  const value = (u: UnitFigures, code: string, period: Period) => numberOf(u.figures.get(code)?.[period]);

  for (const u of units) {
    for (const d of set.indicators) {
      if (d.aggregate === 'text') continue;
      const figure = u.figures.get(d.code);
      if (!figure || figure.current.trim() === '') warnings.push(`${u.unit}: thiếu chỉ tiêu “${d.name}” (${d.code}).`);
      else if (numberOf(figure.current) === null) warnings.push(`${u.unit}: chỉ tiêu “${d.name}” ghi “${figure.current}”, không phải con số.`);
    }
    // A rate the unit wrote must agree with its own numerator and denominator.
    for (const d of set.indicators) {
      if (d.aggregate !== 'rate') continue;
      const reported = value(u, d.code, 'current');
      const numerator = value(u, d.numeratorCode!, 'current');
      const denominator = value(u, d.denominatorCode!, 'current');
      if (reported === null || numerator === null || denominator === null || denominator === 0) continue;
      const expected = (numerator / denominator) * (d.scale ?? 100);
      if (Math.abs(expected - reported) > RATE_TOLERANCE) {
        const num = byCode.get(d.numeratorCode!)?.name ?? d.numeratorCode;
        const den = byCode.get(d.denominatorCode!)?.name ?? d.denominatorCode;
        warnings.push(`${u.unit}: “${d.name}” ghi ${writeFigure(reported)} nhưng ${num} / ${den} = ${writeFigure(expected)} — số liệu không khớp.`);
      }
    }
  }

  const aggregate = (d: IndicatorDefinition, period: Period): { value: number | null; counted: number } => {
    if (d.aggregate === 'sum') {
      const values = units.map((u) => value(u, d.code, period)).filter((v): v is number => v !== null);
      return { value: values.length === 0 ? null : values.reduce((a, b) => a + b, 0), counted: values.length };
    }
    if (d.aggregate === 'weighted') {
      let weighted = 0;
      let weights = 0;
      let counted = 0;
      for (const u of units) {
        const v = value(u, d.code, period);
        const w = value(u, d.weightCode!, period);
        if (v === null || w === null) continue;
        weighted += v * w;
        weights += w;
        counted += 1;
      }
      return { value: weights === 0 ? null : weighted / weights, counted };
    }
    if (d.aggregate === 'rate') {
      let numerator = 0;
      let denominator = 0;
      let counted = 0;
      for (const u of units) {
        const n = value(u, d.numeratorCode!, period);
        const m = value(u, d.denominatorCode!, period);
        if (n === null || m === null) continue;
        numerator += n;
        denominator += m;
        counted += 1;
      }
      return { value: denominator === 0 ? null : (numerator / denominator) * (d.scale ?? 100), counted };
    }
    return { value: null, counted: 0 };
  };

  const rows = set.indicators.map((definition) => {
    const current = aggregate(definition, 'current');
    return { definition, previous: aggregate(definition, 'previous').value, current: current.value, counted: current.counted };
  });
  return { rows, warnings };
}

/** The consolidated indicator block of the higher unit's report. */
export function consolidatedBlock(
  result: Consolidated,
  labels: { previous: string; current: string; caption?: string },
): Extract<Block, { type: 'indicators' }> {
  const rows: IndicatorRowData[] = result.rows
    .filter((r) => r.definition.aggregate !== 'text')
    .map((r) => ({
      code: r.definition.code,
      name: r.definition.name,
      ...(r.definition.unit ? { unit: r.definition.unit } : {}),
      previous: writeFigure(r.previous),
      current: writeFigure(r.current),
    }));
  return { type: 'indicators', ...(labels.caption ? { caption: labels.caption } : {}), previousLabel: labels.previous, currentLabel: labels.current, rows };
}

/** Indicators per table of the phụ lục: with STT and the unit's name, eight columns fit a landscape page. */
const INDICATORS_PER_TABLE = 6;

/** "Phụ lục: Số liệu của các đơn vị": one row per unit, the consolidated figure last; wide sets split into several tables. */
/** What the phụ lục writes in a row of a unit that has not sent. */
const NOT_SENT = 'Chưa gửi báo cáo';

/** One table per few indicators: a row per unit that sent, a row naming each unit that has not (its cells empty), the consolidated figure last. */
export function perUnitTables(
  set: IndicatorSet,
  units: readonly UnitFigures[],
  result: Consolidated,
  missing: readonly string[] = [],
): Extract<Block, { type: 'table' }>[] {
  const numeric = set.indicators.filter((d) => d.aggregate !== 'text');
  const totals = new Map(result.rows.map((r) => [r.definition.code, r.current]));
  const tables: Extract<Block, { type: 'table' }>[] = [];
  for (let i = 0; i < numeric.length; i += INDICATORS_PER_TABLE) {
    const chunk = numeric.slice(i, i + INDICATORS_PER_TABLE);
    tables.push({
      type: 'table',
      ...(numeric.length > INDICATORS_PER_TABLE ? { caption: `Bảng ${tables.length + 1}` } : {}),
      header: ['STT', 'Đơn vị', ...chunk.map((d) => (d.unit ? `${d.name} (${d.unit})` : d.name))],
      rows: [
        ...units.map((u, n) => [String(n + 1), u.unit, ...chunk.map((d) => u.figures.get(d.code)?.current.trim() ?? '')]),
        ...missing.map((unit, n) => [
          String(units.length + n + 1),
          `${unit} (${NOT_SENT.toLocaleLowerCase('vi-VN')})`,
          ...chunk.map((_, k) => (k === 0 ? NOT_SENT : '')),
        ]),
        ['', 'Tổng hợp', ...chunk.map((d) => writeFigure(totals.get(d.code) ?? null))],
      ],
    });
  }
  return tables;
}
