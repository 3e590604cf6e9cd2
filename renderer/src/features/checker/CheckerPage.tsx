/**
 * "Kiểm tra thể thức": open any .docx (ours, or one received from another unit) and see, rule
 * by rule, what does not follow the thể thức: what was found, what is expected, and where.
 */
import { useRef, useState } from 'react';
import type { ApiResult } from '../../../../shared/contract/api';
import type { ProfileId } from '../../../../shared/domain/vocabulary';
import { LAST_PAGE_METHOD_LABEL } from '../../../../shared/the-thuc/findings';
import { getLayoutProfile } from '../../../../shared/the-thuc/profiles';
import { api, errorMessage } from '../../api/client';
import { ErrorBanner } from '../common/ErrorBanner';
import { PROFILE_CHOICES } from '../common/profile-labels';
import { fileToBase64 } from '../common/file-to-base64';

type Result = ApiResult<'checker.checkDocx'>;

export function CheckerPage({ onBack }: { onBack: () => void }) {
  const [profile, setProfile] = useState<ProfileId | 'auto'>('auto');
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function check(file: File) {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await api('checker.checkDocx', { fileName: file.name, base64: await fileToBase64(file), profile }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="page list-page">
      <header className="list-head">
        <h1>Kiểm tra thể thức</h1>
        <button type="button" className="link-button" onClick={onBack}>← Báo cáo của tôi</button>
      </header>
      <p className="hint">Chọn một tệp Word (.docx) để kiểm tra khổ giấy, lề, phông chữ, phần đầu văn bản, số và ngày tháng, số trang, chữ ký và nơi nhận theo thể thức.</p>
      <div className="row-actions">
        <label className="field">
          <span>Thể thức</span>
          <select value={profile} onChange={(e) => setProfile(e.target.value as ProfileId | 'auto')}>
            <option value="auto">Tự nhận biết từ tệp</option>
            {PROFILE_CHOICES.map((p) => (
              <option key={p.id} value={p.id}>{p.label}</option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" disabled={busy} onClick={() => input.current?.click()}>
          Chọn tệp Word…
        </button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label="Chọn tệp Word cần kiểm tra"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void check(file);
          }}
        />
      </div>
      {busy && <p>Đang kiểm tra…</p>}
      <ErrorBanner message={error} onClose={() => setError(null)} />
      {result && (
        <section className="card" aria-label="Kết quả kiểm tra">
          <h2>{result.fileName}</h2>
          <p className="note">
            Thể thức: {getLayoutProfile(result.profile).label}
            {result.profileDetected ? ' (tự nhận biết)' : ''}
            {'. '}
            {LAST_PAGE_METHOD_LABEL[result.lastPageMethod]}
          </p>
          {result.findings.length === 0 ? (
            <p className="success" role="status">Đúng thể thức: không tìm thấy lỗi.</p>
          ) : (
            <>
              <p className="warning" role="status">Tìm thấy {result.findings.length} lỗi thể thức.</p>
              <table className="report-list findings">
                <thead>
                  <tr>
                    <th>Quy định</th>
                    <th>Tìm thấy</th>
                    <th>Cần</th>
                    <th>Ở đâu</th>
                  </tr>
                </thead>
                <tbody>
                  {result.findings.map((f, i) => (
                    <tr key={i} data-rule={f.ruleId}>
                      <td>
                        {f.rule}
                        <div className="muted">{f.source}</div>
                      </td>
                      <td>{f.found}</td>
                      <td>{f.expected}</td>
                      <td>{f.where}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
      )}
    </main>
  );
}
