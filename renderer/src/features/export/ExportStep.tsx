/**
 * The last step: the checklist a văn thư would run (errors block the Word file, warnings are
 * the clerk's call), spelling suggestions, then the Word file and the report file.
 */
import { useState } from 'react';
import type { Report } from '#shared/domain/report';
import type { Checklist, PlacedSpelling } from '#shared/domain/checklist';
import { Status } from '../common/Status';
import { SendPackage } from '../packages/SendPackage';
import { ReceivedFiles } from '../packages/ReceivedFiles';
import { SignOffPanel } from '../sign-off/SignOffPanel';
import { cardSidecar, DocumentCardView } from '../sign-off/DocumentCardView';
import type { useExport } from './use-export';
import { Writes } from '../common/data-state';
import { SPELL_KIND_LABELS } from '#shared/text/spelling/kinds';
import { notSavedYet } from '#shared/messages/common';

export function ExportStep({
  report,
  checklist,
  exporter,
  onReveal,
  flush,
  onOpenReport,
  onReload,
}: {
  report: Report;
  checklist: Checklist;
  exporter: ReturnType<typeof useExport>;
  onReveal: (finding: PlacedSpelling) => void;
  flush: () => Promise<boolean>;
  onOpenReport: (id: string) => void;
  onReload: () => void;
}) {
  const errors = checklist.items.filter((i) => i.severity === 'error');
  const [withContents, setWithContents] = useState(false);
  const warnings = checklist.items.filter((i) => i.severity === 'warning');
  const notes = checklist.items.filter((i) => i.severity === 'note');
  return (
    <section className="step-page" aria-labelledby="export-title">
      <h2 id="export-title">Xuất báo cáo</h2>
      <h3>Kiểm tra trước khi xuất</h3>
      {checklist.items.length === 0 && <p className="success">Không thấy vấn đề nào.</p>}
      {errors.length > 0 && (
        <div className="error-banner" role="alert" aria-label="Lỗi cần sửa">
          <div>
            <strong>Cần sửa trước khi xuất Word:</strong>
            <ul>
              {errors.map((e, i) => (
                <li key={i} data-check={e.id}>
                  {e.message} <em>({e.where})</em>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {notes.length > 0 && (
        <ul className="note" aria-label="Ghi chú">
          {notes.map((n, i) => (
            <li key={i} data-check={n.id}>
              {n.message}
            </li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <div className="warning" aria-label="Lưu ý">
          <strong>Lưu ý:</strong>
          <ul>
            {warnings.map((w, i) => (
              <li key={i} data-check={w.id}>
                {w.message} <em>({w.where})</em>
              </li>
            ))}
          </ul>
        </div>
      )}
      {checklist.spelling.length > 0 && (
        <details className="tool">
          <summary>Xem {checklist.spelling.length} gợi ý chính tả</summary>
          <ul aria-label="Gợi ý chính tả">
            {checklist.spelling.slice(0, 50).map((f, i) => (
              <li key={i}>
                {/* Opens the part and selects the word there. */}
                <button type="button" className="link-button" onClick={() => onReveal(f)}>
                  “{f.word}”
                </button>{' '}
                {f.suggestion ? <>→ “{f.suggestion}”</> : null}{' '}
                <em>
                  ({SPELL_KIND_LABELS[f.kind]}; {f.where})
                </em>
              </li>
            ))}
          </ul>
        </details>
      )}
      <label className="choice wide">
        <input type="checkbox" checked={withContents} onChange={(e) => setWithContents(e.target.checked)} />
        <span>
          <strong>Thêm trang “Mục lục”</strong>
          <small>Ở cuối báo cáo, cho báo cáo tổng kết dài. Word hỏi cập nhật trường khi mở tệp: chọn “Yes” để có số trang.</small>
        </span>
      </label>
      <div className="row-actions">
        <button
          type="button"
          className="primary"
          disabled={exporter.busy || checklist.blocking}
          onClick={() => void exporter.exportDocx({ tableOfContents: withContents, sidecar: () => cardSidecar(report) })}
        >
          Xuất Word
        </button>
        <button type="button" disabled={exporter.busy} onClick={() => void exporter.exportJson()}>
          Xuất tệp báo cáo (.json)
        </button>
        <button type="button" disabled={exporter.busy} onClick={() => void exporter.exportXlsx()}>
          Xuất bảng số liệu ra Excel
        </button>
      </div>
      <p className="note">Bảng số liệu ra Excel: mỗi bảng của báo cáo một trang tính, số là số (cộng, tính tiếp được), để gửi cấp trên hoặc tổng hợp.</p>
      <p className="note">Tệp .json giữ toàn bộ nội dung để chuyển sang máy khác hoặc lưu trữ; mở lại bằng nút “Nhập tệp báo cáo” ở danh sách.</p>
      <Status kind="error" message={exporter.error} onClose={exporter.clearError} />
      <Writes>
        <SendPackage
          reportId={report.id}
          warnings={checklist.items.filter((i) => i.id === 'indicators.no-code').map((i) => i.message)}
          beforeSend={async () => {
            if (!(await flush())) throw new Error(notSavedYet('đóng gói'));
          }}
        />
      </Writes>
      <ReceivedFiles reportId={report.id} onOpenReport={onOpenReport} />
      <Writes>
        <SignOffPanel report={report} flush={flush} onOpenReport={onOpenReport} onChanged={onReload} />
      </Writes>
      <DocumentCardView report={report} />
      {exporter.outcome && (
        <Status kind="success">
          Đã xuất tệp {exporter.outcome.fileName}.
          {exporter.outcome.omittedEmptyParts.length > 0 && ` Đã bỏ qua ${exporter.outcome.omittedEmptyParts.length} phần còn trống.`}
        </Status>
      )}
    </section>
  );
}
