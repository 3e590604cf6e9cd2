/**
 * The plain editor's text ↔ blocks: what is typed must print back exactly (a textarea whose
 * value changes under the input method loses letters), and unchanged lines keep their marks.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blocksToPlain, plainToBlocks } from '#shared/editor-model/plain-text';
import { blockSchema } from '#shared/report-format/schema';
import { blocksToFile, textParagraph } from '#shared/domain/report';

describe('plain text of a part', () => {
  it('reads "- " and "+ " lines as dash items and the items under them', () => {
    // Written in the file's plainest form: every line is one block or item.
    expect(blocksToFile(plainToBlocks('Kết quả:\n- Tuyên truyền;\n+ Hội nghị;\n- Kiểm tra.\nĐoạn sau.'))).toEqual([
      { type: 'paragraph', text: 'Kết quả:' },
      { type: 'bullets', items: ['Tuyên truyền;', { runs: [{ text: 'Hội nghị;' }], level: 2 }, 'Kiểm tra.'] },
      { type: 'paragraph', text: 'Đoạn sau.' },
    ]);
  });

  it('prints back exactly what was typed, whatever it is, as valid blocks', () => {
    const line = fc.array(fc.constantFrom('-', '+', ' ', 'a', 'ệ', 'Đ', '.', '\t'), { maxLength: 8 }).map((c) => c.join(''));
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 8 }).map((lines) => lines.join('\n')),
        (text) => {
          const blocks = plainToBlocks(text);
          expect(blocksToPlain(blocks)).toBe(text);
          for (const block of blocks) expect(blockSchema.safeParse(block).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the marks of lines left unchanged, and drops them from a line that was edited', () => {
    const before = [
      { type: 'paragraph' as const, runs: [{ text: 'Kết quả ' }, { text: 'nổi bật', bold: true }] },
      { type: 'bullets' as const, items: [{ runs: [{ text: 'Hội nghị', italic: true }], level: 2 as const }] },
      { type: 'paragraph' as const, runs: [{ text: 'Sửa ' }, { text: 'tôi', underline: true }] },
    ];
    const text = blocksToPlain(before);
    expect(text).toBe('Kết quả nổi bật\n+ Hội nghị\nSửa tôi');
    expect(plainToBlocks(text.replace('Sửa tôi', 'Đã sửa'), before)).toEqual([before[0], before[1], textParagraph('Đã sửa')]);
    // A line moved keeps its marks too.
    expect(plainToBlocks('Thêm dòng\nKết quả nổi bật', before)).toEqual([textParagraph('Thêm dòng'), before[0]]);
    // …and a centred line its centring, while an edited one is the page's text again.
    const centred = [{ type: 'paragraph' as const, runs: [{ text: 'QUYẾT ĐỊNH:' }], align: 'center' as const }, textParagraph('Điều 1.')];
    expect(plainToBlocks('QUYẾT ĐỊNH:\nĐiều 1.', centred)).toEqual(centred);
    expect(plainToBlocks('QUYẾT ĐỊNH\nĐiều 1.', centred)).toEqual([textParagraph('QUYẾT ĐỊNH'), textParagraph('Điều 1.')]);
  });
});
