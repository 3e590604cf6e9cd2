/**
 * The formatting of one recognised line: the runs of its paragraph that hold its text. A line laid
 * out with tabs beside another ("Số: 09/CT-UBND⇥Thủ Dầu Một, ngày 15 …") shares its paragraph with
 * it, and each is judged on its own runs — the date's italics are not the number's — and on its
 * letters: a colon set upright does not make "Nơi nhận:" upright.
 */
import type { CheckContext, Line } from './check-context';
import type { RunFormat } from '../word-file/run-format';
import { encodingOfFont, fromLegacyFont } from '#shared/text/legacy-encodings';

export interface LineFormat {
  /** The size most of its letters have, or null when no run says. */
  sizePt: number | null;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

const compact = (text: string) => text.replace(/\s+/g, '');

export function lineFormat(ctx: CheckContext, line: Line): LineFormat | null {
  if (!line.para) return null;
  const runs = ctx.fmt.runs(line.para.el);
  if (runs.length === 0) {
    const f = ctx.fmt.paragraphFormat(line.para.el);
    return { sizePt: f.sizePt, bold: f.bold, italic: f.italic, underline: f.underline };
  }
  // The runs covering the line's letters, found by its text without spaces (tabs and runs of spaces part columns).
  // The line's text is Unicode: a run in a .VnTime or VNI font is matched in its converted letters.
  const matched = runs.map((r) => {
    const font = r.format.hAnsi ?? r.format.ascii ?? '';
    const encoding = encodingOfFont(font);
    return compact(encoding ? fromLegacyFont(r.text, encoding, font).normalize('NFC') : r.text);
  });
  const owner: number[] = [];
  matched.forEach((text, i) => owner.push(...Array<number>(text.length).fill(i)));
  const whole = matched.join('');
  const piece = compact(line.line.source);
  const at = piece === '' ? -1 : whole.indexOf(piece);
  const mine = at < 0 ? runs.map((_, i) => i) : [...new Set(owner.slice(at, at + piece.length))];
  const chosen: { text: string; format: RunFormat }[] = mine.map((i) => runs[i]!);
  const letters = (r: { text: string }) => compact(r.text).length;
  const sizes = new Map<number, number>();
  for (const r of chosen) if (r.format.sizePt !== null) sizes.set(r.format.sizePt, (sizes.get(r.format.sizePt) ?? 0) + letters(r));
  const sizePt = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  // A colon or a space set otherwise does not make "Nơi nhận:" upright: the letters decide.
  const lettered = chosen.filter((r) => /\p{L}/u.test(r.text));
  const judged = lettered.length > 0 ? lettered : chosen;
  return {
    sizePt,
    bold: judged.every((r) => r.format.bold),
    italic: judged.every((r) => r.format.italic),
    underline: judged.every((r) => r.format.underline),
  };
}
