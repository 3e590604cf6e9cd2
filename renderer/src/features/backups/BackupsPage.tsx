/**
 * "Khôi phục từ bản sao lưu": every verified backup with its date, kind, number of reports and
 * size; restoring asks once, keeps the current file first (a backup of it, or the damaged file
 * itself under a dated name), and works from the salvage state too.
 */
import { formatBytes } from '../common/format-bytes';
import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '#shared/contract/api';
import { api, errorMessage } from '../../api/client';
import { Status } from '../common/Status';
import { formatDateTime } from '../common/format-time';
import { DATA_STATE_CHANGED } from '../common/data-state';
import { useApiAction } from '../common/use-api-action';

export function BackupsPage({ onBack }: { onBack: () => void }) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const { busy, error, setError, run } = useApiAction();
  const [done, setDone] = useState<string | null>(null);

  const reload = useCallback(() => {
    api('backups.list', {}).then(setBackups, (e: unknown) => setError(errorMessage(e)));
  }, [setError]);
  useEffect(reload, [reload]);

  async function restore(name: string) {
    await run(async () => {
      const result = await api('backups.restore', { name });
      setConfirm(null);
      setDone(
        `Đã khôi phục: dữ liệu bây giờ có ${result.reports} báo cáo.` +
          (result.keptAs ? ` Dữ liệu trước khi khôi phục được giữ lại ở "${result.keptAs}".` : ''),
      );
      reload();
      // The data file changed under every screen (a damaged one is now a good one).
      window.dispatchEvent(new Event(DATA_STATE_CHANGED));
    });
  }

  return (
    <main className="page backups-page">
      <header className="list-head">
        <h1>Khôi phục từ bản sao lưu</h1>
        <button type="button" onClick={onBack}>
          ← Báo cáo của tôi
        </button>
      </header>
      <p className="hint" role="note">
        Mỗi ngày ứng dụng tự sao lưu một bản; giữ bản tự động mới nhất của 7 ngày gần nhất và của 4 tuần gần nhất, 3 bản “Sao lưu ngay” gần nhất, 2 bản “Trước
        khi khôi phục” và mọi bản trước khi nâng cấp dữ liệu. Mọi bản đều đã được kiểm tra đọc lại được. Khôi phục sẽ thay toàn bộ dữ liệu hiện tại bằng bản đã
        chọn; dữ liệu hiện tại được sao lưu trước, nên có thể khôi phục ngược lại.
      </p>
      <Status kind="error" message={error} onClose={() => setError(null)} />
      {done && <Status kind="success">{done}</Status>}
      {backups === null ? (
        <p>Đang tải…</p>
      ) : backups.length === 0 ? (
        <p className="empty">Chưa có bản sao lưu nào.</p>
      ) : (
        <table className="report-list backups">
          <thead>
            <tr>
              <th>Thời điểm</th>
              <th>Loại</th>
              <th>Số báo cáo</th>
              <th>Dung lượng</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name} data-testid="backup-row">
                <td>{formatDateTime(b.takenAt)}</td>
                <td>{b.kindLabel}</td>
                <td>{b.reports ?? '—'}</td>
                <td>{formatBytes(b.bytes)}</td>
                <td className="actions">
                  {confirm === b.name ? (
                    <span className="confirm">
                      Thay dữ liệu hiện tại bằng bản này?{' '}
                      <button type="button" className="small danger" disabled={busy} onClick={() => void restore(b.name)}>
                        Khôi phục
                      </button>{' '}
                      <button type="button" className="small" disabled={busy} onClick={() => setConfirm(null)}>
                        Thôi
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="small" onClick={() => setConfirm(b.name)}>
                      Khôi phục bản này
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
