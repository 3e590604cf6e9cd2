import { describe, expect, it } from 'vitest';
import { blocksToFile, blockTexts } from '#shared/domain/report';
import { blocksFromPastedText } from '#shared/text/pasted-text';

/** What was pasted, in the file format's plainest form (how the expectations are written). */
const asFile = (result: ReturnType<typeof blocksFromPastedText>) => ({ ...result, blocks: blocksToFile(result.blocks) });
describe('pasted text', () => {
  it('makes one paragraph per paragraph and a list of dash lines', () => {
    const pasted = 'Đảng ủy đã lãnh đạo triển khai.\r\nKết quả đạt được:\n- Tuyên truyền sâu rộng;\n- Kiểm tra thường xuyên.\n\nĐoạn cuối.';
    expect(asFile(blocksFromPastedText(pasted))).toEqual({
      converted: null,
      blocks: [
        { type: 'paragraph', text: 'Đảng ủy đã lãnh đạo triển khai.' },
        { type: 'paragraph', text: 'Kết quả đạt được:' },
        { type: 'bullets', items: ['Tuyên truyền sâu rộng;', 'Kiểm tra thường xuyên.'] },
        { type: 'paragraph', text: 'Đoạn cuối.' },
      ],
    });
  });

  it('joins lines a PDF broke inside a sentence', () => {
    expect(asFile(blocksFromPastedText('Ủy ban nhân dân phường đã chỉ đạo\ncác tổ dân phố triển khai\nđồng bộ các giải pháp.')).blocks).toEqual([
      { type: 'paragraph', text: 'Ủy ban nhân dân phường đã chỉ đạo các tổ dân phố triển khai đồng bộ các giải pháp.' },
    ]);
  });

  it('keeps the lines of plain text from Zalo or an e-mail: a line without a full stop is not glued to the next', () => {
    const zalo = [
      'Kính gửi anh Hùng',
      'Em gửi tình hình tháng này của đoàn viên thanh niên xã, đoàn viên năng động nhạy bén',
      'Việc kiểm tra giám sát được duy trì thường xuyên',
      'Có gì anh góp ý giúp em ạ',
    ].join('\n');
    expect(blocksFromPastedText(zalo).blocks.map((b) => blockTexts(b).join(''))).toEqual([
      'Kính gửi anh Hùng',
      'Em gửi tình hình tháng này của đoàn viên thanh niên xã, đoàn viên năng động nhạy bén',
      'Việc kiểm tra giám sát được duy trì thường xuyên',
      'Có gì anh góp ý giúp em ạ',
    ]);
  });

  it('joins a PDF’s wrapped lines, even where a wrapped line starts with a capital (a name)', () => {
    // Copied from a PDF of a report: lines cut at the column width, paragraphs end with a full stop.
    const pdf = [
      'Trong 6 tháng đầu năm, Ban Thường vụ Đảng ủy đã tập trung lãnh đạo, chỉ đạo các chi bộ',
      'Đảng trực thuộc triển khai thực hiện có hiệu quả các nhiệm vụ chính trị của địa phương,',
      'nhất là công tác xây dựng Đảng và hệ thống chính trị; kết quả đạt được khá toàn diện.',
      'Công tác kiểm tra, giám sát được tăng cường; đã kiểm tra 12 tổ chức đảng và 25 đảng viên,',
      'qua đó kịp thời chấn chỉnh những hạn chế, thiếu sót.',
    ].join('\n');
    expect(asFile(blocksFromPastedText(pdf)).blocks).toEqual([
      {
        type: 'paragraph',
        text: 'Trong 6 tháng đầu năm, Ban Thường vụ Đảng ủy đã tập trung lãnh đạo, chỉ đạo các chi bộ Đảng trực thuộc triển khai thực hiện có hiệu quả các nhiệm vụ chính trị của địa phương, nhất là công tác xây dựng Đảng và hệ thống chính trị; kết quả đạt được khá toàn diện.',
      },
      {
        type: 'paragraph',
        text: 'Công tác kiểm tra, giám sát được tăng cường; đã kiểm tra 12 tổ chức đảng và 25 đảng viên, qua đó kịp thời chấn chỉnh những hạn chế, thiếu sót.',
      },
    ]);
  });

  it('converts old-font text and says which encoding it was', () => {
    expect(asFile(blocksFromPastedText('Céng hßa x· héi chñ nghÜa ViÖt Nam.'))).toEqual({
      converted: 'tcvn3',
      blocks: [{ type: 'paragraph', text: 'Cộng hòa xã hội chủ nghĩa Việt Nam.' }],
    });
    expect(asFile(blocksFromPastedText('Coäng hoøa xaõ hoäi.', 'vni'))).toEqual({
      converted: 'vni',
      blocks: [{ type: 'paragraph', text: 'Cộng hòa xã hội.' }],
    });
  });

  it('gives ư back where text copied from a PDF carries the letter oi (a Cục’s công văn of source D, as its PDF gives it)', () => {
    expect(asFile(blocksFromPastedText('Kính gửi: Sở Công Thƣơng tỉnh Lào Cai\n\nBỘ CÔNG THƢƠNG')).blocks).toEqual([
      { type: 'paragraph', text: 'Kính gửi: Sở Công Thương tỉnh Lào Cai' },
      { type: 'paragraph', text: 'BỘ CÔNG THƯƠNG' },
    ]);
  });

  it('drops control characters from pasted text', () => {
    expect(asFile(blocksFromPastedText('Văn\u0007 bản.')).blocks).toEqual([{ type: 'paragraph', text: 'Văn bản.' }]);
  });

  it('reads "+" lines under a dash line as second-level items, and a "+" with no dash above as a dash', () => {
    expect(asFile(blocksFromPastedText('- Tuyên truyền;\n+ Hội nghị;\n+ Tờ rơi;\n- Kiểm tra.')).blocks).toEqual([
      { type: 'bullets', items: ['Tuyên truyền;', { runs: [{ text: 'Hội nghị;' }], level: 2 }, { runs: [{ text: 'Tờ rơi;' }], level: 2 }, 'Kiểm tra.'] },
    ]);
    expect(asFile(blocksFromPastedText('+ Một ý.')).blocks).toEqual([{ type: 'bullets', items: ['Một ý.'] }]);
  });
});

