/**
 * The rich editor for a run of paragraphs and dash lists (TipTap on ProseMirror).
 *
 * Safe for Vietnamese input by construction: no input rules and no paste rules (nothing fires
 * mid-word), no Backspace binding of our own, the text never rewritten under a composition
 * (spelling is drawn as decorations a moment after typing stops), NFC applied on save and on
 * paste, not per keystroke. What it holds is stored as the report format's blocks.
 */
import { isUndoableReplacement } from './undoable-replacements';
import { useEditor, EditorContent, type Editor } from '@tiptap/react';
import { rememberCaret } from './caret-targets';
import Document from '@tiptap/extension-document';
import { CentredParagraph } from './centred-paragraph';
import Text from '@tiptap/extension-text';
import Bold from '@tiptap/extension-bold';
import Italic from '@tiptap/extension-italic';
import Underline from '@tiptap/extension-underline';
import { BulletList, ListItem } from '@tiptap/extension-list';
import { UndoRedo } from '@tiptap/extensions';
import { Footnote } from './footnote-node';
import { memo, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { blockHasContent, type Block, paragraphText } from '#shared/domain/report';
import type { LegacyEncoding } from '#shared/text/legacy-encodings';
import { useSpellSettings } from '../spell/spell-context';
import type { Node as PmNode } from '@tiptap/pm/model';
import { blocksToDoc, isAppendOf, sameBlockObjects, type TextBlock } from '#shared/editor-model/doc-blocks';
import { editorBlocks } from './editor-blocks';
import { EditorToolbar } from './EditorToolbar';
import { hasTable, insertTextBlocks, readClipboard, splitAtSelection } from './paste-into-editor';
import { applySpelling, findingAt, SpellingUnderlines, type PlacedFinding } from './spelling-underlines';
import { SpellFindings, SpellMenu, type SpellMenuState } from './SpellFindings';
import { ReportKeys } from './report-keys';
import { FarParagraphs } from './far-paragraphs';
import type { RevealTarget } from '../reveal-context';
import { useReportLock } from '../report-lock';
import { CarriedFigures, CarriedTextsContext, carriedKeyOf } from './carried-figures';

interface RichTextEditorProps {
  blocks: TextBlock[];
  /** Accessible name of the editing area, e.g. "Văn bản của 1. Kết quả …". */
  label: string;
  /**
   * Replaces this run of text with blocks: its own text after an edit, or text with a table in
   * it when a table is pasted or inserted at the cursor (the part then shows two runs of text).
   */
  onChange: (blocks: Block[]) => void;
  onNotice: (notice: { converted: LegacyEncoding | null; count: number }) => void;
  /** A word the checklist asked to show: selected and scrolled into view. */
  reveal?: RevealTarget | null;
  /** The part this editor belongs to: its caret is where "Chép" pastes (caret-targets.ts). */
  caretKey?: string;
}

/** A new table: the indicator columns most report tables start from. */
export const emptyTable = (): Block => ({ type: 'table', header: ['Chỉ tiêu', 'Kỳ trước', 'Kỳ này'], rows: [['', '', '']] });

export const RichTextEditor = memo(function RichTextEditor({ blocks, label, onChange, onNotice, reveal, caretKey }: RichTextEditorProps) {
  const caretKeyRef = useRef(caretKey);
  caretKeyRef.current = caretKey;
  const spell = useSpellSettings();
  const locked = useReportLock() !== null;
  const carried = useContext(CarriedTextsContext);
  const carriedRef = useRef(carried);
  carriedRef.current = carried;
  const settings = useRef(spell);
  settings.current = spell;
  const labelRef = useRef(label);
  labelRef.current = label;
  const callbacks = useRef({ onChange, onNotice });
  callbacks.current = { onChange, onNotice };
  /** The blocks this editor last produced or was given, to tell our own echo from an outside change. */
  const shown = useRef<readonly Block[]>(blocks);
  const [findings, setFindings] = useState<PlacedFinding[]>([]);
  const [menu, setMenu] = useState<SpellMenuState | null>(null);
  const [empty, setEmpty] = useState(() => blocks.every((b) => !blockHasContent(b)));
  /** Each top-level node's block, by node: a keystroke converts only the paragraph it changed. */
  const blockCache = useRef(new WeakMap<PmNode, TextBlock | null>());

  const editor = useEditor({
    extensions: [
      Document,
      CentredParagraph,
      Text,
      Bold,
      Italic,
      Underline,
      BulletList,
      ListItem,
      Footnote,
      ReportKeys,
      UndoRedo,
      FarParagraphs,
      SpellingUnderlines.configure({ settings: () => settings.current, onFindings: setFindings }),
      CarriedFigures.configure({ texts: () => carriedRef.current }),
    ],
    // Input and paste rules rewrite text as it is typed ("- " → list, "**x**" → bold): they would
    // fire in the middle of Unikey's Backspace-and-replace sequences. Off.
    enableInputRules: false,
    enablePasteRules: false,
    content: blocksToDoc(blocks),
    editable: !locked,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: () => ({ 'aria-label': labelRef.current, role: 'textbox', 'aria-multiline': 'true', spellcheck: 'false', class: 'rich-text' }),
      handlePaste: (view, event) => {
        const pasted = readClipboard(event);
        if (!pasted) return true;
        if (hasTable(pasted.blocks)) {
          const { before, after } = splitAtSelection(view);
          callbacks.current.onChange([...before, ...pasted.blocks, ...after]);
        } else {
          const [first] = pasted.blocks;
          // One plain line: typed in as text, so it takes the marks at the cursor (bold stays bold).
          if (pasted.blocks.length === 1 && first?.type === 'paragraph' && first.runs.every((r) => !r.bold && !r.italic && !r.underline))
            view.dispatch(view.state.tr.insertText(paragraphText(first)).scrollIntoView());
          else insertTextBlocks(view, pasted.blocks as TextBlock[]);
        }
        if (pasted.converted || pasted.blocks.length > 1) callbacks.current.onNotice({ converted: pasted.converted, count: pasted.blocks.length });
        return true;
      },
      handleDOMEvents: {
        focus: (view) => {
          if (caretKeyRef.current) rememberCaret(caretKeyRef.current, view);
          return false;
        },
        contextmenu: (view, event) => {
          const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
          const placed = at ? findingAt(view.state, at.pos) : null;
          if (!placed) return false;
          event.preventDefault();
          setMenu({ x: event.clientX, y: event.clientY, placed });
          return true;
        },
      },
    },
    onUpdate: ({ editor: updated }) => {
      setEmpty(updated.isEmpty);
      const next = editorBlocks(updated.state.doc, blockCache.current);
      shown.current = next;
      // Synchronously, never in a transition: a deferred render would hand this editor an older
      // version of its own text, taken for an outside change (tried: Unikey lost letters).
      callbacks.current.onChange(next);
    },
  });

  // A change from outside (an example inserted, a version restored, a paste that split the
  // part) replaces the content; the echo of our own edit does not.
  useEffect(() => {
    if (!editor || sameBlockObjects(blocks, shown.current)) return;
    const same = JSON.stringify(blocks) === JSON.stringify(shown.current);
    // "Chèn đoạn mẫu" adds at the end: one undo step, like typing it would be; so is a version
    // brought back from Lịch sử.
    const undoStep = isAppendOf(shown.current, blocks) || isUndoableReplacement(blocks);
    shown.current = blocks;
    if (same) return;
    // Never under an open composition (the IME would lose or double its word): wait for it to end.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const replace = () => {
      if (editor.isDestroyed) return;
      if (editor.view.composing) timer = setTimeout(replace, 50);
      else {
        // Otherwise not an undo step: Ctrl+Z here must not bring back text that now lives
        // elsewhere (the half of the part after a table just inserted, say).
        editor
          .chain()
          .setMeta('addToHistory', undoStep)
          .setContent(blocksToDoc(blocks) as Parameters<Editor['commands']['setContent']>[0], { emitUpdate: false })
          .run();
        setEmpty(editor.isEmpty);
      }
    };
    replace();
    return () => clearTimeout(timer);
  }, [blocks, editor]);

  // "Mở tại chỗ này" from the checklist: select the word and bring it into view.
  useEffect(() => {
    if (!editor || editor.isDestroyed || !reveal) return;
    let found: { from: number; to: number } | null = null;
    editor.state.doc.descendants((node, pos) => {
      if (found || !node.isText) return !found;
      const at = (node.text ?? '').indexOf(reveal.word);
      if (at >= 0) found = { from: pos + at, to: pos + at + reveal.word.length };
      return false;
    });
    if (found) editor.chain().focus().setTextSelection(found).scrollIntoView().run();
  }, [editor, reveal]);

  // Last period's text arrived (or another part's): its figures are marked again.
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(carriedKeyOf, true).setMeta('addToHistory', false));
  }, [editor, carried]);

  // Published (or a new version opened): the text is read-only, or editable again.
  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable === locked) editor.setEditable(!locked);
  }, [editor, locked]);

  // The part was renamed: its editing area is announced by the new name at once.
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.view.dom.setAttribute('aria-label', label);
  }, [editor, label]);

  // A word added to the dictionary or a new tone style: check again at once.
  useEffect(() => {
    if (editor && !editor.isDestroyed) applySpelling(editor.view, { settings: () => settings.current, onFindings: setFindings });
  }, [editor, spell.dictionary, spell.style, spell.iy]);

  const replace = (placed: PlacedFinding, text: string) => {
    if (!editor) return;
    const { state } = editor.view;
    // Only if the word is still where it was found.
    if (state.doc.textBetween(placed.from, placed.to) !== placed.finding.word) return;
    editor.view.dispatch(state.tr.insertText(text, placed.from, placed.to));
    editor.view.focus();
  };

  const closeMenu = useCallback(() => setMenu(null), []);

  const insertTable = () => {
    if (!editor) return;
    const { before, after } = splitAtSelection(editor.view);
    onChange([...before, emptyTable(), ...after]);
  };

  return (
    <div className="rich-editor">
      {editor && !locked && <EditorToolbar editor={editor} onInsertTable={insertTable} />}
      <div className="rich-body">
        {/* A hint drawn beside the text, not inside it: nothing is added to what the IME edits. */}
        {empty && !locked && (
          <div className="rich-placeholder" aria-hidden="true">
            Gõ nội dung… (Ctrl+B chữ đậm, Ctrl+I nghiêng; nút “– Ý” cho gạch đầu dòng, Tab để lùi thành ý “+”)
          </div>
        )}
        <EditorContent editor={editor} />
      </div>
      <SpellFindings findings={findings} onReplace={replace} onAccept={spell.addWord} />
      {menu && <SpellMenu menu={menu} onClose={closeMenu} onReplace={replace} onAccept={spell.addWord} />}
    </div>
  );
});
