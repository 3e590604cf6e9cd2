/**
 * What a PDF's text layer gives may not be its letters: a PDF printed through a converter that
 * keeps no table from its fonts' glyphs to letters gives glyph numbers instead (Cyrillic-looking
 * letters, control characters, Mac symbols inside words), and some PDF makers give the letter
 * "ƣ" (Latin letter oi) for ư. Real lines as pdf.js reads them, from the files named.
 */
import { describe, expect, it } from 'vitest';
import { brokenLetterWords, repairPdfLetters } from '#shared/pdf-import/text-layer';

// Phiếu chuyển 466/PC-VPUBND of the Văn phòng UBND tỉnh Lào Cai, 12/5/2026, its signed copy
// (source D, tests/fixtures/pdf/phieu-chuyen-466-vp-ubnd-lao-cai-2026.pdf), as pdf.js reads it.
const GLYPH_NUMBERS = [
  'UBND 7ӌ1+ L¿O CAI',
  '9Ă1 PH“NG',
  '6ӕ\u001d 466 /PC-VPUBND',
  '&Ӝ1* HO¿ X√ +Ӝ, &+Ӫ 1*+Ƭ$ 9,ӊ7 NAM',
  'ĈӝF OұS - 7ӵ do - +ҥQK ph˙c',
  'L‡o Cai, ng‡y th·ng QăP 2026',
  'CÙng YăQ Vӕ 01/TTr-CT05 ng‡y 07/5/2026 FӫD CÙng ty &ә SKҫQ ÿҫX Wѭ ph·t WULӇQ Ĉ{ WKӏ v‡ Khu cÙng QJKLӋS',
  'KÌnh JӱL\u001d 6ӣ CÙng 7KѭѫQJ',
];

// Lines of real PDFs read right: a Party guidance printed by Word (tests/fixtures/pdf), and a
// fire-safety study of source D whose Russian source title is in Cyrillic, as it should be.
const READ_RIGHT = [
  '- Căn cứ Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương Đảng khoá XIII về thi hành Điều lệ Đảng;',
  'Chỉ xem xét kết nạp vào Đảng những người trên 60 tuổi khi có đủ điều kiện, tiêu chuẩn và được cấp ủy có thẩm quyền ra quyết định kết nạp.',
  'Методика определения расчетных величин пожарного риска (С.2.2), lưu lượng L/(s·m)',
  'Đồng chí Bí thư, Phó Bí thư Đảng ủy xã “chỉ đạo” việc sơ kết…',
];

describe('a PDF text layer whose letters are glyph numbers', () => {
  it('is told by its words: most hold a letter or sign no Vietnamese word has', () => {
    const found = brokenLetterWords(GLYPH_NUMBERS);
    expect(found.share).toBeGreaterThan(0.5);
    expect(found.examples.slice(0, 3)).toEqual(['7ӌ1+', 'L¿O', 'PH“NG']);
  });

  it('is not seen in a PDF read right, Cyrillic, a middle dot, quotes and an ellipsis included', () => {
    expect(brokenLetterWords(READ_RIGHT).share).toBeLessThan(0.02);
  });
});

describe('the letter ư a PDF gives as “ƣ”', () => {
  it('is ư again (Vietnamese has no letter oi): a Cục’s công văn as its PDF gives it (source D)', () => {
    // Công văn 1178/ĐCK-CTT of the Bộ Công Thương's Cục ĐCK to the Sở Công Thương Lào Cai, as pdf.js reads it.
    expect(repairPdfLetters('BỘ CÔNG THƢƠNG')).toBe('BỘ CÔNG THƯƠNG');
    expect(repairPdfLetters('V/v hƣớng dẫn về công tác quản lý, phát triển cụm công nghiệp theo địa giới hành chính mới')).toBe(
      'V/v hướng dẫn về công tác quản lý, phát triển cụm công nghiệp theo địa giới hành chính mới',
    );
    expect(repairPdfLetters('Kính gửi: Sở Công Thƣơng tỉnh Lào Cai')).toBe('Kính gửi: Sở Công Thương tỉnh Lào Cai');
  });
});
