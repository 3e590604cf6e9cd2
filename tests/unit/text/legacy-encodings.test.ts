import { describe, expect, it } from 'vitest';
import { convertLegacy, encodingOfFont, tcvn3ToUnicode, vniToUnicode } from '#shared/text/legacy-encodings';

/** Every lower-case Vietnamese letter with a mark, and its TCVN3 byte (as the Latin-1 character a .VnTime file shows). */
const TCVN3_LOWER: Record<string, number> = {
  ă: 0xa8,
  â: 0xa9,
  ê: 0xaa,
  ô: 0xab,
  ơ: 0xac,
  ư: 0xad,
  đ: 0xae,
  à: 0xb5,
  ả: 0xb6,
  ã: 0xb7,
  á: 0xb8,
  ạ: 0xb9,
  ằ: 0xbb,
  ẳ: 0xbc,
  ẵ: 0xbd,
  ắ: 0xbe,
  ặ: 0xc6,
  ầ: 0xc7,
  ẩ: 0xc8,
  ẫ: 0xc9,
  ấ: 0xca,
  ậ: 0xcb,
  è: 0xcc,
  ẻ: 0xce,
  ẽ: 0xcf,
  é: 0xd0,
  ẹ: 0xd1,
  ề: 0xd2,
  ể: 0xd3,
  ễ: 0xd4,
  ế: 0xd5,
  ệ: 0xd6,
  ì: 0xd7,
  ỉ: 0xd8,
  ĩ: 0xdc,
  í: 0xdd,
  ị: 0xde,
  ò: 0xdf,
  ỏ: 0xe1,
  õ: 0xe2,
  ó: 0xe3,
  ọ: 0xe4,
  ồ: 0xe5,
  ổ: 0xe6,
  ỗ: 0xe7,
  ố: 0xe8,
  ộ: 0xe9,
  ờ: 0xea,
  ở: 0xeb,
  ỡ: 0xec,
  ớ: 0xed,
  ợ: 0xee,
  ù: 0xef,
  ủ: 0xf1,
  ũ: 0xf2,
  ú: 0xf3,
  ụ: 0xf4,
  ừ: 0xf5,
  ử: 0xf6,
  ữ: 0xf7,
  ứ: 0xf8,
  ự: 0xf9,
  ỳ: 0xfa,
  ỷ: 0xfb,
  ỹ: 0xfc,
  ý: 0xfd,
  ỵ: 0xfe,
};

describe('TCVN3 (.VnTime)', () => {
  it.each(Object.entries(TCVN3_LOWER))('byte of %s', (letter, byte) => {
    expect(tcvn3ToUnicode(String.fromCharCode(byte))).toBe(letter);
    // The capitals font shows the same byte as the capital letter.
    expect(tcvn3ToUnicode(String.fromCharCode(byte), { upper: true })).toBe(letter.toLocaleUpperCase('vi-VN'));
  });

  it('reads the capitals with their own bytes in a normal font (Ă Â Ê Ô Ơ Ư Đ)', () => {
    expect(tcvn3ToUnicode('\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7')).toBe('ĂÂÊÔƠƯĐ');
  });

  it('converts a real heading', () => {
    expect(tcvn3ToUnicode('Céng hßa x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(tcvn3ToUnicode('§éc lËp - Tù do - H¹nh phóc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(tcvn3ToUnicode('céng hßa', { upper: true })).toBe('CỘNG HÒA');
  });
});

/** Writes a letter the VNI-Windows way, independently of the decoder: base letter + mark bytes. */
function toVni(letter: string): string {
  const d = letter.normalize('NFD');
  const upper = letter !== letter.toLocaleLowerCase('vi-VN');
  const tone = { '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' }[d.match(/[\u0300\u0301\u0303\u0309\u0323]/)?.[0] ?? ''] ?? '';
  const base = d.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
  const cap = (s: string) => (upper ? s.toUpperCase() : s);
  const b = base.normalize('NFC').toLowerCase();
  const circumflexTone = { '': 'â', ù: 'á', ø: 'à', û: 'å', õ: 'ã', ï: 'ä' }[tone] as string;
  const breveTone = { '': 'ê', ù: 'é', ø: 'è', û: 'ú', õ: 'ü', ï: 'ë' }[tone] as string;
  if (b === 'â' || b === 'ê' || b === 'ô') return cap(b === 'â' ? 'a' : b === 'ê' ? 'e' : 'o') + cap(circumflexTone);
  if (b === 'ă') return cap('a') + cap(breveTone);
  if (b === 'ơ') return cap('ô') + cap(tone);
  if (b === 'ư') return cap('ö') + cap(tone);
  if (b === 'đ') return cap('ñ');
  if (b === 'i') return tone === '' ? cap('i') : cap({ ù: 'í', ø: 'ì', û: 'æ', õ: 'ó', ï: 'ò' }[tone] as string);
  if (b === 'y' && tone === 'ï') return cap('î');
  return cap(b) + cap(tone);
}

const VOWELS = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';

describe('VNI-Windows (VNI-Times)', () => {
  it.each([...VOWELS])('letter %s, lower and upper case', (letter) => {
    expect(vniToUnicode(toVni(letter))).toBe(letter);
    const upper = letter.toLocaleUpperCase('vi-VN');
    expect(vniToUnicode(toVni(upper))).toBe(upper);
  });

  it('converts real text', () => {
    expect(vniToUnicode('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(vniToUnicode('ÑAÛNG COÄNG SAÛN VIEÄT NAM')).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(vniToUnicode('höôùng daãn, ñöôøng, tröôøng')).toBe('hướng dẫn, đường, trường');
  });
});

describe('recognising the encoding', () => {
  it('by font name', () => {
    expect(encodingOfFont('.VnTime')).toBe('tcvn3');
    expect(encodingOfFont('.VnTimeH')).toBe('tcvn3');
    expect(encodingOfFont('VNI-Times')).toBe('vni');
    expect(encodingOfFont('Times New Roman')).toBeNull();
  });

  it('by the text itself, leaving Unicode alone', () => {
    expect(convertLegacy('Céng hßa x· héi chñ nghÜa ViÖt Nam', 'auto')).toEqual({ text: 'Cộng hòa xã hội chủ nghĩa Việt Nam', encoding: 'tcvn3' });
    expect(convertLegacy('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'auto')).toEqual({ text: 'Cộng hòa xã hội chủ nghĩa Việt Nam', encoding: 'vni' });
    expect(convertLegacy('Cộng hòa xã hội chủ nghĩa Việt Nam', 'auto').encoding).toBeNull();
    expect(convertLegacy('Café à la française', 'auto').encoding).toBeNull();
  });
});
