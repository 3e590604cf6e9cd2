/**
 * The small toolbar over each editor: bold, italic, underline, centred, dash list, "+" level in and out,
 * table, footnote (chú thích cuối trang: written in a small form under the toolbar), undo and
 * redo. Buttons keep the focus in the text (mousedown does not steal it), so a clerk can click
 * Đậm and go on typing — the IME matrix covers exactly that.
 */
import { useEditorState, type Editor } from '@tiptap/react';
import { useCallback, useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { setEditorMode } from './editor-mode';
import { onFootnoteKey, selectedFootnote } from './footnote-node';
import { TextArea } from '../../common/TextArea';
import { listDepth } from './report-keys';
import { isCentred, toggleCentred } from './centred-paragraph';

function ToolButton({
  label,
  shortcut,
  active,
  disabled,
  onRun,
  children,
}: {
  label: string;
  shortcut?: string;
  active?: boolean;
  disabled?: boolean;
  onRun: () => void;
  children: ReactNode;
}) {
  const title = shortcut ? `${label} (${shortcut})` : label;
  return (
    <button
      type="button"
      className={`tool${active ? ' active' : ''}`}
      title={title}
      aria-label={label}
      aria-pressed={active === undefined ? undefined : active}
      disabled={disabled}
      onMouseDown={(event: MouseEvent) => event.preventDefault()}
      onClick={onRun}
    >
      {children}
    </button>
  );
}

export function EditorToolbar({ editor, onInsertTable }: { editor: Editor; onInsertTable: () => void }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      list: e.isActive('bulletList'),
      centred: isCentred(e),
      depth: listDepth(e.state),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
      footnote: selectedFootnote(e.state),
    }),
  });
  // The footnote being written: a new one at the caret (pos null) or the selected one.
  const [note, setNote] = useState<{ pos: number | null; text: string } | null>(null);
  // The form for the footnote clicked, or for a new one at the caret; Ctrl+Alt+F in the text opens
  // it too (Word's key for a footnote).
  const openNote = useCallback(() => setNote(selectedFootnote(editor.state) ?? { pos: null, text: '' }), [editor]);
  useEffect(() => onFootnoteKey(editor, openNote), [editor, openNote]);
  const saveNote = () => {
    if (!note) return;
    const text = note.text.replace(/\s+/g, ' ').trim();
    const chain = editor.chain().focus();
    if (note.pos === null) {
      if (text !== '') chain.insertContent({ type: 'footnote', attrs: { text } }).run();
    } else if (text === '') chain.setNodeSelection(note.pos).deleteSelection().run();
    else chain.command(({ tr }) => (tr.setNodeAttribute(note.pos as number, 'text', text), true)).run();
    setNote(null);
  };
  const run = (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => () => void command(editor.chain().focus()).run();
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Định dạng">
      <ToolButton label="Chữ đậm" shortcut="Ctrl+B" active={state.bold} onRun={run((c) => c.toggleBold())}>
        <b>Đ</b>
      </ToolButton>
      <ToolButton label="Chữ nghiêng" shortcut="Ctrl+I" active={state.italic} onRun={run((c) => c.toggleItalic())}>
        <i>N</i>
      </ToolButton>
      <ToolButton label="Gạch chân" shortcut="Ctrl+U" active={state.underline} onRun={run((c) => c.toggleUnderline())}>
        <u>G</u>
      </ToolButton>
      <ToolButton label="Canh giữa" shortcut="Ctrl+E" active={state.centred} disabled={state.list} onRun={() => void toggleCentred(editor)}>
        ≡
      </ToolButton>
      <span className="tool-gap" />
      <ToolButton label="Gạch đầu dòng" shortcut="Ctrl+Shift+8" active={state.list} onRun={run((c) => c.toggleBulletList())}>
        – Ý
      </ToolButton>
      <ToolButton label="Lùi vào thành ý +" shortcut="Tab" disabled={state.depth !== 1} onRun={run((c) => c.sinkListItem('listItem'))}>
        + Ý
      </ToolButton>
      <ToolButton label="Lùi ra" shortcut="Shift+Tab" disabled={state.depth === 0} onRun={run((c) => c.liftListItem('listItem'))}>
        ⇤
      </ToolButton>
      <span className="tool-gap" />
      <ToolButton label="Chèn bảng tại con trỏ" onRun={onInsertTable}>
        ▦ Bảng
      </ToolButton>
      <ToolButton
        label={state.footnote ? 'Sửa chú thích cuối trang' : 'Chèn chú thích cuối trang'}
        shortcut="Ctrl+Alt+F"
        active={state.footnote !== null}
        onRun={openNote}
      >
        ¹ Chú thích
      </ToolButton>
      <span className="tool-gap" />
      <ToolButton label="Hoàn tác" shortcut="Ctrl+Z" disabled={!state.canUndo} onRun={run((c) => c.undo())}>
        ↶
      </ToolButton>
      <ToolButton label="Làm lại" shortcut="Ctrl+Y" disabled={!state.canRedo} onRun={run((c) => c.redo())}>
        ↷
      </ToolButton>
      <button
        type="button"
        className="link-button muted tool-end"
        title="Nếu bộ gõ tiếng Việt trên máy này bị lặp hoặc mất chữ trong ô có định dạng, dùng ô chữ thường (mọi bộ gõ đều gõ được)."
        onClick={() => setEditorMode('plain')}
      >
        Bộ gõ bị lỗi? Dùng ô chữ thường
      </button>
      {note && (
        <div className="footnote-form" role="group" aria-label="Chú thích cuối trang">
          <label className="field wide">
            <span>{note.pos === null ? 'Chú thích cuối trang (số chú thích đặt tại con trỏ)' : 'Sửa chú thích (để trống rồi Lưu để xóa)'}</span>
            <TextArea rows={2} value={note.text} onChange={(e) => setNote({ ...note, text: e.target.value })} />
          </label>
          <div className="row-actions">
            <button type="button" className="primary small" onClick={saveNote}>
              {note.pos === null ? 'Chèn chú thích' : 'Lưu chú thích'}
            </button>
            <button type="button" className="small" onClick={() => setNote(null)}>
              Hủy
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
