import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, dropForbiddenChars } from '#shared/text/sanitize';

describe('cleanText', () => {
  it('drops every control character XML 1.0 forbids, keeping tab and line feed', () => {
    const forbidden = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => c !== '\t' && c !== '\n' && c !== '\r');
    expect(dropForbiddenChars(`a${forbidden.join('')}b`)).toBe('ab');
    expect(cleanText('dòng 1\tcột\ndòng 2')).toBe('dòng 1\tcột\ndòng 2');
  });

  it('drops lone surrogates and U+FFFE/U+FFFF but keeps emoji', () => {
    expect(cleanText('a\uD800b\uDC00c\uFFFEd\uFFFF')).toBe('abcd');
    expect(cleanText('Chúc mừng 🎉')).toBe('Chúc mừng 🎉');
  });

  it('turns Windows and old Mac line breaks into one kind', () => {
    expect(cleanText('một\r\nhai\rba')).toBe('một\nhai\nba');
  });

  it('stores Vietnamese in NFC, so "ệ" typed as e + marks becomes one code point', () => {
    const nfd = 'Nghệ An'.normalize('NFD');
    expect(nfd.length).toBeGreaterThan('Nghệ An'.length);
    expect(cleanText(nfd)).toBe('Nghệ An');
    expect(cleanText(nfd).length).toBe(7);
  });
});

describe('cleanLine', () => {
  it('makes one trimmed line with single spaces', () => {
    expect(cleanLine('  ỦY BAN\nNHÂN   DÂN\t ')).toBe('ỦY BAN NHÂN DÂN');
  });
});
