import { describe, expect, it } from 'vitest';
import { foldVietnamese, slugify } from '#shared/text/fold';

// Every Vietnamese vowel with every tone, both cases, and đ/Đ.
const VOWELS: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
};

describe('foldVietnamese', () => {
  it.each(Object.entries(VOWELS))('folds every form of %s, lower and upper case', (base, forms) => {
    for (const ch of forms) {
      expect(foldVietnamese(ch)).toBe(base);
      expect(foldVietnamese(ch.toLocaleUpperCase('vi-VN'))).toBe(base.toUpperCase());
    }
  });

  it('folds đ and Đ, which NFD alone leaves untouched', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(foldVietnamese('Đoàn đội')).toBe('Doan doi');
  });

  it('folds NFD input the same as NFC', () => {
    expect(foldVietnamese('Hướng dẫn'.normalize('NFD'))).toBe('Huong dan');
  });
});

describe('slugify', () => {
  it('makes lower-case ASCII words joined by hyphens', () => {
    expect(slugify('Sơ kết 6 tháng đầu năm 2026')).toBe('so-ket-6-thang-dau-nam-2026');
  });

  it('leaves nothing Windows forbids in a file name', () => {
    expect(slugify('a\\b/c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
  });
});
