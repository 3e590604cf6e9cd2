/** A PDF's positioned text laid out as a Word file reads: the header's two columns, paragraphs re-joined, ruled tables, page furniture. */
import { describe, expect, it } from 'vitest';
import { pdfToWordSource } from '#shared/pdf-import/pdf-layout';
import type { PdfPage, PdfRun } from '#shared/pdf-import/page-lines';

const SIZE = 13;
/** A line of text at a baseline: its pieces at their x (Times at 13 pt is about 6 pt a letter). */
const at = (x: number, y: number, text: string, style: Partial<PdfRun> = {}): PdfRun => ({
  text,
  x,
  y,
  width: text.length * 6,
  size: SIZE,
  bold: false,
  italic: false,
  ...style,
});
const bold = { bold: true };
const page = (runs: PdfRun[], rules: PdfPage['rules'] = []): PdfPage => ({ width: 595, height: 842, runs, rules });
const texts = (pages: PdfPage[]) =>
  pdfToWordSource(pages).items.map((item) =>
    item.kind === 'paragraph' ? item.text : item.rows.map((row) => row.map((cell) => cell.map((p) => p.text).join(' / '))),
  );

/** A justified body: lines from the left margin (85) to the right one (about 510). */
const LEFT = 85;
const full = (y: number, text: string) => ({ ...at(LEFT, y, text), width: 425 });

