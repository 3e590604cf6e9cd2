/**
 * One part of the report: its title, a hint of what belongs there, its content, and its
 * sub-items (khoản, điểm), which can be added, renamed, reordered and removed. Numbers are
 * shown from position, as the export will write them.
 */
import { memo, useMemo, useRef, useState } from 'react';
import { titleRevealKey, useRevealInField } from './reveal-context';
import { WrappingLine } from '../common/WrappingLine';
import { previousTexts } from '#shared/domain/carried-figures';
import { CarriedTextsContext } from './editor/carried-figures';
import { outlineLabel, shownLabel } from '#shared/domain/numbering';
import { matchPreviousSection } from '#shared/domain/next-period-report';
import { type Block, type Outline, type Report, type SectionNode, textParagraph } from '#shared/domain/report';
import { SECTION_HINTS } from '#shared/domain/section-hints';
import { MAX_SECTION_DEPTH } from '#shared/report-format/schema';
import { BlocksEditor } from './blocks/BlocksEditor';
import { GuidancePanel } from './GuidancePanel';
import { HistoryPanel } from './HistoryPanel';
import { PreviousPeriodPanel } from './PreviousPeriodPanel';
import { UnitsPanel } from './UnitsPanel';
import { insertAtCaret } from './editor/caret-targets';
import { CausesSplitTool, TaskListTool } from './StructureTools';

export interface SectionActions {
  outline: Outline;
  reportId: string;
  /** Last period's report, when this one was made from it. */
  previous: Report | null;
  flush: () => Promise<boolean>;
  onRestore: (sectionId: string, revisionId: string) => Promise<void>;
  onAddMany: (parentId: string, titles: string[], role: SectionNode['role']) => void;
  onChange: (sectionId: string, change: { title?: string; blocks?: Block[] }) => void;
  onAddChild: (parentId: string | null) => void;
  onMove: (sectionId: string, direction: 'up' | 'down') => void;
  onRemove: (sectionId: string) => void;
}

/** A copied paragraph goes where the clerk's cursor was in this part; without one, at the part's end. */
function pasteInto(section: SectionNode, block: Block, actions: SectionActions): void {
  if (!insertAtCaret(section.id, [block])) actions.onChange(section.id, { blocks: [...section.blocks, block] });
}

const CHILD_NOUN: Record<number, string> = { 1: 'mục con', 2: 'điểm', 3: 'ý' };
const CHILD_NOUN_WITH_PARTS: Record<number, string> = { 1: 'mục', 2: 'mục con', 3: 'điểm' };

function ConfirmRemove({ title, onConfirm }: { title: string; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="small danger" onClick={() => setAsking(true)}>
        Xóa
      </button>
    );
  return (
    <span className="confirm">
      Xóa “{title || 'phần này'}” cùng mọi nội dung bên trong?{' '}
      <button type="button" className="small danger" onClick={onConfirm}>
        Xóa hẳn
      </button>{' '}
      <button type="button" className="small" onClick={() => setAsking(false)}>
        Thôi
      </button>
    </span>
  );
}

