/** Test fixtures: the sample report files and small builders for variants of them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportFile } from '#shared/report-format/schema';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES_DIR, name), 'utf8');
}

/** A fresh copy of the state-profile sample report, safe to modify. */
export function sampleReport(): ReportFile {
  return JSON.parse(fixtureText('so-ket-phuong.report.json')) as ReportFile;
}

/** A báo cáo liên tịch's signers: the agency's head signs, the chair of its Công đoàn beside him. */
export function jointSignature(): ReportFile['signature'] {
  return {
    authority: '',
    onBehalfOf: '',
    position: 'GIÁM ĐỐC',
    name: 'Nguyễn Văn An',
    cosigners: [{ authority: 'TM.', onBehalfOf: 'BAN CHẤP HÀNH CÔNG ĐOÀN', position: 'CHỦ TỊCH', name: 'Lê Thị Bình' }],
  };
}

/** The same report laid out for a Party committee (HD 05). */
export function samplePartyReport(): ReportFile {
  const report = sampleReport();
  return {
    ...report,
    profile: 'party',
    header: {
      ...report.header,
      parentBody: 'ĐẢNG BỘ TỈNH QUẢNG NGÃI',
      issuingBody: 'ĐẢNG ỦY PHƯỜNG TRƯƠNG QUANG TRỌNG',
      symbol: 'BC/ĐU',
      summary: 'sơ kết 6 tháng đầu năm 2026 thực hiện Nghị quyết số 12-NQ/ĐU về chuyển đổi số',
    },
    signature: { authority: 'TM.', onBehalfOf: 'BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Trần Thị Bình' },
    recipients: ['Ban Thường vụ Tỉnh ủy (b/c);', 'Các chi bộ trực thuộc;', 'Lưu Văn phòng Đảng ủy.'],
  };
}

/** A report long enough to fill `pages` A4 pages or more. */
export function longReport(paragraphs: number): ReportFile {
  const report = sampleReport();
  const sentence =
    'Ủy ban nhân dân phường đã chỉ đạo các tổ dân phố triển khai đồng bộ các giải pháp, bảo đảm tiến độ và chất lượng; kết quả được Nhân dân đồng tình, ủng hộ. ';
  return {
    ...report,
    sections: [
      ...report.sections,
      {
        role: 'other',
        title: 'Nội dung bổ sung để kiểm tra nhiều trang',
        blocks: Array.from({ length: paragraphs }, (_, i) => ({ type: 'paragraph' as const, text: `Đoạn ${i + 1}. ${sentence.repeat(3)}` })),
      },
    ],
  };
}

/** The sample with everything the layout can hold: Kính gửi, Phần level, a wide table, two phụ lục. */
export function fullFeatureReport(): ReportFile {
  const report = sampleReport();
  return {
    ...report,
    outline: 'parts',
    header: { ...report.header, addressees: ['Ủy ban nhân dân tỉnh Quảng Ngãi', 'Sở Nội vụ tỉnh Quảng Ngãi'] },
    sections: [
      { role: 'other', title: 'Kết quả thực hiện', children: report.sections.slice(0, 3) },
      {
        role: 'other',
        title: 'Phương hướng, nhiệm vụ',
        children: [
          ...report.sections.slice(3),
          {
            role: 'other',
            title: 'Chỉ tiêu chi tiết',
            blocks: [
              {
                type: 'table',
                caption: 'Bảng 2. Chỉ tiêu theo tổ dân phố',
                header: ['Chỉ tiêu', 'Tổ 1', 'Tổ 2', 'Tổ 3', 'Tổ 4', 'Tổ 5', 'Tổ 6', 'Tổng'],
                rows: [['Hộ dùng thanh toán số', '45', '52', '38', '61', '47', '69', '312']],
              },
              { type: 'paragraph', text: 'Các tổ dân phố tiếp tục rà soát, cập nhật số liệu hằng tháng.' },
            ],
          },
        ],
      },
    ],
    appendices: [
      {
        title: 'Danh sách mô hình tiêu biểu',
        blocks: [
          {
            type: 'bullets',
            items: [
              'Mô hình chợ 4.0',
              { runs: [{ text: 'Chợ Nghĩa Lộ:', bold: true }, { text: ' thanh toán ' }, { text: 'không dùng tiền mặt', italic: true }], level: 2 },
              { runs: [{ text: 'Mô hình ' }, { text: 'tổ dân phố số', underline: true }] },
            ],
          },
        ],
      },
      { title: 'Số liệu chi tiết', blocks: [{ type: 'table', header: ['Chỉ tiêu', 'Số lượng'], rows: [['Hồ sơ trực tuyến', '1.874']] }] },
    ],
  };
}
