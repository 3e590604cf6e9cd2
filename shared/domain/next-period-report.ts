/**
 * "Tạo từ báo cáo kỳ trước": what next period's report starts with, made from this one — the
 * same header with số and ngày cleared and the period moved on (tháng 5 → tháng 6, quý I →
 * quý II, 6 tháng đầu năm → năm, năm 2025 → năm 2026), the same parts with their content, the
 * same signer and nơi nhận. Indicator tables move "kỳ này" into "kỳ trước" and leave "kỳ này"
 * (and the comparison) to fill. Pure: the core stores the result.
 */
import { rollIndicators } from './indicators';
import { isIndicatorTable } from './indicators';
import { advancePeriodText } from './period';
import type { Block, Report, ReportMeta, Run, SectionNode, Table } from './report';
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

/** Runs with `from` (the old period's words) replaced by `to` wherever a run holds them whole. */
const replaceInRuns = (runs: readonly Run[], from: string, to: string): Run[] =>
  runs.map((r) => (r.text.includes(from) ? { ...r, text: r.text.split(from).join(to) } : r));

function carryBlock(block: Block, periodText: { from: string; to: string } | null): Block {
  if (block.type === 'table') return rollIndicatorTable(block);
  if (block.type === 'indicators') return rollIndicators(block, (label) => advancePeriodText(label) ?? label);
  if (!periodText) return block;
  const { from, to } = periodText;
  if (block.type === 'paragraph') return { type: 'paragraph', runs: replaceInRuns(block.runs, from, to) };
  return { type: 'bullets', items: block.items.map((i) => ({ ...i, runs: replaceInRuns(i.runs, from, to) })) };
}

function carrySection(s: SectionNode): SectionContent {
  return { role: s.role, title: s.title, blocks: s.blocks.map((b) => carryBlock(b, null)), children: s.children.map(carrySection) };
}

export interface NextPeriodReport {
  meta: Omit<ReportMeta, 'id' | 'createdAt' | 'updatedAt' | 'revision' | 'structureRevision'>;
  sections: SectionContent[];
}

export function nextPeriodReport(report: Report): NextPeriodReport {
  const period = advancePeriodText(report.period) ?? report.period;
  // The opening and closing sentences name the period ("… 6 tháng đầu năm 2026 như sau:"): they follow it.
  const periodText = report.period.trim() !== '' && period !== report.period ? { from: report.period.trim(), to: period.trim() } : null;
  return {
    meta: {
      kind: report.kind,
      profile: report.profile,
      period,
      outline: report.outline,
      header: { ...report.header, number: '', date: null, summary: advancePeriodText(report.header.summary) ?? report.header.summary },
      signature: report.signature,
      recipients: report.recipients,
      appendices: report.appendices.map((a) => ({ title: a.title, blocks: (a.blocks ?? []).map((b) => carryBlock(b, null)) })),
      opening: report.opening.map((b) => carryBlock(b, periodText)),
      closing: report.closing.map((b) => carryBlock(b, periodText)),
      previousId: report.id,
    },
    sections: report.sections.map(carrySection),
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
