/**
 * The content of one part: paragraphs, dash lists and tables, in order. A paragraph that came
 * with bold or italic runs (an imported file) keeps them until the clerk edits its text; the
 * editor says so, rather than dropping formatting silently.
 */
import { memo, useState, type ClipboardEvent } from 'react';
import type { Block } from '../../../../../shared/domain/report';
import { paragraphText } from '../../../../../shared/domain/report';
import { moveBlock, removeBlock, replaceBlock } from '../../../../../shared/domain/report-tree';
import { BlockToolbar } from './BlockToolbar';
import { IndicatorTool } from './IndicatorTool';
import { NumberWordsTool } from './NumberWordsTool';
import { ENCODING_NAMES, readPaste } from './paste';
import { SpellHints } from '../spell/SpellHints';
import { useSpellMenu } from '../spell/SpellMenu';
import { TableField } from './TableField';
import { TextArea } from './TextArea';

/** One paragraph: its text, spelling hints under it and on right-click, and a note when editing drops imported marks. */
function ParagraphField({
  block,
  index,
  label,
  onText,
  onPaste,
}: {
  block: Extract<Block, { type: 'paragraph' }>;
  index: number;
  label: string;
  onText: (text: string) => void;
  onPaste: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
}) {
  const text = paragraphText(block);
  const menu = useSpellMenu(text, onText);
  return (
    <>
      <TextArea
        aria-label={`Đoạn văn ${index + 1} của ${label}`}
        placeholder="Gõ nội dung đoạn văn…"
        value={text}
        onChange={(e) => onText(e.target.value)}
        onPaste={onPaste}
        onContextMenu={menu.onContextMenu}
      />
      {menu.element}
      <SpellHints text={text} onReplace={onText} />
      {block.runs && block.runs.some((r) => r.bold || r.italic || r.underline) && (
        <p className="note">Đoạn này có chữ đậm/nghiêng (từ tệp nhập hoặc nội dung dán vào), được giữ khi xuất Word; sửa chữ ở đây sẽ bỏ định dạng đó.</p>
      )}
    </>
  );
}

export const BlocksEditor = memo(function BlocksEditor({ blocks, onChange, label }: { blocks: Block[]; onChange: (blocks: Block[]) => void; label: string }) {
  const add = (block: Block) => onChange([...blocks, block]);
  const [notice, setNotice] = useState<string | null>(null);

  /**
   * Several paragraphs, a list, a table or old-font text pasted into a paragraph become blocks of
   * their own. A plain one-line paste is left to the browser (its undo and input methods stay intact).
   */
  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>, index: number) {
    const plain = event.clipboardData.getData('text/plain');
    const html = event.clipboardData.getData('text/html');
    const pasted = readPaste(html, plain);
    const simple = pasted.converted === null && pasted.blocks.length <= 1 && pasted.blocks.every((b) => b.type === 'paragraph') && !plain.includes('\n');
    if (simple) return;
    event.preventDefault();
    const field = event.currentTarget;
    const before = field.value.slice(0, field.selectionStart);
    const after = field.value.slice(field.selectionEnd);
    const inserted = [...pasted.blocks];
    const first = inserted[0];
    if (before.trim() !== '' && first?.type === 'paragraph') {
      inserted[0] = first.runs ? { type: 'paragraph', runs: [{ text: before }, ...first.runs] } : { type: 'paragraph', text: `${before}${first.text ?? ''}` };
    } else if (before.trim() !== '') inserted.unshift({ type: 'paragraph', text: before });
    if (after.trim() !== '') inserted.push({ type: 'paragraph', text: after });
    onChange([...blocks.slice(0, index), ...inserted, ...blocks.slice(index + 1)]);
    setNotice(pasted.converted ? `Đã chuyển chữ từ phông ${ENCODING_NAMES[pasted.converted]} sang Unicode.` : `Đã dán ${pasted.blocks.length} khối nội dung.`);
  }

  return (
    <div className="blocks" aria-label={`Nội dung: ${label}`}>
      {notice && (
        <p className="note" role="status">
          {notice}{' '}
          <button type="button" className="link-button" onClick={() => setNotice(null)}>Đóng</button>
        </p>
      )}
      {blocks.map((block, index) => (
        <div className={`block block-${block.type}`} key={index}>
          <div className="block-body">
            {block.type === 'paragraph' && (
              <ParagraphField block={block} index={index} label={label} onText={(text) => onChange(replaceBlock(blocks, index, { type: 'paragraph', text }))} onPaste={(e) => onPaste(e, index)} />
            )}
            {block.type === 'bullets' && (
              <>
                <TextArea
                  aria-label={`Danh sách gạch đầu dòng ${index + 1} của ${label}`}
                  placeholder="Mỗi dòng là một ý; dấu gạch đầu dòng được thêm khi xuất."
                  value={block.items.join('\n')}
                  onChange={(e) => onChange(replaceBlock(blocks, index, { type: 'bullets', items: e.target.value.split('\n') }))}
                />
                <p className="note">Mỗi dòng là một ý gạch đầu dòng.</p>
              </>
            )}
            {block.type === 'table' && <TableField block={block} onChange={(b) => onChange(replaceBlock(blocks, index, b))} />}
          </div>
          <BlockToolbar
            index={index}
            count={blocks.length}
            what={block.type === 'table' ? 'bảng' : block.type === 'bullets' ? 'danh sách' : 'đoạn'}
            onMove={(delta) => onChange(moveBlock(blocks, index, delta))}
            onRemove={() => onChange(removeBlock(blocks, index))}
          />
        </div>
      ))}
      <IndicatorTool onInsert={(inserted) => onChange([...blocks, ...inserted])} />
      <NumberWordsTool onInsert={(inserted) => onChange([...blocks, ...inserted])} />
      <div className="row-actions">
        <button type="button" className="small" onClick={() => add({ type: 'paragraph', text: '' })}>+ Đoạn văn</button>
        <button type="button" className="small" onClick={() => add({ type: 'bullets', items: [''] })}>+ Gạch đầu dòng</button>
        <button type="button" className="small" onClick={() => add({ type: 'table', header: ['Chỉ tiêu', 'Kỳ trước', 'Kỳ này'], rows: [['', '', '']] })}>
          + Bảng
        </button>
      </div>
    </div>
  );
});
