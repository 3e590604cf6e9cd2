/** The last step: what will be left out, then the Word file (and the report file for sharing). */
import { sectionHasContent, walkSections, type Report } from '../../../../shared/domain/report';
import { ErrorBanner } from '../common/ErrorBanner';
import type { useExport } from './use-export';

export function ExportStep({ report, exporter }: { report: Report; exporter: ReturnType<typeof useExport> }) {
  const empty = [...walkSections(report.sections)].filter((s) => !sectionHasContent(s)).map((s) => s.title || '(chưa đặt tên)');
  const missing: string[] = [];
  if (report.header.issuingBody.trim() === '') missing.push('tên cơ quan ban hành');
  if (report.header.summary.trim() === '') missing.push('trích yếu');
  if (report.signature.name.trim() === '') missing.push('họ tên người ký');
  return (
    <section className="step-page" aria-labelledby="export-title">
      <h2 id="export-title">Xuất báo cáo</h2>
      {missing.length > 0 && <p className="warning">Còn thiếu: {missing.join(', ')}.</p>}
      {empty.length > 0 && (
        <div className="warning">
          Các phần sau còn trống và sẽ không có trong tệp Word:
          <ul>
            {empty.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="row-actions">
        <button type="button" className="primary" disabled={exporter.busy} onClick={() => void exporter.exportDocx()}>
          Xuất Word
        </button>
        <button type="button" disabled={exporter.busy} onClick={() => void exporter.exportJson()}>
          Xuất tệp báo cáo (.json)
        </button>
      </div>
      <p className="note">Tệp .json giữ toàn bộ nội dung để chuyển sang máy khác hoặc lưu trữ; mở lại bằng nút “Nhập tệp báo cáo” ở danh sách.</p>
      <ErrorBanner message={exporter.error} onClose={exporter.clearError} />
      {exporter.outcome && (
        <p className="success" role="status">
          Đã xuất tệp {exporter.outcome.fileName}.
          {exporter.outcome.omittedEmptyParts.length > 0 && ` Đã bỏ qua ${exporter.outcome.omittedEmptyParts.length} phần còn trống.`}
        </p>
      )}
    </section>
  );
}