const SubsectionCard = memo(function SubsectionCard({
  section,
  depth,
  index,
  count,
  actions,
  previous,
}: {
  section: SectionNode;
  depth: number;
  index: number;
  count: number;
  actions: SectionActions;
  previous: SectionNode | null;
}) {
  const label = outlineLabel(actions.outline, depth, index + 1);
  // A title with its own label ("Điều 5. …") shows no number by position; the buttons still name the place.
  const number = shownLabel(actions.outline, depth, index + 1, section.title);
  const titleField = useRef<HTMLTextAreaElement>(null);
  useRevealInField(titleRevealKey(section.id), titleField);
  return (
    <div className="subsection" data-depth={depth} data-section-id={section.id} aria-label={`${label} ${section.title}`}>
      <div className="subsection-head">
        <span className="number">{number}</span>
        <WrappingLine
          ref={titleField}
          className="title-input"
          aria-label={`Tên ${label}`}
          value={section.title}
          placeholder="Tên mục (ví dụ: tên nhiệm vụ)"
          onChange={(title) => actions.onChange(section.id, { title })}
        />
        <button type="button" className="icon-button" aria-label={`Đưa ${label} lên`} disabled={index === 0} onClick={() => actions.onMove(section.id, 'up')}>
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Đưa ${label} xuống`}
          disabled={index === count - 1}
          onClick={() => actions.onMove(section.id, 'down')}
        >
          ↓
        </button>
        <ConfirmRemove title={section.title} onConfirm={() => actions.onRemove(section.id)} />
        <HistoryPanel reportId={actions.reportId} sectionId={section.id} beforeOpen={actions.flush} onRestore={(r) => actions.onRestore(section.id, r)} />
      </div>
      <GuidanceFor section={section} actions={actions} />
      <PreviousPeriodPanel previous={previous} period={actions.previous?.period ?? ''} onCopy={(block) => pasteInto(section, block, actions)} />
      <UnitsPanel reportId={actions.reportId} sectionId={section.id} onCopy={(block) => pasteInto(section, block, actions)} />
      <CarriedBlocks section={section} label={`${label} ${section.title}`} previous={previous} actions={actions} />
      <Children section={section} depth={depth} actions={actions} previous={previous} />
    </div>
  );
});

/** A part's editor, with last period's paragraphs of the same part known to it (their figures are marked until edited). */
function CarriedBlocks({ section, label, previous, actions }: { section: SectionNode; label: string; previous: SectionNode | null; actions: SectionActions }) {
  const texts = useMemo(() => (previous ? previousTexts(previous) : null), [previous]);
  return (
    <CarriedTextsContext.Provider value={texts}>
      <BlocksEditor
        blocks={section.blocks}
        label={label}
        draftKey={section.id}
        revealKey={section.id}
        onChange={(blocks) => actions.onChange(section.id, { blocks })}
      />
    </CarriedTextsContext.Provider>
  );
}

/** Guidance for a sub-item whose role has its own (ưu điểm, hạn chế …); plain sub-items get none. */
function GuidanceFor({ section, actions }: { section: SectionNode; actions: SectionActions }) {
  if (section.role === 'other') return null;
  return <GuidancePanel role={section.role} onInsertExample={(text) => actions.onChange(section.id, { blocks: [...section.blocks, textParagraph(text)] })} />;
}

function Children({ section, depth, actions, previous }: { section: SectionNode; depth: number; actions: SectionActions; previous: SectionNode | null }) {
  return (
    <div className="children">
      <CausesSplitTool section={section} onSplit={(titles) => actions.onAddMany(section.id, titles, 'causes')} />
      {section.children.map((child, i) => (
        <SubsectionCard
          key={child.id}
          section={child}
          depth={depth + 1}
          index={i}
          count={section.children.length}
          actions={actions}
          previous={previous ? matchPreviousSection(previous.children, child, i) : null}
        />
      ))}
      {depth < MAX_SECTION_DEPTH && (
        <button type="button" className="small" onClick={() => actions.onAddChild(section.id)}>
          + Thêm {(actions.outline === 'parts' ? CHILD_NOUN_WITH_PARTS : CHILD_NOUN)[depth] ?? 'mục con'}
        </button>
      )}
    </div>
  );
}

export function SectionStep({ section, index, count, actions }: { section: SectionNode; index: number; count: number; actions: SectionActions }) {
  const label = outlineLabel(actions.outline, 1, index + 1);
  const number = shownLabel(actions.outline, 1, index + 1, section.title);
  const previous = actions.previous ? matchPreviousSection(actions.previous.sections, section, index) : null;
  const titleField = useRef<HTMLTextAreaElement>(null);
  useRevealInField(titleRevealKey(section.id), titleField);
  return (
    <section className="step-page" aria-labelledby={`title-${section.id}`}>
      <div className="part-head">
        <h2 id={`title-${section.id}`}>
          <span className="number">{number}</span>
          <WrappingLine
            ref={titleField}
            className="title-input big"
            aria-label={`Tên phần ${label}`}
            value={section.title}
            onChange={(title) => actions.onChange(section.id, { title })}
          />
        </h2>
        <div className="part-tools">
          <button type="button" className="icon-button" aria-label="Đưa phần này lên" disabled={index === 0} onClick={() => actions.onMove(section.id, 'up')}>
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Đưa phần này xuống"
            disabled={index === count - 1}
            onClick={() => actions.onMove(section.id, 'down')}
          >
            ↓
          </button>
          <ConfirmRemove title={section.title} onConfirm={() => actions.onRemove(section.id)} />
        </div>
      </div>
      <HistoryPanel reportId={actions.reportId} sectionId={section.id} beforeOpen={actions.flush} onRestore={(r) => actions.onRestore(section.id, r)} />
      <p className="hint" role="note">
        {SECTION_HINTS[section.role]}
      </p>
      <GuidancePanel role={section.role} onInsertExample={(text) => actions.onChange(section.id, { blocks: [...section.blocks, textParagraph(text)] })} />
      {section.role === 'results' && <TaskListTool onCreate={(titles) => actions.onAddMany(section.id, titles, 'other')} />}
      <PreviousPeriodPanel previous={previous} period={actions.previous?.period ?? ''} onCopy={(block) => pasteInto(section, block, actions)} />
      <UnitsPanel reportId={actions.reportId} sectionId={section.id} onCopy={(block) => pasteInto(section, block, actions)} />
      <CarriedBlocks section={section} label={`${label} ${section.title}`} previous={previous} actions={actions} />
      <Children section={section} depth={1} actions={actions} previous={previous} />
      <p className="note">Phần hoặc mục còn trống sẽ không được xuất ra Word; số thứ tự được đánh lại tự động.</p>
    </section>
  );
}
