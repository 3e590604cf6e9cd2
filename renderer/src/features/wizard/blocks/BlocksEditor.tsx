/**
 * The content of one part: text (paragraphs and dash lists, in the rich editor) and tables (in
 * a grid with a caption and a header row), in order. Consecutive paragraphs and lists form one
 * editing area, so a clerk writes as in Word; a table sits between two such areas.
 */
import { memo, useCallback, useMemo, useState } from 'react';
import { blockTexts, type Block } from '#shared/domain/report';
import { useReveal, type RevealTarget } from '../reveal-context';
import { moveBlock, removeBlock, replaceBlock } from '#shared/domain/report-tree';
import type { LegacyEncoding } from '#shared/text/legacy-encodings';
import { ErrorBoundary } from '../../common/ErrorBoundary';
import { useEditorMode } from '../editor/editor-mode';
import { PlainTextEditor } from '../editor/PlainTextEditor';
import { emptyTable, RichTextEditor } from '../editor/RichTextEditor';
import { BlockToolbar } from './BlockToolbar';
import { IndicatorTool } from './IndicatorTool';
import { NumberWordsTool } from './NumberWordsTool';
import { ENCODING_NAMES } from '../editor/read-paste';
import { segmentsOf, type Segment } from '#shared/editor-model/segments';
import { TableField } from './TableField';
import { IndicatorsField } from './IndicatorsField';
import { pasteMessages } from '#shared/messages/reports';

function TextSegment({
  segment,
  ordinal,
  label,
  blocks,
  reveal,
  caretKey,
  onChange,
  onNotice,
}: {
  segment: Extract<Segment, { kind: 'text' }>;
  ordinal: number;
  label: string;
  blocks: Block[];
  reveal?: RevealTarget | null;
  caretKey?: string;
  onChange: (blocks: Block[]) => void;
  onNotice: (n: { converted: LegacyEncoding | null; count: number }) => void;
}) {
  const { start, end } = segment;
  const splice = useCallback(
    (inserted: readonly Block[]) => onChange([...blocks.slice(0, start), ...inserted, ...blocks.slice(end)]),
    [blocks, start, end, onChange],
  );
  const mode = useEditorMode();
  const Editor = mode === 'plain' ? PlainTextEditor : RichTextEditor;
  return (
    <Editor
      blocks={segment.blocks}
      label={ordinal === 0 ? `Văn bản của ${label}` : `Văn bản ${ordinal + 1} của ${label}`}
      reveal={reveal ?? null}
      caretKey={caretKey}
      onChange={splice}
      onNotice={onNotice}
    />
  );
}

export const BlocksEditor = memo(function BlocksEditor({
  blocks,
  onChange,
  label,
  draftKey,
  revealKey,
}: {
  blocks: Block[];
  onChange: (blocks: Block[]) => void;
  label: string;
  draftKey?: string;
  revealKey?: string;
}) {
  const [notice, setNotice] = useState<string | null>(null);
  const segments = useMemo(() => segmentsOf(blocks), [blocks]);
  // The checklist asked for a word here: the first editing area that holds it shows it.
  const reveal = useReveal(revealKey);
  const revealIn = reveal ? segments.findIndex((s) => s.kind === 'text' && s.blocks.some((b) => blockTexts(b).some((t) => t.includes(reveal.word)))) : -1;
  const onNotice = useCallback(({ converted, count }: { converted: LegacyEncoding | null; count: number }) => {
    setNotice(converted ? pasteMessages.converted(ENCODING_NAMES[converted]) : pasteMessages.pasted(count));
  }, []);
  let textOrdinal = 0;
  let tableOrdinal = 0;

  return (
    <div className="blocks" aria-label={`Nội dung: ${label}`}>
      {notice && (
        <p className="note" role="status">
          {notice}{' '}
          <button type="button" className="link-button" onClick={() => setNotice(null)}>
            Đóng
          </button>
        </p>
      )}
      {segments.map((segment) => {
        if (segment.kind === 'text') {
          const ordinal = textOrdinal++;
          return (
            <ErrorBoundary key={`text-${ordinal}`} what="vùng soạn thảo này">
              <TextSegment
                segment={segment}
                ordinal={ordinal}
                label={label}
                blocks={blocks}
                reveal={segments.indexOf(segment) === revealIn ? reveal : null}
                caretKey={draftKey}
                onChange={onChange}
                onNotice={onNotice}
              />
            </ErrorBoundary>
          );
        }
        const ordinal = tableOrdinal++;
        const { index } = segment;
        return (
          <div className="block block-table" key={`table-${ordinal}`}>
            <div className="block-body">
              {segment.kind === 'indicators' ? (
                <IndicatorsField block={segment.block} onChange={(b) => onChange(replaceBlock(blocks, index, b))} />
              ) : (
                <TableField block={segment.block} onChange={(b) => onChange(replaceBlock(blocks, index, b))} />
              )}
            </div>
            <BlockToolbar
              index={index}
              count={blocks.length}
              what="bảng"
              onMove={(delta) => onChange(moveBlock(blocks, index, delta))}
              onRemove={() => onChange(removeBlock(blocks, index))}
            />
          </div>
        );
      })}
      <IndicatorTool draftKey={draftKey ?? label} onInsert={(inserted) => onChange([...blocks, ...inserted])} />
      <NumberWordsTool onInsert={(inserted) => onChange([...blocks, ...inserted])} />
      <div className="row-actions">
        <button type="button" className="small" onClick={() => onChange([...blocks, emptyTable()])}>
          + Bảng cuối phần
        </button>
      </div>
    </div>
  );
});
