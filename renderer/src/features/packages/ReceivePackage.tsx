/**
 * "Nhận gói .baocao": a package is verified and received; what happened is said plainly. When
 * the report was changed both here and where it came from, nothing is stored yet: the parts are
 * shown side by side (changed ones first) and the clerk keeps hers, takes theirs, or keeps both.
 */
import { useEffect, useState } from 'react';
import type { ApiResult } from '../../../../shared/contract/api';
import { api, errorMessage } from '../../api/client';
import { fileToBase64 } from '../common/file-to-base64';
import { formatDateTime } from '../common/format-time';

type Result = ApiResult<'packages.receive'>;

const SAID: Record<Result['outcome'], string> = {
  added: 'Đã nhận: báo cáo mới được thêm vào danh sách.',
  updated: 'Đã nhận bản mới hơn. Bản trước đó trên máy này được giữ nguyên trong “Các bản đã thay”.',
  same: 'Máy này đã có đúng bản này: không đổi gì.',
  older: 'Bản trong gói cũ hơn (hoặc đã không được giữ) so với bản trên máy này: không đổi gì.',
  conflict: 'Báo cáo này đã được sửa ở cả hai nơi. Chưa lưu gì: hãy xem khác nhau và chọn.',
  'kept-mine': 'Đã giữ bản của anh/chị. Bản nhận được được lưu trong “Các bản đã thay”.',
  'took-theirs': 'Đã lấy bản nhận được. Bản của anh/chị được lưu trong “Các bản đã thay”.',
  'kept-both': 'Đã giữ cả hai: bản nhận được thành một báo cáo riêng.',
};

export function ReceivePackage({ file, onOpen, onClose }: { file: File; onOpen: (id: string) => void; onClose: () => void }) {
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [base64, setBase64] = useState<string | null>(null);
  const [busy, setBusy] = useState(true);

  async function choose(choice: 'mine' | 'theirs' | 'both') {
    if (!base64) return;
    setBusy(true);
    try {
      setResult(await api('packages.receive', { fileName: file.name, base64, choice }));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  // The package is checked and received as soon as it is chosen.
  useEffect(() => {
    let live = true;
    fileToBase64(file)
      .then((data) => {
        if (live) setBase64(data);
        return api('packages.receive', { fileName: file.name, base64: data });
      })
      .then(
        (received) => live && setResult(received),
        (e: unknown) => live && setError(errorMessage(e)),
      )
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [file]);

  const changed = result?.differences?.filter((d) => d.changed) ?? [];
  return (
    <section className="receive-package" aria-label="Nhận gói báo cáo">
      <h2>Nhận gói báo cáo: {file.name}</h2>
      {busy && !result && <p>Đang kiểm tra gói…</p>}
      {error && <p className="warning" role="alert">{error}</p>}
      {result && (
        <>
          <p>
            “{result.title}” — {result.sender}, {result.period}, lần gửi {result.revision} ({formatDateTime(result.sentAt)})
            {result.attachments.length > 0 && `; kèm ${result.attachments.join(', ')}`}
            {result.indicatorSet && `; bộ chỉ tiêu “${result.indicatorSet}”`}
          </p>
          <p className={result.outcome === 'conflict' ? 'warning' : 'success'} role="status">{SAID[result.outcome]}</p>
          {result.outcome === 'conflict' && (
            <>
              <table className="package-differences">
                <thead><tr><th>Phần</th><th>Bản trên máy này</th><th>Bản nhận được</th></tr></thead>
                <tbody>
                  {changed.map((d) => (
                    <tr key={d.part}>
                      <th scope="row">{d.part}</th>
                      <td>{d.mine === null ? <em>(không có)</em> : <pre>{d.mine || '(trống)'}</pre>}</td>
                      <td>{d.theirs === null ? <em>(không có)</em> : <pre>{d.theirs || '(trống)'}</pre>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="note">{(result.differences?.length ?? 0) - changed.length} phần khác giống nhau.</p>
              <div className="row-actions">
                <button type="button" disabled={busy} onClick={() => void choose('mine')}>Giữ bản của tôi</button>
                <button type="button" disabled={busy} onClick={() => void choose('theirs')}>Lấy bản nhận được</button>
                <button type="button" disabled={busy} onClick={() => void choose('both')}>Giữ cả hai (thành hai báo cáo)</button>
              </div>
            </>
          )}
        </>
      )}
      <div className="row-actions">
        {result && result.outcome !== 'conflict' && <button type="button" className="primary" onClick={() => onOpen(result.newReportId ?? result.reportId)}>Mở báo cáo</button>}
        <button type="button" onClick={onClose}>{result?.outcome === 'conflict' ? 'Để sau' : 'Đóng'}</button>
      </div>
    </section>
  );
}
