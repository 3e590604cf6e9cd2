/**
 * "Nhận gói .baocao": a package is verified and received; what happened is said plainly. When
 * the report was changed both here and where it came from, nothing is stored yet: each changed
 * part is shown with its changed words marked, and the clerk keeps hers, takes theirs, keeps both
 * — or chooses part by part which version to keep.
 */
import { useEffect, useState } from 'react';
import type { ApiResult } from '#shared/contract/api';
import { api, errorMessage } from '../../api/client';
import { fileToBase64 } from '../common/file-to-base64';
import { packageScreen } from '#shared/messages/packages';
import { formatDateTime } from '../common/format-time';
import { WordDiff } from '../common/WordDiff';
import { Status } from '../common/Status';

type Result = ApiResult<'packages.receive'>;

const SAID: Record<Result['outcome'], string> = {
  added: 'Đã nhận: báo cáo mới được thêm vào danh sách.',
  updated: 'Đã nhận bản mới hơn. Bản trước đó trên máy này được giữ nguyên trong “Các bản đã thay” (ở bước Xuất báo cáo).',
  same: 'Máy này đã có đúng bản này: không đổi gì.',
  older: 'Bản trong gói cũ hơn (hoặc đã không được giữ) so với bản trên máy này: không đổi gì.',
  conflict: 'Báo cáo này đã được sửa ở cả hai nơi. Chưa lưu gì: hãy xem khác nhau và chọn.',
  'kept-mine': 'Đã giữ bản của anh/chị. Bản nhận được được lưu trong “Các bản đã thay” (ở bước Xuất báo cáo).',
  'took-theirs': 'Đã lấy bản nhận được. Bản của anh/chị được lưu trong “Các bản đã thay” (ở bước Xuất báo cáo).',
  'kept-both': 'Đã giữ cả hai: bản nhận được thành một báo cáo riêng.',
  merged: 'Đã ghép theo từng phần đã chọn. Cả bản của anh/chị và bản nhận được đều được lưu nguyên vẹn trong “Các bản đã thay” (ở bước Xuất báo cáo).',
};

export function ReceivePackage({ file, onOpen, onClose }: { file: File; onOpen: (id: string) => void; onClose: () => void }) {
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [base64, setBase64] = useState<string | null>(null);
  const [busy, setBusy] = useState(true);

  // Part by part: the parts whose received version the clerk takes (the others keep hers).
  const [takeTheirs, setTakeTheirs] = useState<Set<string>>(new Set());

  async function choose(choice: 'mine' | 'theirs' | 'both' | 'parts') {
    if (!base64) return;
    setBusy(true);
    try {
      setResult(await api('packages.receive', { fileName: file.name, base64, choice, ...(choice === 'parts' ? { theirs: [...takeTheirs] } : {}) }));
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
    fileToBase64(file, 'package')
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
      <Status kind="error" message={error} />
      {result && (
        <>
          <p>
            “{result.title}” — {result.sender}, {result.period}, lần gửi {result.revision} ({formatDateTime(result.sentAt)})
            {result.attachments.length > 0 && `; kèm ${result.attachments.join(', ')}`}
            {result.indicatorSet && `; bộ chỉ tiêu “${result.indicatorSet}”`}
          </p>
          <p className={result.outcome === 'conflict' ? 'warning' : 'success'} role="status">
            {SAID[result.outcome]}
          </p>
          {result.outcome === 'conflict' && (
            <>
              {result.unrelated && <Status kind="problem" testId="unrelated-copies" message={packageScreen.unrelated} />}
              <table className="package-differences">
                <thead>
                  <tr>
                    <th>Phần</th>
                    <th>Khác nhau (chữ thêm tô xanh, chữ bỏ gạch đỏ)</th>
                    <th>Giữ bản nào</th>
                  </tr>
                </thead>
                <tbody>
                  {changed.map((d) => (
                    <tr key={d.part}>
                      <th scope="row">{d.part}</th>
                      <td>
                        {d.diff ? (
                          <WordDiff diff={d.diff} />
                        ) : d.mine === null ? (
                          <>
                            <em>Chỉ bản nhận được có phần này:</em>
                            <pre>{d.theirs || '(trống)'}</pre>
                          </>
                        ) : (
                          <>
                            <em>Bản nhận được không còn phần này:</em>
                            <pre>{d.mine || '(trống)'}</pre>
                          </>
                        )}
                      </td>
                      <td>
                        <fieldset className="part-choice" aria-label={`Giữ bản nào cho phần ${d.part}`}>
                          <label>
                            <input
                              type="radio"
                              name={`part-${d.part}`}
                              checked={!takeTheirs.has(d.part)}
                              onChange={() => setTakeTheirs((s) => new Set([...s].filter((p) => p !== d.part)))}
                            />{' '}
                            Của tôi
                          </label>
                          <label>
                            <input
                              type="radio"
                              name={`part-${d.part}`}
                              checked={takeTheirs.has(d.part)}
                              onChange={() => setTakeTheirs((s) => new Set([...s, d.part]))}
                            />{' '}
                            Nhận được
                          </label>
                        </fieldset>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="note">{(result.differences?.length ?? 0) - changed.length} phần khác giống nhau.</p>
              <div className="row-actions">
                <button type="button" className="primary" disabled={busy} onClick={() => void choose('parts')}>
                  Ghép theo lựa chọn từng phần
                </button>
                <button type="button" disabled={busy} onClick={() => void choose('mine')}>
                  Giữ bản của tôi
                </button>
                <button type="button" disabled={busy} onClick={() => void choose('theirs')}>
                  Lấy bản nhận được
                </button>
                <button type="button" disabled={busy} onClick={() => void choose('both')}>
                  Giữ cả hai (thành hai báo cáo)
                </button>
              </div>
              <p className="note">Bản không giữ được lưu nguyên vẹn trong “Các bản đã thay” ở bước Xuất báo cáo.</p>
            </>
          )}
        </>
      )}
      <div className="row-actions">
        {result && result.outcome !== 'conflict' && (
          <button type="button" className="primary" onClick={() => onOpen(result.newReportId ?? result.reportId)}>
            Mở báo cáo
          </button>
        )}
        <button type="button" onClick={onClose}>
          {result?.outcome === 'conflict' ? 'Để sau' : 'Đóng'}
        </button>
      </div>
    </section>
  );
}
