/**
 * "Tạo từ báo cáo kỳ trước": what next period's report starts with, made from this one — the
 * same header with số and ngày cleared and the period moved on (tháng 5 → tháng 6, quý I →
 * quý II, 6 tháng đầu năm → năm, năm 2025 → năm 2026), the same parts with their content, the
 * same signer and nơi nhận. Every period the trích yếu, the part titles, the opening and the
 * closing name moves with it (the period → the next one, its "phương hướng" period → the one
 * after; shiftPeriods), a draft's month moves as far as the period's end does, and indicator
 * tables move "kỳ này" into "kỳ trước" and leave "kỳ này" (and the comparison) to fill. The
 * parts' own text is last period's, to be rewritten: it is carried as it is (the editor marks
 * its figures as last period's until the clerk touches them). Pure: the core stores the result.
 */
import { rollIndicators } from './indicators';
import { isIndicatorTable } from './indicators';
import { advancePeriodText, findPeriod, monthsBetween, nextPeriod, parsePeriod, shiftPeriods, writePeriod } from './period';
import { alignOf, type Block, type Report, type ReportMeta, type SectionNode, type Table } from './report';
import type { SectionContent } from './report-file-mapping';

/** An indicator table for the next period: this period's figures become the previous ones. */
export function rollIndicatorTable(t: Table): Table {
  if (!isIndicatorTable(t.header)) return t;
  const current = t.header[4] ?? 'Kỳ này';
  const next = advancePeriodText(current) ?? 'Kỳ này';
  return {
    ...t,
    ...(t.caption ? { caption: advancePeriodText(t.caption) ?? t.caption } : {}),
    header: [t.header[0]!, t.header[1]!, t.header[2]!, current, next, t.header[5]!],
    rows: t.rows.map((r) => [r[0] ?? '', r[1] ?? '', r[2] ?? '', r[4] ?? '', '', '']),
  };
}

/** A text rewritten for the next period, or kept as it is. */
type Shift = (text: string) => string;
const keep: Shift = (text) => text;

function carryBlock(block: Block, shift: Shift): Block {
  if (block.type === 'table') return rollIndicatorTable(block);
  if (block.type === 'indicators') return rollIndicators(block, (label) => advancePeriodText(label) ?? label);
  if (block.type === 'paragraph') return { type: 'paragraph', runs: block.runs.map((r) => ({ ...r, text: shift(r.text) })), ...alignOf(block) };
  return { type: 'bullets', items: block.items.map((i) => ({ ...i, runs: i.runs.map((r) => ({ ...r, text: shift(r.text) })) })) };
}

/** A part for the next period: its title follows the period, its content is last period's as written. */
function carrySection(s: SectionNode, shift: Shift): SectionContent {
  return { role: s.role, title: shift(s.title), blocks: s.blocks.map((b) => carryBlock(b, keep)), children: s.children.map((c) => carrySection(c, shift)) };
}

/** "2026-04" moved by `months`. */
function shiftMonth(yearMonth: string, months: number): string {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  const total = year * 12 + (month - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/**
 * The draft's date for the next period: the day is the văn thư's to give, the month moves as
 * far as the period's end does (the April report dated "… tháng 4" → the May one "… tháng 5").
 */
function nextDraftDate(header: ReportMeta['header'], months: number | null): Pick<ReportMeta['header'], 'date' | 'dateMonth'> {
  const month = header.date ? header.date.slice(0, 7) : header.dateMonth && /^\d{4}-\d{2}$/.test(header.dateMonth) ? header.dateMonth : null;
  if (month === null || months === null) return { date: null, ...(header.dateMonth ? { dateMonth: header.dateMonth } : {}) };
  return { date: null, dateMonth: shiftMonth(month, months) };
}

interface NextPeriodReport {
  meta: Omit<ReportMeta, 'id' | 'createdAt' | 'updatedAt' | 'revision' | 'structureRevision'>;
  sections: SectionContent[];
}

export function nextPeriodReport(report: Report): NextPeriodReport {
  const from = parsePeriod(report.period) ?? parsePeriod(report.header.summary);
  const to = from ? nextPeriod(from) : null;
  const shift: Shift = from && to ? (text) => shiftPeriods(text, from, to) : keep;
  const period = from && to ? (findPeriod(report.period) ? shift(report.period) : writePeriod(to)) : report.period;
  const { dateMonth: _dropped, ...header } = report.header;
  return {
    meta: {
      kind: report.kind,
      profile: report.profile,
      period,
      outline: report.outline,
      header: { ...header, number: '', ...nextDraftDate(report.header, from && to ? monthsBetween(from, to) : null), summary: shift(report.header.summary) },
      signature: report.signature,
      recipients: report.recipients,
      appendices: report.appendices.map((a) => ({ title: shift(a.title), blocks: (a.blocks ?? []).map((b) => carryBlock(b, keep)) })),
      opening: report.opening.map((b) => carryBlock(b, shift)),
      closing: report.closing.map((b) => carryBlock(b, shift)),
      previousId: report.id,
    },
    sections: report.sections.map((s) => carrySection(s, shift)),
  };
}

const sameTitle = (a: string, b: string) => a.normalize('NFC').trim().toLocaleLowerCase('vi-VN') === b.normalize('NFC').trim().toLocaleLowerCase('vi-VN');

/**
 * Last period's part that corresponds to `section` (at `index` among its siblings), among the
 * previous report's parts at the same place: the same title, else the same role when only one
 * part has it, else the part in the same position.
 */
export function matchPreviousSection(candidates: readonly SectionNode[], section: Pick<SectionNode, 'title' | 'role'>, index: number): SectionNode | null {
  const byTitle = candidates.find((c) => section.title.trim() !== '' && sameTitle(c.title, section.title));
  if (byTitle) return byTitle;
  const byRole = section.role === 'other' ? [] : candidates.filter((c) => c.role === section.role);
  if (byRole.length === 1) return byRole[0]!;
  return candidates[index] ?? null;
}
