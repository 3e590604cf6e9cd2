/**
 * The plain editor: one textarea for a run of paragraphs and dash lists, one line per paragraph,
 * "- " and "+ " for dash items. Nothing here touches the keys or rewrites the text while it is
 * typed, so it works with every input method; bold and italic already in the text are kept on
 * the lines not edited. Spelling is listed under it a moment after typing stops.
 */
import { memo, useEffect, useRef, useState, type ClipboardEvent } from 'react';
import type { Block } from '#shared/domain/report';
import { blocksToPlain, plainToBlocks } from '#shared/editor-model/plain-text';
import { sameBlockObjects, type TextBlock } from '#shared/editor-model/doc-blocks';
import type { LegacyEncoding } from '#shared/text/legacy-encodings';
import { checkSpelling } from '#shared/text/spell-check';
import { TextArea } from '../../common/TextArea';
import { useSpellSettings } from '../spell/spell-context';
import { setEditorMode } from './editor-mode';
import { hasTable, readClipboard } from './paste-into-editor';
import { SpellFindings } from './SpellFindings';
import { SPELL_IDLE_MS, type PlacedFinding } from './spelling-underlines';

export const PlainTextEditor = memo(function PlainTextEditor({
  blocks,
  label,
  onChange,
  onNotice,
}: {
  blocks: TextBlock[];
  label: string;
  onChange: (blocks: Block[]) => void;
  onNotice: (notice: { converted: LegacyEncoding | null; count: number }) => void;
}) {
  const [text, setText] = useState(() => blocksToPlain(blocks));
  const shown = useRef<readonly TextBlock[]>(blocks);
  const spell = useSpellSettings();
  const [findings, setFindings] = useState<PlacedFinding[]>([]);

  // An outside change (example inserted, version restored) replaces the text; our own echo does not.
  useEffect(() => {
    if (sameBlockObjects(blocks, shown.current)) return;
    const printed = blocksToPlain(blocks);
    if (printed !== blocksToPlain(shown.current)) setText(printed);
    shown.current = blocks;
  }, [blocks]);

  // Spelling after a pause; offsets are in NFC text, which is what input methods send.
  useEffect(() => {
    const timer = setTimeout(() => {
      const nfc = text.normalize('NFC');
      setFindings(
        nfc.length !== text.length
          ? []
          : checkSpelling(text, { personalDictionary: spell.dictionary, style: spell.style, iy: spell.iy }).map((finding) => ({
              from: finding.start,
              to: finding.end,
              finding,
            })),
      );
    }, SPELL_IDLE_MS);
    return () => clearTimeout(timer);
  }, [text, spell.dictionary, spell.style, spell.iy]);

  const change = (next: string) => {
    setText(next);
    const parsed = plainToBlocks(next, shown.current);
    shown.current = parsed;
    onChange(parsed);
  };

  const replace = (placed: PlacedFinding, word: string) => {
    if (text.slice(placed.from, placed.to) === placed.finding.word) change(text.slice(0, placed.from) + word + text.slice(placed.to));
  };

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const pasted = readClipboard(event.nativeEvent);
    if (!pasted) return;
    event.preventDefault();
    const field = event.currentTarget;
    const before = text.slice(0, field.selectionStart);
    const after = text.slice(field.selectionEnd);
    if (hasTable(pasted.blocks)) {
      onChange([...plainToBlocks(before, shown.current), ...pasted.blocks, ...plainToBlocks(after, shown.current)]);
    } else {
      const inserted = blocksToPlain(pasted.blocks as TextBlock[]);
      change(before + inserted + after);
      const caret = before.length + inserted.length;
      requestAnimationFrame(() => field.setSelectionRange(caret, caret));
    }
    if (pasted.converted || pasted.blocks.length > 1) onNotice({ converted: pasted.converted, count: pasted.blocks.length });
  }

  return (
    <div className="plain-editor">
      <p className="note">
        Ô chữ thường: mỗi dòng là một đoạn; dòng bắt đầu bằng “- ” là gạch đầu dòng, “+ ” là ý dưới nó. Chữ đậm, nghiêng có sẵn được giữ ở những dòng không sửa.{' '}
        <button type="button" className="link-button" onClick={() => setEditorMode('rich')}>
          Dùng ô soạn thảo có định dạng
        </button>
      </p>
      <TextArea
        className="document-text"
        aria-label={label}
        rows={6}
        value={text}
        placeholder="Gõ nội dung…"
        onChange={(e) => change(e.target.value)}
        onPaste={onPaste}
      />
      <SpellFindings findings={findings} onReplace={replace} onAccept={spell.addWord} />
    </div>
  );
});
