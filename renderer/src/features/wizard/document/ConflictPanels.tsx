/**
 * Two versions of the same thing, as a clerk understands it: "bản đang lưu" (what another
 * window saved) beside "bản của bạn" (what this window has), with one button to keep each and
 * a way to copy a paragraph across. The version not kept goes to the part's history.
 */
import { blockTexts, type Block, type Report } from '#shared/domain/report';
import { findSection } from '#shared/domain/report-tree';
import type { MetaField, useReportDocument } from './use-report-document';
import { META_FIELDS } from './use-report-document';

type Doc = ReturnType<typeof useReportDocument>;

function BlockText({ block }: { block: Block }) {
  const lines = blockTexts(block).filter((t) => t.trim() !== '');
  if (block.type === 'indicators') return <p className="conflict-table">[Bảng chỉ tiêu] {block.rows.map((r) => `${r.name}: ${r.current}`).join(' · ')}</p>;
  if (block.type === 'table') return <p className="conflict-table">[Bảng] {lines.join(' · ')}</p>;
  if (block.type === 'bullets')
    return (
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    );
  return <p>{lines[0] ?? ''}</p>;
}

function Version({ heading, title, blocks, onCopy }: { heading: string; title: string; blocks: readonly Block[]; onCopy?: (block: Block) => void }) {
  return (
    <div className="conflict-version" aria-label={heading}>
      <h3>{heading}</h3>
      <p className="conflict-title">{title || '(chưa đặt tên)'}</p>
      {blocks.length === 0 && <p className="empty">(trống)</p>}
      {blocks.map((block, i) => (
        <div key={i} className="conflict-block">
          <BlockText block={block} />
          {onCopy && (
            <button type="button" className="small" onClick={() => onCopy(block)}>
              Chép đoạn này sang bản của tôi
            </button>
          )}
        </div>
      ))}
    </div>
  );
}

function SectionConflictPanel({ doc, sectionId, report, onOpen }: { doc: Doc; sectionId: string; report: Report; onOpen: (id: string) => void }) {
  const conflict = doc.conflicts.get(sectionId);
  const mine = findSection(report.sections, sectionId);
  if (!conflict || !mine) return null;
  return (
    <section className="conflict" role="alert" aria-label={`Hai bản của phần ${mine.title}`}>
      <h2>Phần “{mine.title || conflict.stored.title}” vừa được sửa ở một cửa sổ khác</h2>
      <p>
        Hai bản đang khác nhau. Hãy chọn bản giữ lại; bản không giữ được cất vào <strong>Lịch sử</strong> của phần này, không mất.{' '}
        <button type="button" className="link-button" onClick={() => onOpen(sectionId)}>
          Mở phần này
        </button>
      </p>
      <div className="conflict-columns">
        <Version heading="Bản đang lưu" title={conflict.stored.title} blocks={conflict.stored.blocks} onCopy={(block) => doc.copyIntoMine(sectionId, block)} />
        <Version heading="Bản của bạn" title={mine.title} blocks={mine.blocks} />
      </div>
      <div className="row-actions">
        <button type="button" className="primary" onClick={() => void doc.resolveSection(sectionId, 'mine')}>
          Giữ bản của tôi
        </button>
        <button type="button" onClick={() => void doc.resolveSection(sectionId, 'theirs')}>
          Lấy bản đang lưu
        </button>
      </div>
    </section>
  );
}

const FIELD_LABELS: Record<MetaField, string> = {
  header: 'Thông tin chung',
  signature: 'Người ký',
  recipients: 'Nơi nhận',
  profile: 'Thể thức',
  period: 'Kỳ báo cáo',
  outline: 'Chia phần',
  appendices: 'Phụ lục',
  opening: 'Mở đầu',
  closing: 'Kết thúc',
};

/** A detail's value as one readable line. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return '(trống)';
  if (typeof value === 'string') return value || '(trống)';
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === 'object' && v !== null && 'type' in v ? blockTexts(v as Block).join(' ') : describe(v))).join(' / ') || '(trống)';
  }
  if (typeof value === 'object')
    return Object.values(value as Record<string, unknown>)
      .filter((v) => v !== '' && v !== null)
      .map(describe)
      .join(' · ');
  return String(value);
}

function MetaConflictPanel({ doc, report }: { doc: Doc; report: Report }) {
  const stored = doc.metaConflict?.stored;
  if (!stored) return null;
  const differing = META_FIELDS.filter((f) => JSON.stringify(stored[f]) !== JSON.stringify(report[f]));
  return (
    <section className="conflict" role="alert" aria-label="Hai bản thông tin của báo cáo">
      <h2>Thông tin của báo cáo vừa được sửa ở một cửa sổ khác</h2>
      <p>Hãy chọn bản giữ lại.</p>
      <table className="conflict-fields">
        <thead>
          <tr>
            <th />
            <th>Bản đang lưu</th>
            <th>Bản của bạn</th>
          </tr>
        </thead>
        <tbody>
          {differing.map((f) => (
            <tr key={f}>
              <th scope="row">{FIELD_LABELS[f]}</th>
              <td>{describe(stored[f])}</td>
              <td>{describe(report[f])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row-actions">
        <button type="button" className="primary" onClick={() => void doc.resolveMeta('mine')}>
          Giữ bản của tôi
        </button>
        <button type="button" onClick={() => void doc.resolveMeta('theirs')}>
          Lấy bản đang lưu
        </button>
      </div>
    </section>
  );
}

export function ConflictPanels({ doc, onOpen }: { doc: Doc; onOpen: (sectionId: string) => void }) {
  const report = doc.report;
  if (!report) return null;
  return (
    <>
      <MetaConflictPanel doc={doc} report={report} />
      {[...doc.conflicts.keys()].map((id) => (
        <SectionConflictPanel key={id} doc={doc} sectionId={id} report={report} onOpen={onOpen} />
      ))}
    </>
  );
}

export function ChangedElsewhere({ onCompare }: { onCompare: () => void }) {
  return (
    <div className="hint changed-elsewhere" role="status">
      Phần này vừa được sửa ở cửa sổ khác. Chữ bạn đang soạn vẫn giữ nguyên trên màn hình.{' '}
      <button type="button" className="link-button" onClick={onCompare}>
        So sánh hai bản và chọn
      </button>
    </div>
  );
}
