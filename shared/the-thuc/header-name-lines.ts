/**
 * A cơ quan name too long for its column is broken where a văn thư breaks it: before the level
 * and place ("ỦY BAN NHÂN DÂN" / "XÃ TAM THÀNH", "LIÊN ĐOÀN LAO ĐỘNG" / "HUYỆN BẮC BÌNH",
 * "BAN CHẤP HÀNH ĐOÀN" / "XÃ …"), never inside the place's name: a place name a little wider
 * than the column widens the column instead, up to what the right column can spare. Measured
 * with the same width table as the checker (text-width.ts), so the exporter never writes a
 * line the checker calls wrapped. A line break typed by the clerk wins.
 */
import { LEVELS } from '../text/organization-names';
import { measureTextMm, type FontFace } from './text-width';

const LEVEL_WORDS = LEVELS.map((l) => l.toLocaleUpperCase('vi-VN').split(' '));

/** Word indexes where a level (XÃ, PHƯỜNG, TỈNH, THÀNH PHỐ …) begins, after the first word. */
function levelStarts(words: readonly string[]): number[] {
  const starts: number[] = [];
  for (let i = 1; i < words.length; i += 1) {
    const level = LEVEL_WORDS.filter((l) => l.every((w, k) => words[i + k] === w)).sort((a, b) => b.length - a.length)[0];
    if (!level) continue;
    starts.push(i);
    i += level.length - 1; // "THỊ XÃ" is one level: never break between its words
  }
  return starts;
}

/**
 * Lines of one typed line of a name: unbroken when it fits `preferredMm`; else broken before a
 * level; a piece that still does not fit may use up to `maxMm`; only past that is it filled
 * word by word to `preferredMm`.
 */
export function breakHeaderName(line: string, preferredMm: number, maxMm: number, sizePt: number, face: FontFace): string[] {
  const width = (text: string) => measureTextMm(text, sizePt, face);
  if (width(line) <= preferredMm) return [line];
  const words = line.split(' ');
  for (const at of levelStarts(words).reverse()) {
    const head = words.slice(0, at).join(' ');
    if (width(head) <= maxMm) return [head, ...breakHeaderName(words.slice(at).join(' '), preferredMm, maxMm, sizePt, face)];
  }
  if (width(line) <= maxMm) return [line];
  // No level to break before: fill the usual width word by word ("BAN CHỈ ĐẠO THỰC HIỆN" / "CHƯƠNG TRÌNH").
  let at = 1;
  while (at < words.length && width(words.slice(0, at + 1).join(' ')) <= preferredMm) at += 1;
  if (at >= words.length) return [line];
  return [words.slice(0, at).join(' '), ...breakHeaderName(words.slice(at).join(' '), preferredMm, maxMm, sizePt, face)];
}
