/**
 * The rich editor's document and the report's blocks must carry the same content both ways,
 * or an edit would silently change what another part of the report holds.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blocksToDoc, docToBlocks, type DocNode, type TextBlock } from '#shared/editor-model/doc-blocks';
import { segmentsOf } from '#shared/editor-model/segments';
import { blockSchema } from '#shared/report-format/schema';
import { blockFromFile, blockTexts, blockToFile, textParagraph } from '#shared/domain/report';

const text = (t: string) => ({ type: 'text', text: t });
/** A "-" item (level 1) and a "+" item (level 2) of plain text. */
const dash = (t: string) => ({ runs: [{ text: t }], level: 1 as const });
const plus = (t: string) => ({ runs: [{ text: t }], level: 2 as const });
const bold = (t: string) => ({ type: 'text', text: t, marks: [{ type: 'bold' }] });

describe('blocks → editor document', () => {
  it('writes paragraphs with their marks and an empty part as one empty paragraph', () => {
    expect(blocksToDoc([])).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(blocksToDoc([{ type: 'paragraph', runs: [{ text: 'Kết quả ', bold: true }, { text: 'tốt' }] }])).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [bold('Kết quả '), text('tốt')] }],
    });
  });

  it('nests "+" items under the "-" item before them', () => {
    const doc = blocksToDoc([{ type: 'bullets', items: [dash('Tuyên truyền'), plus('Hội nghị'), plus('Tờ rơi'), dash('Kiểm tra')] }]);
    const list = doc.content![0]!;
    expect(list.type).toBe('bulletList');
    expect(list.content).toHaveLength(2);
    expect(list.content![0]!.content![1]).toEqual({
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [text('Hội nghị')] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [text('Tờ rơi')] }] },
      ],
    });
  });

  it('hangs a "+" item with no "-" before it under an empty "-" item, which prints nothing', () => {
    const doc = blocksToDoc([{ type: 'bullets', items: [{ runs: [{ text: 'mồ côi' }], level: 2 }] }]);
    expect(docToBlocks(doc)).toEqual([{ type: 'bullets', items: [dash(''), plus('mồ côi')] }]);
  });
});

describe('editor document → blocks', () => {
  it('merges neighbouring text with the same marks; every paragraph has runs', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [text('Công '), text('tác')] },
        { type: 'paragraph', content: [text('A '), bold('B'), bold('C')] },
      ],
    };
    expect(docToBlocks(doc)).toEqual([textParagraph('Công tác'), { type: 'paragraph', runs: [{ text: 'A ' }, { text: 'BC', bold: true }] }]);
  });

  it('keeps deeper nesting as "+" (the report has two levels) and joins two lists in a row', () => {
    const item = (t: string, nested?: DocNode): DocNode => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [text(t)] }, ...(nested ? [nested] : [])],
    });
    const deep = { type: 'bulletList', content: [item('a', { type: 'bulletList', content: [item('b', { type: 'bulletList', content: [item('c')] })] })] };
    const doc: DocNode = { type: 'doc', content: [deep, { type: 'bulletList', content: [item('d')] }] };
    expect(docToBlocks(doc)).toEqual([{ type: 'bullets', items: [dash('a'), plus('b'), plus('c'), dash('d')] }]);
  });

  it('drops marks the report cannot carry (a link, a code mark) but keeps the text', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link' }, { type: 'italic' }] }] }] };
    expect(docToBlocks(doc)).toEqual([{ type: 'paragraph', runs: [{ text: 'x', italic: true }] }]);
  });
});

