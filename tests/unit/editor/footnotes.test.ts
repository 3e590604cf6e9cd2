// Footnotes (chú thích cuối trang) pass through every form a paragraph takes: the editor's
// document, the report file, the plain editor — never dropped, never moved.
import { describe, expect, it } from 'vitest';
import { blocksToDoc, docToBlocks, type TextBlock } from '#shared/editor-model/doc-blocks';
import { blocksToPlain, plainToBlocks } from '#shared/editor-model/plain-text';
import { blockToFile, blockFromFile } from '#shared/domain/report';

const note = 'Trước sáp nhập tỉnh: HĐND tỉnh đã thông qua 08 nghị quyết, UBND tỉnh đã ban hành 40 quyết định.';
const withNote: TextBlock[] = [
  {
    type: 'paragraph',
    runs: [{ text: 'Hoàn thành các chỉ tiêu', footnote: note }, { text: ' đề ra; ' }, { text: 'vượt kế hoạch', bold: true, footnote: 'Số liệu đến 30/11.' }],
  },
  { type: 'bullets', items: [{ runs: [{ text: '', footnote: 'Chú thích đứng đầu dòng.' }, { text: 'Tiếp tục rà soát.' }], level: 1 }] },
];

describe('footnotes', () => {
  it('go into the editor’s document as their own inline node after the text they follow, and come back the same', () => {
    const doc = blocksToDoc(withNote);
    const first = doc.content?.[0]?.content ?? [];
    expect(first.map((n) => n.type)).toEqual(['text', 'footnote', 'text', 'text', 'footnote']);
    expect(first[1]?.attrs).toEqual({ text: note });
    expect(docToBlocks(doc)).toEqual(withNote);
  });

  it('a run followed by a footnote is not joined to the text after it', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a' },
            { type: 'footnote', attrs: { text: 'n' } },
            { type: 'text', text: 'b' },
          ],
        },
      ],
    };
    expect(docToBlocks(doc)).toEqual([{ type: 'paragraph', runs: [{ text: 'a', footnote: 'n' }, { text: 'b' }] }]);
  });

  it('are kept in the report file (a paragraph with one is not flattened to plain text)', () => {
    const block = withNote[0]!;
    expect(blockFromFile(blockToFile(block))).toEqual(block);
    const plainButNoted: TextBlock = { type: 'paragraph', runs: [{ text: 'Kết quả', footnote: 'x' }] };
    expect(blockToFile(plainButNoted)).toEqual({ type: 'paragraph', runs: [{ text: 'Kết quả', footnote: 'x' }] });
  });

  it('stay on a line the plain editor did not change', () => {
    const plain = blocksToPlain(withNote);
    expect(plainToBlocks(plain, withNote)).toEqual(withNote);
  });
});