describe('paragraphs pasted from a page or a Word file that start with a typed dash', () => {
  it('become list items, "+" under a dash the second level, their marks kept and the dash dropped', async () => {
    const { listsFromDashParagraphs } = await import('#shared/text/pasted-text');
    const blocks = listsFromDashParagraphs([
      { type: 'paragraph', runs: [{ text: 'Kết quả đạt được:' }] },
      { type: 'paragraph', runs: [{ text: '– ' }, { text: 'Thu ngân sách', bold: true }, { text: ' đạt 105% dự toán;' }] },
      { type: 'paragraph', runs: [{ text: '+ Thu nội địa tăng 8%;' }] },
      { type: 'paragraph', runs: [{ text: '- Giải ngân vốn đầu tư công đạt 92%.' }] },
      { type: 'paragraph', runs: [{ text: '2025 là năm về đích.' }] },
      { type: 'paragraph', runs: [{ text: '-5% là mức giảm.' }] },
    ]);
    expect(blocks).toEqual([
      { type: 'paragraph', runs: [{ text: 'Kết quả đạt được:' }] },
      {
        type: 'bullets',
        items: [
          { runs: [{ text: 'Thu ngân sách', bold: true }, { text: ' đạt 105% dự toán;' }], level: 1 },
          { runs: [{ text: 'Thu nội địa tăng 8%;' }], level: 2 },
          { runs: [{ text: 'Giải ngân vốn đầu tư công đạt 92%.' }], level: 1 },
        ],
      },
      { type: 'paragraph', runs: [{ text: '2025 là năm về đích.' }] },
      { type: 'paragraph', runs: [{ text: '-5% là mức giảm.' }] },
    ]);
  });
});
