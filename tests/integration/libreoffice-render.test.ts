/**
 * What a clerk sees when the file is printed: LibreOffice renders an exported multi-page report;
 * page numbers stand at the top from page 2, none on page 1, and every diacritic survives.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import { longReport, samplePartyReport } from '../support/fixtures';
import { hasLibreOffice, mustRender, renderDocx } from '../support/libreoffice';

const available = hasLibreOffice();
if (!available && mustRender) throw new Error('LibreOffice (soffice) and poppler-utils are required on CI: .ci/run installs them.');

const ARTIFACTS = join(import.meta.dirname, '..', '..', '.test-artifacts');
const firstLine = (page: string) =>
  page
    .split('\n')
    .find((l) => l.trim() !== '')
    ?.trim() ?? '';

describe.skipIf(!available)('LibreOffice render', () => {
  it('numbers pages 2 and 3 at the top, not page 1, with every diacritic intact', async () => {
    const { bytes } = await exportReportDocx(longReport(6), new Date('2026-06-05T08:00:00'));
    const { pdfPath, pages } = renderDocx(bytes, 'state-3-pages');
    expect(pages.length).toBe(3);
    expect(firstLine(pages[0]!)).toMatch(/^UBND TỈNH QUẢNG NGÃI\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(firstLine(pages[1]!)).toBe('2');
    expect(firstLine(pages[2]!)).toBe('3');
    const all = pages.join('\n');
    for (const word of [
      'Độc lập - Tự do - Hạnh phúc',
      'Trương Quang Trọng, ngày 05 tháng 6 năm 2026',
      'I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN',
      'ủng hộ',
      'TM. ỦY BAN NHÂN DÂN',
      'Nguyễn Văn An',
    ]) {
      expect(all).toContain(word);
    }
    // The quốc hiệu never wraps: it is one line of the header.
    expect(pages[0]).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\s*\n/);
    // Keep an image of page 1 for a person to look at.
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '1', pdfPath, join(ARTIFACTS, 'state-page1')]);
  });

  it.each([
    ['party', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 05-BC/ĐU', 'T/M BAN THƯỜNG VỤ'],
    ['youth-union', 'ĐOÀN TNCS HỒ CHÍ MINH', 'Số 05-BC/ĐU', 'TM. BAN THƯỜNG VỤ'],
    ['trade-union', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 05/BC/ĐU', 'TM. BAN THƯỜNG VỤ'],
    ['front', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 05/BC/ĐU', 'TM. BAN THƯỜNG VỤ'],
  ] as const)('renders a long %s report: its header, number form and signature, numbered from page 2', async (profile, national, number, signature) => {
    const base = samplePartyReport();
    const report = { ...longReport(6), profile, header: base.header, signature: base.signature, recipients: base.recipients };
    const { bytes } = await exportReportDocx(report, new Date('2026-06-05T08:00:00'));
    const { pdfPath, pages } = renderDocx(bytes, profile);
    const first = pages[0] ?? '';
    // Parent body, then issuing body, left; the national line on the right of the first line.
    expect(first.split('\n')[0]).toMatch(new RegExp(`ĐẢNG BỘ TỈNH QUẢNG NGÃI\\s+${national}$`));
    // "ĐẢNG ỦY PHƯỜNG TRƯƠNG QUANG TRỌNG" is too long for one line: broken before "PHƯỜNG", the place kept whole.
    expect(first.indexOf('ĐẢNG BỘ TỈNH QUẢNG NGÃI')).toBeGreaterThanOrEqual(0);
    expect(first.indexOf('ĐẢNG BỘ TỈNH QUẢNG NGÃI')).toBeLessThan(first.indexOf('PHƯỜNG TRƯƠNG QUANG TRỌNG'));
    expect(first).toContain(number);
    expect(first).not.toMatch(/^\s*1\s*$/m);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(firstLine(pages[1]!)).toBe('2');
    expect(firstLine(pages[2]!)).toBe('3');
    expect(pages.join('\n')).toContain(signature);
    expect(pages.join('\n').replace(/\s+/g, ' ')).toContain('Nhân dân đồng tình, ủng hộ');
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '1', pdfPath, join(ARTIFACTS, `${profile}-page1`)]);
  });
});

describe.skipIf(!available)('LibreOffice render of sections', () => {
  it('shows the wide table landscape and numbers each phụ lục from 1', async () => {
    const { fullFeatureReport } = await import('../support/fixtures');
    const report = fullFeatureReport();
    const filler = 'Số liệu chi tiết của từng tổ dân phố được tổng hợp từ báo cáo hằng tháng và đối chiếu với cơ sở dữ liệu dân cư. ';
    report.appendices![1]!.blocks!.push(...Array.from({ length: 14 }, () => ({ type: 'paragraph' as const, text: filler.repeat(3) })));
    const { bytes } = await exportReportDocx(report, new Date('2026-06-05T08:00:00'));
    const { pdfPath, pages } = renderDocx(bytes, 'sections');
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages.length), pdfPath]).toString();
    expect(sizes).toMatch(/Page\s+\d+ size:\s+841\.\d+ x 595\.\d+ pts/);
    const appendixStarts = pages.map((p, i) => (p.includes('Phụ lục II') ? i : -1)).filter((i) => i >= 0);
    expect(appendixStarts).toHaveLength(1);
    const start = appendixStarts[0]!;
    expect(firstLine(pages[start]!)).toBe('Phụ lục II');
    expect(firstLine(pages[start + 1]!)).toBe('2');
    // Dash items and the "+" item under them, as LibreOffice lays them out.
    const all = pages.join('\n');
    expect(all).toContain('- Mô hình chợ 4.0');
    expect(all).toContain('+ Chợ Nghĩa Lộ: thanh toán không dùng tiền mặt');
  });
});

describe.skipIf(!available)('LibreOffice render of a document laid out by chương and điều', () => {
  it('shows "Chương I" on its line and its title in capitals under it, "Điều 1." with its title, and khoản numbered from 1 — never "I. ĐIỀU 1."', async () => {
    const { sampleReport } = await import('../support/fixtures');
    const para = (text: string) => ({ type: 'paragraph' as const, text });
    const report = {
      ...sampleReport(),
      header: { ...sampleReport().header, docType: 'Quy chế', summary: 'Làm việc của Ủy ban nhân dân xã' },
      sections: [
        {
          title: 'Chương I. Những quy định chung',
          children: [
            {
              title: 'Điều 1. Phạm vi điều chỉnh',
              blocks: [para('Quy chế này quy định nguyên tắc, chế độ trách nhiệm và lề lối làm việc.')],
              children: [{ title: 'Trách nhiệm của tập thể', blocks: [para('Ủy ban nhân dân xã làm việc theo chế độ tập thể.')] }],
            },
          ],
        },
        { title: 'Chương II. Điều khoản thi hành', children: [{ title: 'Điều 2. Hiệu lực thi hành', blocks: [para('Quy chế có hiệu lực từ ngày ký.')] }] },
      ],
    };
    const { bytes } = await exportReportDocx(report, new Date('2026-06-05T08:00:00'));
    const text = renderDocx(bytes, 'chuong-dieu').pages.join('\n');
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines).toContain('Chương I');
    expect(lines).toContain('NHỮNG QUY ĐỊNH CHUNG');
    expect(lines).toContain('Điều 1. Phạm vi điều chỉnh');
    expect(lines).toContain('1. Trách nhiệm của tập thể');
    expect(lines).toContain('Điều 2. Hiệu lực thi hành');
    expect(text).not.toMatch(/I\.\s+(ĐIỀU|CHƯƠNG)/);
  });
});

describe.skipIf(!available)('LibreOffice render of a công văn', () => {
  it('shows its "V/v …" under the số in the header, and no tên loại over the content', async () => {
    const { sampleReport } = await import('../support/fixtures');
    const base = sampleReport();
    const report = {
      ...base,
      header: { ...base.header, docType: '', symbol: 'UBND-VP', summary: 'V/v báo cáo kết quả chuyển đổi số', addressees: ['Sở Khoa học và Công nghệ'] },
      sections: [],
      opening: [{ type: 'paragraph' as const, text: 'Ủy ban nhân dân phường báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số sáu tháng đầu năm.' }],
      closing: [],
    };
    const { bytes } = await exportReportDocx(report, new Date('2026-06-05T08:00:00'));
    const page = renderDocx(bytes, 'cong-van').pages[0] ?? '';
    const lines = page.split('\n').map((l) => l.trim());
    const numberAt = lines.findIndex((l) => /^Số:\s*\d*\/UBND-VP/.test(l));
    const vvAt = lines.findIndex((l) => l.startsWith('V/v báo cáo kết quả chuyển đổi số'));
    expect(numberAt).toBeGreaterThanOrEqual(0);
    expect(vvAt).toBeGreaterThan(numberAt);
    expect(lines.findIndex((l) => l.startsWith('Kính gửi'))).toBeGreaterThan(vvAt);
    expect(page).not.toContain('BÁO CÁO');
  });
});

describe.skipIf(!available)('LibreOffice render: where the signature falls', () => {
  it('never puts the signature alone on the last page: the last paragraph goes with it', async () => {
    const { sampleReport } = await import('../support/fixtures');
    // 18 and 19 paragraphs end the body at the foot of page 2: without the rule LibreOffice put
    // the signature block alone on page 3 (measured before the fix).
    for (const count of [18, 19]) {
      const report = sampleReport();
      report.sections = [
        {
          title: 'Kết quả',
          blocks: Array.from({ length: count }, (_, i) => ({
            type: 'paragraph' as const,
            text: `Đoạn ${i + 1}. ${'Ủy ban nhân dân phường đã chỉ đạo các tổ dân phố triển khai đồng bộ các giải pháp. '.repeat(2)}`,
          })),
        },
      ];
      report.closing = [];
      const { bytes } = await exportReportDocx(report, new Date('2026-06-05T08:00:00'));
      const { pages } = renderDocx(bytes, `chu-ky-${count}`);
      const last = pages[pages.length - 1] ?? '';
      expect(last, `${count} paragraphs`).toContain('Nơi nhận');
      expect(last, `${count} paragraphs`).toContain(`Đoạn ${count}.`);
    }
  });
});

describe.skipIf(!available)('LibreOffice render of a phụ lục after a signature that ends its page', () => {
  // 30 and 50 paragraphs end the signature on the last line of a page: the section's closing paragraph
  // then spilled onto a page of its own, a blank page before the phụ lục (found for state, Công đoàn and
  // Mặt trận before the fix; issue 20).
  it.each([
    ['state', 30],
    ['trade-union', 50],
    ['front', 30],
  ] as const)('%s, %i paragraphs: no blank page', async (profile, count) => {
    const { sampleReport } = await import('../support/fixtures');
    const report = { ...sampleReport(), profile };
    report.sections = [
      {
        title: 'Kết quả',
        blocks: Array.from({ length: count }, (_, i) => ({
          type: 'paragraph' as const,
          text: `Đoạn ${i + 1}. ${'Ủy ban nhân dân phường đã chỉ đạo triển khai. '.repeat(1 + (i % 3))}`,
        })),
      },
    ];
    report.closing = [];
    report.appendices = [{ title: 'Số liệu kèm theo', blocks: [{ type: 'paragraph', text: 'Bảng số liệu chi tiết.' }] }];
    const { bytes } = await exportReportDocx(report, new Date('2026-06-05T08:00:00'));
    const { pages } = renderDocx(bytes, `phu-luc-${profile}-${count}`);
    const blank = pages.flatMap((page, i) => (page.replace(/\s+/g, '').replace(/^\d+$/, '') === '' ? [i + 1] : []));
    expect(blank).toEqual([]);
    expect(pages[pages.length - 1]).toContain('SỐ LIỆU KÈM THEO');
  });
});

describe.skipIf(!available)('LibreOffice render of Mục lục', () => {
  it('shows the Mục lục page with its entries, after the phụ lục', async () => {
    const { fullFeatureReport } = await import('../support/fixtures');
    const { bytes } = await exportReportDocx(fullFeatureReport(), new Date('2026-06-05T08:00:00'), { tableOfContents: true });
    const { pages } = renderDocx(bytes, 'muc-luc');
    const last = (pages.at(-1) ?? '').replace(/\s+/g, ' ');
    expect(last).toContain('MỤC LỤC');
    expect(last).toContain('KẾT QUẢ THỰC HIỆN');
    expect(last).toContain('1. Xây dựng chính quyền số');
  });
});

describe.skipIf(!available)('LibreOffice render of centred lines in the text', () => {
  it('sets a quyết định’s thẩm quyền line and its “QUYẾT ĐỊNH:” in the middle of the text, the căn cứ flush with the page', async () => {
    const { sampleReport } = await import('../support/fixtures');
    const base = sampleReport();
    const report = {
      ...base,
      header: { ...base.header, docType: 'Quyết định', symbol: 'QĐ-UBND', summary: 'Về việc thành lập Tổ công tác chuyển đổi số' },
      opening: [
        { type: 'paragraph' as const, runs: [{ text: 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG', bold: true }], align: 'center' as const },
        { type: 'paragraph' as const, text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;' },
        { type: 'paragraph' as const, runs: [{ text: 'QUYẾT ĐỊNH:', bold: true }], align: 'center' as const },
      ],
      sections: [],
      closing: [{ type: 'paragraph' as const, text: 'Điều 1. Thành lập Tổ công tác chuyển đổi số của phường.' }],
    };
    const { bytes } = await exportReportDocx(report, new Date('2026-06-05T08:00:00'));
    const lines = (renderDocx(bytes, 'centred-lines').pages[0] ?? '').split('\n');
    const line = (start: string) => lines.find((l) => l.trim().startsWith(start)) ?? '';
    const lead = (l: string) => l.length - l.trimStart().length;
    const middle = (l: string) => lead(l) + l.trim().length / 2;
    const authority = line('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG');
    const decide = line('QUYẾT ĐỊNH:');
    const basis = line('Căn cứ Luật');
    const title = lines.find((l) => l.trim() === 'QUYẾT ĐỊNH') ?? '';
    expect(authority).not.toBe('');
    expect(decide).not.toBe('');
    // "QUYẾT ĐỊNH:" on the middle of the tên loại above it (pdftotext lays capitals out a little
    // wider than they print, so a longer line is judged more loosely), both well in from the căn cứ's start.
    expect(Math.abs(middle(decide) - middle(title))).toBeLessThanOrEqual(2);
    expect(Math.abs(middle(authority) - middle(title))).toBeLessThanOrEqual(5);
    expect(lead(authority)).toBeGreaterThan(lead(basis) + 10);
    expect(lead(decide)).toBeGreaterThan(lead(basis) + 10);
  });
});

describe.skipIf(!available)('LibreOffice render of a report signed by several people', () => {
  it('prints a báo cáo liên tịch’s two signatures side by side, the leading body on the right, and Nơi nhận under them', async () => {
    const { jointSignature, sampleReport } = await import('../support/fixtures');
    const base = sampleReport();
    const report = {
      ...base,
      header: { ...base.header, docType: 'Báo cáo liên tịch', summary: 'Kết quả thực hiện quy chế dân chủ năm 2026' },
      signature: jointSignature(),
      recipients: ['Công đoàn ngành;', 'Lưu: VT.'],
    };
    const { bytes } = await exportReportDocx(report, new Date('2026-06-05T08:00:00'));
    const lines = renderDocx(bytes, 'cosigners').pages.join('\n').split('\n');
    const at = (text: string) => lines.findIndex((l) => l.includes(text));
    const names = lines[at('Lê Thị Bình')] ?? '';
    // Both names on one line: the Công đoàn's on the left, the director's on the right.
    expect(names).toContain('Nguyễn Văn An');
    expect(names.indexOf('Lê Thị Bình')).toBeLessThan(names.indexOf('Nguyễn Văn An'));
    expect(lines[at('TM. BAN CHẤP HÀNH')]).toContain('GIÁM ĐỐC');
    // Nơi nhận after the signatures, at the left margin.
    expect(at('Nơi nhận:')).toBeGreaterThan(at('Lê Thị Bình'));
    expect(lines[at('- Lưu: VT.')]!.trimStart().startsWith('- Lưu')).toBe(true);
  });
});
