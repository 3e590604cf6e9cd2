/** A long, realistic report for benchmarks: about 100 A4 pages with 30 tables. */
import type { Block, FileSection, ReportFile } from '../shared/report-format/schema';

const SENTENCE =
  'Ủy ban nhân dân phường đã chỉ đạo các tổ dân phố triển khai đồng bộ các giải pháp, bảo đảm tiến độ và chất lượng; kết quả được Nhân dân đồng tình, ủng hộ, góp phần hoàn thành các chỉ tiêu của Nghị quyết. ';

export function longBenchReport(): ReportFile {
  let tables = 0;
  const sections: FileSection[] = Array.from({ length: 20 }, (_, p) => ({
    role: 'other' as const,
    title: `Kết quả thực hiện nhiệm vụ thứ ${p + 1}`,
    children: Array.from({ length: 5 }, (_, k) => {
      const blocks: Block[] = Array.from({ length: 4 }, (_, i) => ({ type: 'paragraph' as const, text: `Đoạn ${i + 1}. ${SENTENCE.repeat(3)}` }));
      if (tables < 30 && (p * 5 + k) % 3 === 0) {
        tables += 1;
        blocks.push({
          type: 'table',
          caption: `Bảng ${tables}. Kết quả thực hiện các chỉ tiêu`,
          header: ['Chỉ tiêu', 'Năm 2025', 'Năm 2026', 'So sánh'],
          rows: Array.from({ length: 6 }, (_, r) => [`Chỉ tiêu số ${r + 1}`, '1.523', '1.874', '123,05%']),
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
        else {
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
