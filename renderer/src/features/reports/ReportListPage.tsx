/** "Báo cáo của tôi": every report, newest edit first; create, open, import, delete. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../../../shared/contract/api';
import type { ReportSummary } from '../../../../shared/domain/report';
import { api, errorMessage } from '../../api/client';
import { ErrorBanner } from '../common/ErrorBanner';
import { formatDateTime } from '../common/format-time';
import { DataStateBanner } from '../backups/DataStateBanner';
import { formatBytes } from '../backups/BackupsPage';
import { NewReportForm } from './NewReportForm';

export function ReportListPage({ onOpen, onCheck, onOrganization, onBackups }: { onOpen: (id: string) => void; onCheck: () => void; onOrganization: () => void; onBackups: () => void }) {
  const [reports, setReports] = useState<ReportSummary[] | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [hasOrganization, setHasOrganization] = useState(true);
  const [backup, setBackup] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = useCallback(() => {
    api('reports.list', {}).then(setReports, (e: unknown) => setError(errorMessage(e)));
  }, []);

  useEffect(() => {
    reload();
    api('app.info', {}).then(setInfo, () => undefined);
    api('organization.get', {}).then((o) => setHasOrganization(o !== null), () => undefined);
  }, [reload]);

  async function importFile(file: File) {
    setError(null);
    try {
      const report = await api('reports.importJson', { json: await file.text() });
      onOpen(report.id);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  /** June's report from May's: the new one opens at once, its period moved on, ready to update. */
  async function fromPrevious(id: string) {
    try {
      const report = await api('reports.createFromPrevious', { id });
      onOpen(report.id);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function remove(id: string) {
    try {
      await api('reports.delete', { id });
      setConfirmDelete(null);
      reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <main className="page list-page">
      <header className="list-head">
        <h1>Báo cáo của tôi</h1>
        <div className="row-actions">
          {!creating && (
            <button type="button" className="primary" onClick={() => setCreating(true)}>+ Tạo báo cáo mới</button>
          )}
          <button type="button" onClick={() => fileInput.current?.click()}>Nhập tệp báo cáo (.json)</button>
          <button type="button" onClick={onCheck}>Kiểm tra thể thức tệp Word</button>
          <button type="button" onClick={onOrganization}>Đơn vị của tôi</button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label="Chọn tệp báo cáo"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </div>
      </header>
      <ErrorBanner message={error} onClose={() => setError(null)} />
      {info && <DataStateBanner state={info.data} reports={reports ?? []} onRestore={onBackups} />}
      {!hasOrganization && info?.data.status === 'ok' && (
        <div className="hint" role="note">
          Chưa thiết lập đơn vị. Thiết lập một lần để mọi báo cáo mới tự điền tên cơ quan, ký hiệu, địa danh, người ký và nơi nhận.{' '}
          <button type="button" className="link-button" onClick={onOrganization}>Thiết lập ngay</button>
        </div>
      )}
      {creating && <NewReportForm onCreated={onOpen} onCancel={() => setCreating(false)} />}
      {reports === null ? (
        <p>Đang tải…</p>
      ) : reports.length === 0 ? (
        <p className="empty">Chưa có báo cáo nào. Bấm “Tạo báo cáo mới” để bắt đầu.</p>
      ) : (
        <table className="report-list">
          <thead>
            <tr>
              <th>Trích yếu</th>
              <th>Kỳ báo cáo</th>
              <th>Sửa lần cuối</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id}>
                <td>
                  <button type="button" className="link-button title" onClick={() => onOpen(r.id)}>
                    {r.title || '(chưa có trích yếu)'}
                  </button>
                </td>
                <td>{r.period}</td>
                <td>{formatDateTime(r.updatedAt)}</td>
                <td className="actions">
                  {confirmDelete === r.id ? (
                    <span className="confirm">
                      Xóa báo cáo này?{' '}
                      <button type="button" className="small danger" onClick={() => void remove(r.id)}>Xóa hẳn</button>{' '}
                      <button type="button" className="small" onClick={() => setConfirmDelete(null)}>Thôi</button>
                    </span>
                  ) : (
                    <>
                      <button type="button" className="small" title="Báo cáo mới cho kỳ sau: giữ phần đầu, các phần và nội dung, người ký, nơi nhận; bảng chỉ tiêu chuyển kỳ này thành kỳ trước" aria-label={`Tạo báo cáo kỳ sau từ “${r.title || r.period}”`} onClick={() => void fromPrevious(r.id)}>
                        Tạo kỳ sau từ báo cáo này
                      </button>{' '}
                      <button type="button" className="small" onClick={() => setConfirmDelete(r.id)}>Xóa</button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {info && (
        <footer className="app-footer">
          Soạn Báo Cáo {info.version} · {info.mode === 'desktop' ? 'ứng dụng máy tính' : 'chế độ trình duyệt'} · Dữ liệu lưu tại: <code>{info.dataDir}</code>{' '}
          <button
            type="button"
            className="small"
            onClick={() =>
              void api('data.backup', {}).then(
                (b) => setBackup(`Đã sao lưu ${b.reports ?? 0} báo cáo (${formatBytes(b.bytes)}, đã kiểm tra đọc lại được). Hiện có ${b.count} bản sao lưu.`),
                (e: unknown) => setError(errorMessage(e)),
              )
            }
          >
            Sao lưu ngay
          </button>{' '}
          <button type="button" className="small" onClick={onBackups}>Khôi phục từ bản sao lưu</button>
          {backup && <p className="success" role="status">{backup}</p>}
        </footer>
      )}
    </main>
  );
}
