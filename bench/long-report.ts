/**
 * A long, realistic report for benchmarks: about 100 A4 pages with 30 tables, its paragraphs
 * made of varied office prose (the project's own clean corpus, tests/fixtures/spelling), so no
 * paragraph repeats another — repeated text compresses and lays out unrealistically fast.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, FileSection, ReportFile } from '#shared/report-format/schema';

const PROSE = readFileSync(join(import.meta.dirname, '..', 'tests', 'fixtures', 'spelling', 'clean', 'office-prose.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.length > 60 && /[.;]$/.test(l));

/** Paragraph `n`: three to five sentences, chosen so that no two paragraphs are the same. */
function paragraphText(n: number): string {
  const count = 3 + (n % 3);
  return Array.from({ length: count }, (_, i) => PROSE[(n * 7 + i * 13) % PROSE.length]).join(' ');
}

/** A long report of `parts` numbered parts (20: the ~100-page bench report; 2: ~10 pages; 6: ~30). */
export function longBenchReport(parts = 20): ReportFile {
  let tables = 0;
  const sections: FileSection[] = Array.from({ length: parts }, (_, p) => ({
    role: 'other' as const,
    title: `Kết quả thực hiện nhiệm vụ thứ ${p + 1}`,
    children: Array.from({ length: 5 }, (_, k) => {
      const blocks: Block[] = Array.from({ length: 6 }, (_, i) => ({ type: 'paragraph' as const, text: paragraphText((p * 5 + k) * 6 + i) }));
      if (tables < 30 && (p * 5 + k) % 3 === 0) {
        tables += 1;
        blocks.push({
          type: 'table',
          caption: `Bảng ${tables}. Kết quả thực hiện các chỉ tiêu`,
          header: ['Chỉ tiêu', 'Năm 2025', 'Năm 2026', 'So sánh'],
          rows: Array.from({ length: 6 }, (_, r) => {
            const before = 800 + ((tables * 37 + r * 211) % 2400);
            const now = before + ((tables * 53 + r * 97) % 600) - 150;
            return [
              `Chỉ tiêu ${r + 1} của bảng ${tables}`,
              before.toLocaleString('vi-VN'),
              now.toLocaleString('vi-VN'),
              `${((now / before) * 100).toFixed(2).replace('.', ',')}%`,
            ];
          }),
        });
      }
      return { title: `Nội dung ${k + 1}`, blocks };
    }),
  }));
  return {
    format: 'baocao.report/1',
    profile: 'state',
    kind: 'so-ket-nghi-quyet',
    header: {
      parentBody: 'UBND TỈNH QUẢNG NGÃI',
      issuingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG TRƯƠNG QUANG TRỌNG',
      number: '15',
      symbol: 'BC-UBND',
      place: 'Trương Quang Trọng',
      date: '2026-06-05',
      docType: 'BÁO CÁO',
      summary: 'Tổng kết 5 năm thực hiện Nghị quyết số 12-NQ/ĐU',
    },
    sections,
    signature: { authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
    recipients: ['UBND tỉnh;', 'Lưu: VT, VP.'],
  };
}

/** The same content as Markdown, for pandoc as a yardstick. */
export function toMarkdown(report: ReportFile): string {
  const out: string[] = [`# ${report.header.docType}`, '', report.header.summary, ''];
  const walk = (sections: readonly FileSection[], depth: number) => {
    for (const s of sections) {
      out.push(`${'#'.repeat(Math.min(depth + 1, 6))} ${s.title}`, '');
      for (const b of s.blocks ?? []) {
        if (b.type === 'paragraph') out.push(b.text ?? '', '');
        else if (b.type === 'bullets') out.push(...b.items.map((i) => `- ${i}`), '');
        else if (b.type === 'table') {
          if (b.caption) out.push(b.caption, '');
          out.push(`| ${b.header.join(' | ')} |`, `|${b.header.map(() => '---').join('|')}|`, ...b.rows.map((r) => `| ${r.join(' | ')} |`), '');
        }
      }
      walk(s.children ?? [], depth + 1);
    }
  };
  walk(report.sections, 1);
  return out.join('\n');
}