describe('round trip', () => {
  const run = fc.record({
    text: fc.string({ minLength: 1, maxLength: 8 }),
    bold: fc.option(fc.constant(true), { nil: undefined }),
    italic: fc.option(fc.constant(true), { nil: undefined }),
    underline: fc.option(fc.constant(true), { nil: undefined }),
  });
  const canonicalRuns = (runs: { text: string; bold?: true; italic?: true; underline?: true }[]) => {
    const doc = blocksToDoc([
      { type: 'paragraph', runs: runs.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as typeof r) },
    ]);
    return docToBlocks(doc);
  };

  it('document → blocks → document → blocks is stable, and every block is valid in the file format', () => {
    const paragraph = fc
      .tuple(fc.array(run, { minLength: 1, maxLength: 4 }), fc.boolean())
      .map(([runs, centred]) => ({ ...canonicalRuns(runs)[0]!, ...(centred ? { align: 'center' as const } : {}) }));
    const item = fc.tuple(fc.array(run, { minLength: 1, maxLength: 3 }), fc.constantFrom(1 as const, 2 as const)).map(([runs, level]) => {
      const p = canonicalRuns(runs)[0]!;
      return { runs: p.type === 'paragraph' ? p.runs : [], level };
    });
    const bullets = fc
      .array(item, { minLength: 1, maxLength: 5 })
      .map((items) => ({ type: 'bullets' as const, items: items[0]?.level === 2 ? [dash(''), ...items] : items }));
    fc.assert(
      fc.property(fc.array(fc.oneof(paragraph, bullets), { minLength: 1, maxLength: 6 }), (blocks) => {
        const once = docToBlocks(blocksToDoc(blocks as TextBlock[]));
        const twice = docToBlocks(blocksToDoc(once));
        expect(twice).toEqual(once);
        for (const block of once) expect(blockSchema.safeParse(block).success).toBe(true);
        // The text is the same, in the same order.
        const all = (bs: readonly TextBlock[]) => bs.flatMap(blockTexts).join('');
        expect(all(once)).toBe(all(blocks as TextBlock[]));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the file boundary', () => {
  it('reads either form of the file into one shape, and writes the plainest form back', () => {
    expect(blockFromFile({ type: 'paragraph', text: 'Công tác' })).toEqual(textParagraph('Công tác'));
    expect(blockFromFile({ type: 'bullets', items: ['a', { runs: [{ text: 'b', bold: true }] }, { runs: [{ text: 'c' }], level: 2 }] })).toEqual({
      type: 'bullets',
      items: [dash('a'), { runs: [{ text: 'b', bold: true }], level: 1 }, plus('c')],
    });
    expect(blockToFile(textParagraph('Công tác'))).toEqual({ type: 'paragraph', text: 'Công tác' });
    expect(blockToFile({ type: 'paragraph', runs: [{ text: 'A', bold: true }] })).toEqual({ type: 'paragraph', runs: [{ text: 'A', bold: true }] });
    expect(blockToFile({ type: 'bullets', items: [dash('a'), plus('c')] })).toEqual({ type: 'bullets', items: ['a', { runs: [{ text: 'c' }], level: 2 }] });
    // A centred line stays centred, in either form.
    expect(blockToFile({ type: 'paragraph', runs: [{ text: 'QUYẾT ĐỊNH:' }], align: 'center' })).toEqual({
      type: 'paragraph',
      text: 'QUYẾT ĐỊNH:',
      align: 'center',
    });
    expect(blockFromFile({ type: 'paragraph', runs: [{ text: 'GIÁM ĐỐC', bold: true }], align: 'center' })).toEqual({
      type: 'paragraph',
      runs: [{ text: 'GIÁM ĐỐC', bold: true }],
      align: 'center',
    });
    expect(docToBlocks(blocksToDoc([{ type: 'paragraph', runs: [{ text: 'QUYẾT ĐỊNH:' }], align: 'center' }]))).toEqual([
      { type: 'paragraph', runs: [{ text: 'QUYẾT ĐỊNH:' }], align: 'center' },
    ]);
    // Reading what was written gives the same content back.
    const content = { type: 'bullets' as const, items: [dash('a'), { runs: [{ text: 'b', italic: true }], level: 1 as const }, plus('c')] };
    expect(blockFromFile(blockToFile(content))).toEqual(content);
  });
});

describe('editing areas of a part', () => {
  it('groups text between tables and always offers a place to write before and after them', () => {
    const table = { type: 'table' as const, header: ['A'], rows: [] };
    const p = textParagraph('x');
    expect(segmentsOf([]).map((s) => s.kind)).toEqual(['text']);
    expect(segmentsOf([p, p, table, p]).map((s) => (s.kind === 'text' ? `text ${s.start}-${s.end}` : `table ${s.index}`))).toEqual([
      'text 0-2',
      'table 2',
      'text 3-4',
    ]);
    expect(segmentsOf([table, table]).map((s) => (s.kind === 'text' ? `text ${s.start}-${s.end}` : `table ${s.index}`))).toEqual([
      'text 0-0',
      'table 0',
      'table 1',
      'text 2-2',
    ]);
  });
});
