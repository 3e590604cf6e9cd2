import { describe, expect, it } from 'vitest';
import { checkSpelling } from '#shared/text/spell-check';

const found = (text: string, options = {}) => checkSpelling(text, options).map((f) => `${f.line}:${f.column} ${f.word} → ${f.suggestion} (${f.kind})`);

describe('spell check', () => {
  it('catches what clerks get wrong, with the word they meant', () => {
    const text =
      'Công tác sử lý hồ sơ được chiển khai thẳn thắn.\nTăng cường hứơng dẫn, năgn lực; vieejt nam, vie6t5 nam.\nViệc sát nhập, tháo gở khó khăn, tránh dàn trãi; Buyện ủy; nắmtình hình.';
    expect(found(text)).toEqual([
      '1:10 sử lý → xử lý (wrong-word)',
      '1:27 chiển khai → triển khai (wrong-word)',
      '1:38 thẳn thắn → thẳng thắn (wrong-word)',
      '2:12 hứơng → hướng (tone-position)',
      '2:23 năgn → năng (not-a-word)',
      '2:33 vieejt → việt (typing-leftover)',
      '2:45 vie6t5 → việt (typing-leftover)',
      '3:6 sát nhập → sáp nhập (wrong-word)',
      '3:16 tháo gở → tháo gỡ (wrong-word)',
      '3:40 dàn trãi → dàn trải (wrong-word)',
      '3:50 Buyện → Huyện (not-a-word)',
      '3:60 nắmtình → nắm tình (glued)',
    ]);
  });

  it('catches wrong phrases of valid syllables met in a real Công đoàn report, but not across a comma', () => {
    const text =
      'Đoàn thể chính tri – xã hội; có kỷ năng, vai trò nồng cốt, luôn nhắc nhỡ, phương chân hành động, điển hình tiến tiến, theo quy đinh, giao ban háng tháng; doanh nghiệp nhỏ lẽ. Nhỏ, lẽ ra phải lớn.';
    expect(found(text).map((f) => f.replace(/^\d+:\d+ /, ''))).toEqual([
      'chính tri → chính trị (wrong-word)',
      'kỷ năng → kỹ năng (wrong-word)',
      'nồng cốt → nòng cốt (wrong-word)',
      'nhắc nhỡ → nhắc nhở (wrong-word)',
      'phương chân → phương châm (wrong-word)',
      'tiến tiến → tiên tiến (wrong-word)',
      'quy đinh → quy định (wrong-word)',
      'háng tháng → hằng tháng (wrong-word)',
      'nhỏ lẽ → nhỏ lẻ (wrong-word)',
    ]);
  });

  it('raises no alarm on correct official text, abbreviations, numbers, codes and foreign words', () => {
    const text =
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/BC-UBND, Kế hoạch số 45/KH-UBND ngày 20/01/2026 của UBND tỉnh, HĐND, LĐLĐ, CNVCLĐ.\n' +
      'Thực hiện Kết luận số 62-KL/TW, Ban Thường vụ Đảng ủy đã quán triệt, triển khai; tỷ lệ đạt 82,5%, tăng 1.523 hồ sơ; website, email, Zalo, Facebook được sử dụng. Khỏe mạnh, hòa hợp, thủy lợi, quyết tâm, khuyến khích, nghiêng, giữ gìn.';
    expect(found(text)).toEqual([]);
  });

  it('flags the other tone style only when a style is chosen, and never names inside a sentence', () => {
    expect(found('Hoà bình, thuỷ lợi.')).toEqual([]);
    expect(found('Hoà bình, thuỷ lợi. Ông Lê Văn Hoà.', { style: 'new' })).toEqual(['1:1 Hoà → Hòa (tone-style)', '1:11 thuỷ → thủy (tone-style)']);
  });

  it('never flags words in the personal dictionary', () => {
    expect(found('năgn', { personalDictionary: ['Năgn'] })).toEqual([]);
  });

  it('gives positions in NFC characters even for NFD input', () => {
    expect(found('Đây là hứơng'.normalize('NFD'))).toEqual(['1:8 hứơng → hướng (tone-position)']);
  });
});

describe('names from other languages', () => {
  it('are not flagged: Đắk Lắk, Krông Pắc, Xrê Pốk, Jrai', () => {
    expect(found('Tỉnh Đắk Lắk, huyện Krông Pắc, thôn Xrê Pốk, người Jrai.')).toEqual([]);
  });
});

describe('từ điển riêng with names of several words', () => {
  it('accepts the whole name wherever it stands, and only there', async () => {
    const { checkSpelling } = await import('#shared/text/spell-check');
    // A place whose name reads like a common slip ("thăm quan" for "tham quan").
    const text = 'Đoàn đến bến thuyền Thăm Quan; năgn lực cán bộ được nâng lên.';
    expect(checkSpelling(text).map((f) => f.word)).toEqual(['Thăm Quan', 'năgn']);
    expect(checkSpelling(text, { personalDictionary: ['Thăm Quan'] }).map((f) => f.word)).toEqual(['năgn']);
    // Part of a longer word is not the name.
    expect(checkSpelling('Thăm Quanh', { personalDictionary: ['Thăm Quan'] })).toEqual([]);
  });
});
