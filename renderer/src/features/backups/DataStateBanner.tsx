/**
 * Said at the top of the list when the data file could not be opened normally: what happened,
 * what still works (reading and exporting what can be read), and the way back (restore).
 */
import { useState } from 'react';
import type { DataState } from '#shared/contract/api';
import type { ReportSummary } from '#shared/domain/report';
import { api, errorMessage, saveFile } from '../../api/client';

export function DataStateBanner({ state, reports, onRestore }: { state: DataState; reports: readonly ReportSummary[]; onRestore: () => void }) {
  const [progress, setProgress] = useState<string | null>(null);
  if (state.status === 'ok') return null;

  /** One .zip of every report that can still be read (one download, not one per report). */
  async function exportAll() {
    setProgress(`Đang xuất ${reports.length} báo cáo…`);
    try {
      const all = await api('library.exportAll', {});
      const saved = await saveFile(all.fileName, all.base64);
      setProgress(
        saved
          ? `Đã xuất ${all.exported} báo cáo vào tệp ${all.fileName}.${all.failed.length ? ` Không đọc được ${all.failed.length}: ${all.failed.join('; ')}` : ''}`
          : null,
      );
    } catch (e) {
      setProgress(errorMessage(e));
    }
  }

  return (
    <div className="error-banner data-state" role="alert" data-testid="data-state">
      <p>
        <strong>{state.status === 'salvage' ? 'Tệp dữ liệu bị hỏng — đang mở chỉ để đọc.' : 'Không mở được tệp dữ liệu.'}</strong> {state.problem}
      </p>
      <div className="row-actions">
        {state.status === 'salvage' && reports.length > 0 && (
          <button type="button" onClick={() => void exportAll()}>
            Xuất tất cả báo cáo đọc được (.zip)
          </button>
        )}
        <button type="button" className="primary" onClick={onRestore}>
          Khôi phục từ bản sao lưu
        </button>
      </div>
      {progress && <p role="status">{progress}</p>}
      {state.status === 'salvage' && state.detail && (
        <details className="technical-detail">
          <summary>Chi tiết kỹ thuật (cho cán bộ tin học)</summary>
          <code>{state.detail}</code>
        </details>
      )}
    </div>
  );
}
