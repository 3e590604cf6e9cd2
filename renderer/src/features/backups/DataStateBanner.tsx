/**
 * Said at the top of the list when the data file could not be opened normally: what happened,
 * what still works (reading and exporting what can be read), and the way back (restore).
 */
import { useState } from 'react';
import type { DataState } from '../../../../shared/contract/api';
import type { ReportSummary } from '../../../../shared/domain/report';
import { api, errorMessage, saveFile, textToBase64 } from '../../api/client';

export function DataStateBanner({ state, reports, onRestore }: { state: DataState; reports: readonly ReportSummary[]; onRestore: () => void }) {
  const [progress, setProgress] = useState<string | null>(null);
  if (state.status === 'ok') return null;

  async function exportAll() {
    let saved = 0;
    const failed: string[] = [];
    for (const r of reports) {
      setProgress(`Đang xuất ${saved + failed.length + 1}/${reports.length}…`);
      try {
        const file = await api('reports.exportJson', { id: r.id });
        if (await saveFile(file.fileName, textToBase64(file.json))) saved += 1;
      } catch (e) {
        failed.push(`${r.title || r.id}: ${errorMessage(e)}`);
      }
    }
    setProgress(`Đã xuất ${saved} báo cáo ra tệp .json.${failed.length ? ` Không đọc được ${failed.length}: ${failed.join('; ')}` : ''}`);
  }

  return (
    <div className="error-banner data-state" role="alert" data-testid="data-state">
      <p><strong>{state.status === 'salvage' ? 'Tệp dữ liệu bị hỏng — đang mở chỉ để đọc.' : 'Không mở được tệp dữ liệu.'}</strong> {state.problem}</p>
      <div className="row-actions">
        {state.status === 'salvage' && reports.length > 0 && (
          <button type="button" onClick={() => void exportAll()}>Xuất tất cả báo cáo đọc được (.json)</button>
        )}
        <button type="button" className="primary" onClick={onRestore}>Khôi phục từ bản sao lưu</button>
      </div>
      {progress && <p role="status">{progress}</p>}
    </div>
  );
}