describe('a PDF page laid out as Word lays it out', () => {
  const header = [
    at(100, 800, 'UBND TỈNH QUẢNG NGÃI', bold),
    at(300, 800, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold),
    at(110, 785, 'ỦY BAN NHÂN DÂN XÃ BA TƠ', bold),
    at(330, 785, 'Độc lập - Tự do - Hạnh phúc', bold),
    at(120, 765, 'Số: 15/BC-UBND'),
    at(320, 765, 'Ba Tơ, ngày 05 tháng 6 năm 2026', { italic: true }),
    at(270, 730, 'BÁO CÁO', bold),
  ];

  it('reads the header’s two columns as a two-cell table and the tên loại in the middle apart', () => {
    const source = pdfToWordSource([page([...header, full(700, 'Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh, UBND xã báo cáo')])]);
    expect(source.items[0]).toEqual({
      kind: 'table',
      rows: [
        [
          [
            expect.objectContaining({ text: 'UBND TỈNH QUẢNG NGÃI', runs: [{ text: 'UBND TỈNH QUẢNG NGÃI', bold: true }] }),
            expect.objectContaining({ text: 'ỦY BAN NHÂN DÂN XÃ BA TƠ' }),
            expect.objectContaining({ text: 'Số: 15/BC-UBND' }),
          ],
          [
            expect.objectContaining({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }),
            expect.objectContaining({ text: 'Độc lập - Tự do - Hạnh phúc' }),
            expect.objectContaining({ text: 'Ba Tơ, ngày 05 tháng 6 năm 2026', runs: [{ text: 'Ba Tơ, ngày 05 tháng 6 năm 2026', italic: true }] }),
          ],
        ],
      ],
    });
    expect(source.items[1]).toMatchObject({ kind: 'paragraph', text: 'BÁO CÁO', align: 'center' });
  });

  it('reads a draft’s header, its số and ngày left blank for the văn thư, and a V/v over four lines in its column (the last in capitals)', () => {
    // As LibreOffice prints a Sở's draft (the V/v in 13 pt is narrower than 6 pt a letter): the blanks leave gaps inside each column's line.
    const draft = [
      at(113, 800, 'UBND TỈNH LÀO CAI', bold),
      at(275, 800, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold),
      at(116, 785, 'SỞ CÔNG THƯƠNG', bold),
      at(325, 785, 'Độc lập - Tự do - Hạnh phúc', bold),
      at(124, 765, 'Số:'),
      at(175, 765, '/SCT-CN'),
      at(307, 765, 'Lào Cai, ngày', { italic: true }),
      at(411, 765, 'tháng 3 năm 2026', { italic: true }),
      at(102, 750, 'V/v tham gia ý kiến về phương', { width: 150 }),
      at(102, 736, 'án nổ mìn và hồ sơ đảm bảo an', { width: 150 }),
      at(102, 722, 'toàn giao thông trên Quốc lộ 279', { width: 150 }),
      at(102, 708, 'KTAT VLNCN', { width: 60 }),
      at(200, 690, 'Kính gửi: Sở Xây dựng tỉnh Lào Cai'),
      full(660, 'Sở Công Thương nhận được Văn bản số 09/3/2026 của Công ty TNHH MTV Duy Hiếu về việc hoàn thiện'),
      full(645, 'chỉnh sửa, bổ sung Phương án nổ mìn phục vụ thi công khai thác mỏ đá làm vật liệu xây dựng'),
    ];
    expect(texts([page(draft)])[0]).toEqual([
      [
        'UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG / Số: /SCT-CN / V/v tham gia ý kiến về phương án nổ mìn và hồ sơ đảm bảo an toàn giao thông trên Quốc lộ 279 KTAT VLNCN',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc / Lào Cai, ngày tháng 3 năm 2026',
      ],
    ]);
  });

  it('joins a title broken after a hyphen inside a word ("2020-" / "2024") with no space', () => {
    const lines = [
      at(270, 730, 'QUYẾT ĐỊNH', bold),
      { ...at(80, 712, 'SỬA ĐỔI MỘT SỐ ĐIỀU CỦA QUY ĐỊNH BẢNG GIÁ ĐẤT ÁP DỤNG TỪ NĂM 2020-', bold), width: 440 },
      { ...at(80, 697, '2024 BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 37/2019/QĐ-', bold), width: 440 },
      at(150, 682, 'UBND NGÀY 20 THÁNG 12 NĂM 2019', bold),
      full(650, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi'),
      full(635, 'bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương;'),
    ];
    expect(texts([page(lines)])).toContain(
      'SỬA ĐỔI MỘT SỐ ĐIỀU CỦA QUY ĐỊNH BẢNG GIÁ ĐẤT ÁP DỤNG TỪ NĂM 2020-2024 BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 37/2019/QĐ-UBND NGÀY 20 THÁNG 12 NĂM 2019',
    );
  });

  it('joins a paragraph’s lines, across a page’s foot too, and drops the page numbers', () => {
    const first = page([
      ...header,
      full(700, 'Năm 2026, UBND xã tập trung chỉ đạo cải cách hành chính, chuyển đổi số và giải quyết hồ sơ'),
      full(685, 'đúng hạn cho người dân, doanh nghiệp trên địa bàn; kết quả cụ thể'),
      at(LEFT, 670, 'như sau:'),
      full(640, '1. Công tác chỉ đạo, điều hành được triển khai kịp thời, đồng bộ trên toàn địa bàn xã'),
      at(290, 40, '1'),
    ]);
    const second = page([at(290, 805, '2'), at(LEFT, 780, 'và các thôn.'), at(LEFT, 750, '2. Kết quả cụ thể')]);
    const body = texts([first, second]).slice(2);
    expect(body).toEqual([
      'Năm 2026, UBND xã tập trung chỉ đạo cải cách hành chính, chuyển đổi số và giải quyết hồ sơ đúng hạn cho người dân, doanh nghiệp trên địa bàn; kết quả cụ thể như sau:',
      '1. Công tác chỉ đạo, điều hành được triển khai kịp thời, đồng bộ trên toàn địa bàn xã và các thôn.',
      '2. Kết quả cụ thể',
    ]);
  });

  it('puts a page’s footnote on the word its raised number follows, the note’s lines joined', () => {
    const first = page([
      at(LEFT, 700, 'Tổng số hồ sơ tiếp nhận trong kỳ là'),
      { ...at(LEFT + 211, 705, '1'), size: 8 },
      { ...at(LEFT + 221, 700, '2.766 hồ sơ, tăng so với cùng kỳ năm trước, trong đó'), width: 204 },
      full(685, 'hồ sơ trực tuyến chiếm tỷ lệ cao nhất từ trước đến nay trên địa bàn xã, phường'),
      { ...at(LEFT, 65, '1'), size: 6.5 },
      { ...at(LEFT + 5, 60, 'Kể cả hồ sơ liên thông với cấp tỉnh,'), size: 10 },
      { ...at(LEFT, 48, 'hồ sơ trực tuyến toàn trình.'), size: 10 },
    ]);
    const second = page([at(LEFT, 780, 'trong tỉnh.'), at(LEFT, 750, 'Đoạn sau.')]);
    expect(pdfToWordSource([first, second]).items.map((item) => (item.kind === 'paragraph' ? item.runs : item))).toEqual([
      [
        { text: 'Tổng số hồ sơ tiếp nhận trong kỳ là', footnote: 'Kể cả hồ sơ liên thông với cấp tỉnh, hồ sơ trực tuyến toàn trình.' },
        {
          text: ' 2.766 hồ sơ, tăng so với cùng kỳ năm trước, trong đó hồ sơ trực tuyến chiếm tỷ lệ cao nhất từ trước đến nay trên địa bàn xã, phường trong tỉnh.',
        },
      ],
      [{ text: 'Đoạn sau.' }],
    ]);
  });

  it('reads small print with no number after the paragraph it interrupts, and a raised number with no note as its digits', () => {
    const first = page([
      full(700, 'Tổng số hồ sơ tiếp nhận trong kỳ là 2.766 hồ sơ, tăng so với cùng kỳ năm trước, trong đó hồ sơ'),
      { ...at(LEFT + 430, 705, '2'), size: 8 },
      full(685, 'trực tuyến chiếm tỷ lệ cao nhất từ trước đến nay trên địa bàn xã, phường'),
      { ...at(LEFT, 60, 'Ghi chú: số liệu đến ngày 15/6.'), size: 10 },
    ]);
    const second = page([at(LEFT, 780, 'trong tỉnh.'), at(LEFT, 750, 'Đoạn sau.')]);
    expect(texts([first, second])).toEqual([
      'Tổng số hồ sơ tiếp nhận trong kỳ là 2.766 hồ sơ, tăng so với cùng kỳ năm trước, trong đó hồ sơ2 trực tuyến chiếm tỷ lệ cao nhất từ trước đến nay trên địa bàn xã, phường trong tỉnh.',
      'Ghi chú: số liệu đến ngày 15/6.',
      'Đoạn sau.',
    ]);
  });

  it('reads a ruled table cell by cell, by its drawn borders, where it stands in the text', () => {
    const h = (y: number) => ({ x1: 85, y1: y, x2: 510, y2: y });
    const v = (x: number) => ({ x1: x, y1: 600, x2: x, y2: 660 });
    const table = page(
      [
        at(LEFT, 700, 'Kết quả như sau:'),
        at(90, 645, 'Chỉ tiêu', bold),
        at(300, 645, 'Kỳ trước', bold),
        at(420, 645, 'Kỳ này', bold),
        at(90, 625, 'Dân số'),
        at(300, 625, '11.873'),
        at(420, 625, '12.046'),
        at(90, 610, '(người)'),
        at(LEFT, 560, 'Đoạn sau bảng.'),
      ],
      [h(660), h(635), h(600), v(85), v(290), v(410), v(510)],
    );
    expect(texts([table])).toEqual([
      'Kết quả như sau:',
      [
        ['Chỉ tiêu', 'Kỳ trước', 'Kỳ này'],
        ['Dân số (người)', '11.873', '12.046'],
      ],
      'Đoạn sau bảng.',
    ]);
  });

  it('joins a centered title over two lines, but not the rule drawn under it', () => {
    const title = page([
      at(270, 730, 'BÁO CÁO', bold),
      { ...at(100, 712, 'Kết quả công tác quý II năm 2026; phương hướng, nhiệm vụ quý III', bold), width: 400 },
      at(275, 697, 'năm 2026', bold),
      at(285, 685, '________'),
      full(650, 'Thực hiện chỉ đạo của UBND tỉnh, UBND xã báo cáo kết quả như sau nay đến cuối'),
      at(LEFT, 635, 'tháng.'),
    ]);
    expect(texts([title])).toEqual([
      'BÁO CÁO',
      'Kết quả công tác quý II năm 2026; phương hướng, nhiệm vụ quý III năm 2026',
      '________',
      'Thực hiện chỉ đạo của UBND tỉnh, UBND xã báo cáo kết quả như sau nay đến cuối tháng.',
    ]);
  });

  it('keeps a space the PDF writes between words even where a tight line makes it narrow', () => {
    // Word LTSC's PDF of a company's phương án nổ mìn (source D): a justified line in 14 pt whose
    // spaces are 1.8–2.7 pt wide, each written as its own " " — read as "Khaithácmỏ đálàm" before.
    const size = 14.04;
    const piece = (x: number, width: number, text: string): PdfRun => ({ ...at(x, 685.66, text), width, size });
    const tight = page([
      piece(94.1, 29.58, 'Khai'),
      piece(123.69, 2.57, ' '),
      piece(126.26, 25.78, 'thác'),
      piece(152.04, 2.66, ' '),
      piece(154.7, 33.54, 'mỏ đá'),
      piece(188.24, 1.77, ' '),
      piece(190.01, 22.6, 'làm'),
      piece(212.61, 2.48, ' '),
      piece(215.09, 18.84, 'vật'),
    ]);
    expect(texts([tight])).toEqual(['Khai thác mỏ đá làm vật']);
  });
});
