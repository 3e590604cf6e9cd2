import { describe, expect, it } from 'vitest';
import { quoteStates } from '#shared/word-import/recognisers/quoted-passage';

describe('a passage quoted over several paragraphs', () => {
  const amending = [
    '24. Bổ sung Chương VIIa vào sau Chương VII như sau:',
    '“Chương VIIa',
    'Điều 85a. Chính sách chung',
    '1. Đất hiếm là khoáng sản chiến lược.”.',
    'Điều 2. Hiệu lực thi hành',
  ];

  it('is read from its opening mark to the line that closes it, by both readings', () => {
    for (const reading of ['strict', 'lenient'] as const) expect(quoteStates(amending, reading)).toEqual(['none', 'closed', 'closed', 'closed', 'none']);
  });

  it('left open, ends before the document’s next instruction', () => {
    const open = [
      '1. Sửa đổi Điều 12 như sau:',
      '“Điều 12. Xác định vị trí đất',
      '1. Vị trí 1 áp dụng cho thửa đất mặt tiền.',
      '2. Sửa đổi, bổ sung Điều 13 như sau:',
    ];
    expect(quoteStates(open, 'lenient')).toEqual(['none', 'unclosed', 'unclosed', 'none']);
  });

  it('in a báo cáo, a quote left open and a word quoted lines later make no passage for the outline (Báo cáo UBND tỉnh Lào Cai về khoáng sản, 2025)', () => {
    const report = [
      'Theo quy định tại khoản 2 Điều 12:',
      '“c) Khu vực khoáng sản đá vôi, sét làm nguyên liệu sản xuất xi măng đã xác định',
      'II. TÌNH HÌNH HOẠT ĐỘNG KHOÁNG SẢN',
      '- Sớm điều chỉnh, hướng dẫn giải quyết vướng mắc (sự chậm trễ “gây khó khăn”) trong xử lý vi phạm.',
    ];
    expect(quoteStates(report, 'strict')).toEqual(['none', 'unclosed', 'unclosed', 'unclosed']);
    // Counting numbers, the lenient reading takes it as closed there.
    expect(quoteStates(report, 'lenient')).toEqual(['none', 'closed', 'closed', 'closed']);
  });

  it('opens, for the outline, only under a line that introduces it', () => {
    expect(quoteStates(['Kết quả đạt được', '“Tháng thanh niên năm 2026', 'đã thu hút 1.200 đoàn viên.”'], 'strict')).toEqual(['none', 'none', 'none']);
    expect(
      quoteStates(['Điều 2. Bổ sung khoản 3a vào sau khoản 3 Điều 4', '“3a. Bổ sung Điều 28a như sau:', 'Điều 28a. Trình tự chấp thuận.”.'], 'strict'),
    ).toEqual(['none', 'closed', 'closed']);
  });
});
