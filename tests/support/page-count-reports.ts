/**
 * Reports of varied shape and length for measuring the page count: one to a few dozen pages,
 * every thể thức, short and long paragraphs of real office prose (the clean corpus), dash items
 * at both levels, tables of figures, Kính gửi, phụ lục, a landscape table — each laid out by
 * LibreOffice to compare with the count worked out from the export view.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, FileSection, ReportFile } from '#shared/report-format/schema';
import { PROFILE_IDS, type ProfileId } from '#shared/domain/vocabulary';
import { sampleReport } from './fixtures';

const PROSE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'spelling', 'clean', 'office-prose.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.length > 40 && /[.;:]$/.test(l));

/** A small deterministic random source, so a report is the same each run. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface MeasuredReport {
  name: string;
  report: ReportFile;
}

function generated(seed: number, profile: ProfileId): ReportFile {
  const random = seeded(seed);
  const pick = () => PROSE[Math.floor(random() * PROSE.length)]!;
  const paragraph = () => ({ type: 'paragraph' as const, text: Array.from({ length: 1 + Math.floor(random() * 5) }, pick).join(' ') });
  const sectionCount = 2 + Math.floor(random() * 6);
  const sections: FileSection[] = Array.from({ length: sectionCount }, (_, i) => {
    const blocks: Block[] = Array.from({ length: 1 + Math.floor(random() * 7) }, paragraph);
    if (random() < 0.5)
      blocks.push({
        type: 'bullets',
        items: Array.from({ length: 2 + Math.floor(random() * 4) }, (_, k) => (k % 3 === 2 ? { runs: [{ text: pick() }], level: 2 as const } : pick())),
      });
    if (random() < 0.4)
      blocks.push({
        type: 'table',
        caption: `Bảng ${i + 1}. Kết quả thực hiện các chỉ tiêu`,
        header: ['STT', 'Chỉ tiêu', 'Năm 2025', 'Năm 2026', 'So sánh'],
        rows: Array.from({ length: 3 + Math.floor(random() * 8) }, (_, r) => [
          String(r + 1),
          pick().slice(0, 20 + Math.floor(random() * 60)),
          (1000 + Math.floor(random() * 90000)).toLocaleString('vi-VN'),
          (1000 + Math.floor(random() * 90000)).toLocaleString('vi-VN'),
          `${(random() * 30).toFixed(2).replace('.', ',')}%`,
        ]),
      });
    const children: FileSection[] =
      random() < 0.5
        ? Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => ({
            title: `Nội dung ${k + 1}: ${pick().slice(0, 40)}`,
            blocks: [paragraph(), paragraph()],
          }))
        : [];
    return { title: `Kết quả thực hiện nhiệm vụ thứ ${i + 1}`, blocks, children };
  });
  const base = sampleReport();
  return {
    ...base,
    profile,
    sections,
    ...(random() < 0.3 ? { header: { ...base.header, addressees: ['Ủy ban nhân dân tỉnh Quảng Ngãi', 'Sở Nội vụ tỉnh Quảng Ngãi'] } } : {}),
    ...(random() < 0.2 ? { appendices: [{ title: 'Số liệu chi tiết', blocks: [paragraph(), paragraph()] }] } : {}),
  };
}

/** The reports the page count is measured on (names say what each is): the sample, the other shapes, and `count` generated reports. */
export function pageCountReports(count = 24): MeasuredReport[] {
  const out: MeasuredReport[] = [{ name: 'mẫu sơ kết phường', report: sampleReport() }, ...otherShapes()];
  for (let i = 0; i < count; i += 1) {
    const profile = PROFILE_IDS[i % PROFILE_IDS.length]!;
    out.push({ name: `báo cáo ${i + 1} (${profile})`, report: generated(1000 + i, profile) });
  }
  return out;
}

/** Two documents that are no báo cáo: a công văn ("V/v …" under the số, no title block) and a quy chế by chương and điều. */
function otherShapes(): MeasuredReport[] {
  const base = sampleReport();
  const random = seeded(77);
  const pick = () => PROSE[Math.floor(random() * PROSE.length)]!;
  const para = (sentences: number) => ({ type: 'paragraph' as const, text: Array.from({ length: sentences }, pick).join(' ') });
  const congVan: ReportFile = {
    ...base,
    header: {
      ...base.header,
      docType: '',
      symbol: 'UBND-VP',
      summary: 'V/v báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số',
      addressees: ['Sở Khoa học và Công nghệ tỉnh Quảng Ngãi'],
    },
    sections: [],
    opening: [para(3), para(4), para(2)],
    closing: [],
    appendices: [],
  };
  const dieu = (n: number, title: string): FileSection => ({ title: `Điều ${n}. ${title}`, blocks: [para(2), para(3)] });
  const quyChe: ReportFile = {
    ...base,
    header: { ...base.header, docType: 'Quy chế', summary: 'Làm việc của Ủy ban nhân dân phường' },
    sections: [
      { title: 'Chương I. Những quy định chung', children: [dieu(1, 'Phạm vi điều chỉnh'), dieu(2, 'Nguyên tắc làm việc')] },
      {
        title: 'Chương II. Trách nhiệm, phạm vi giải quyết công việc',
        children: [dieu(3, 'Trách nhiệm của tập thể'), dieu(4, 'Trách nhiệm của Chủ tịch'), dieu(5, 'Trách nhiệm của thành viên')],
      },
      { title: 'Chương III. Điều khoản thi hành', children: [dieu(6, 'Hiệu lực thi hành')] },
    ],
  };
  // A biên bản signed by its five members: the signatures two by two, in three rows, none split by a page.
  const member = (name: string) => ({ authority: '' as const, onBehalfOf: '', position: 'THÀNH VIÊN', name });
  const bienBan: ReportFile = {
    ...base,
    header: { ...base.header, docType: 'Biên bản', summary: 'Thẩm định hồ sơ cấp giấy phép vận chuyển hàng hóa nguy hiểm' },
    sections: [
      { title: 'Thành phần', blocks: [para(2)] },
      { title: 'Nội dung thẩm định', blocks: [para(4), para(3), para(4), para(3), para(4), para(3)] },
      { title: 'Kết quả thẩm định', blocks: [para(3), para(2)] },
    ],
    opening: [],
    closing: [],
    appendices: [],
    signature: {
      ...member('Đỗ Thanh Hà'),
      position: 'TRƯỞNG ĐOÀN',
      cosigners: ['Vương Thành Chung', 'Nguyễn Hưng Thuận', 'Mạc Văn Phúc', 'Nguyễn Đắc Khánh'].map(member),
    },
    recipients: [],
  };
  return [
    { name: 'công văn (V/v dưới số)', report: congVan },
    { name: 'quy chế theo chương, điều', report: quyChe },
    { name: 'biên bản, năm người ký', report: bienBan },
  ];
}
