/**
 * "Kiểm tra thể thức": open any Word file (ours, or one received from another unit; an old .doc
 * is checked on its text) and see, rule by rule, what does not follow the thể thức: what was
 * found, what is expected, and where — then, apart, advice where the rules say nothing.
 */
import { useRef, useState } from 'react';
import type { ApiResult } from '#shared/contract/api';
import type { ProfileId } from '#shared/domain/vocabulary';
import { defectsOf, LAST_PAGE_METHOD_LABEL, type Finding } from '#shared/the-thuc/findings';
import { getLayoutProfile } from '#shared/the-thuc/profiles';
import { api } from '../../api/client';
import { Status } from '../common/Status';
import { PROFILE_CHOICES } from '../common/profile-labels';
import { fileToBase64 } from '../common/file-to-base64';
import { useApiAction } from '../common/use-api-action';

type Result = ApiResult<'checker.checkDocx'>;

export function CheckerPage({ onBack }: { onBack: () => void }) {
  const [profile, setProfile] = useState<ProfileId | 'auto'>('auto');
  const [result, setResult] = useState<Result | null>(null);
  const { busy, error, setError, run } = useApiAction();
  const input = useRef<HTMLInputElement>(null);

  async function check(file: File) {
    setResult(null);
    await run(async () => setResult(await api('checker.checkDocx', { fileName: file.name, base64: await fileToBase64(file, 'word'), profile })));
  }

  return (
    <main className="page list-page">
      <header className="list-head">
        <h1>Kiểm tra thể thức</h1>
        <button type="button" className="link-button" onClick={onBack}>
          ← Báo cáo của tôi
        </button>
      </header>
      <p className="hint">
        Chọn một tệp Word (.docx hoặc .doc) để kiểm tra khổ giấy, lề, phông chữ, phần đầu văn bản, số và ngày tháng, số trang, chữ ký và nơi nhận theo thể thức.
      </p>
      <div className="row-actions">
        <label className="field">
          <span>Thể thức</span>
          <select value={profile} onChange={(e) => setProfile(e.target.value as ProfileId | 'auto')}>
            <option value="auto">Tự nhận biết từ tệp</option>
            {PROFILE_CHOICES.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
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
          accept=".docx,.doc,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword"
          aria-label="Chọn tệp Word cần kiểm tra"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void check(file);
          }}
        />
      </div>
      {busy && <p>Đang kiểm tra…</p>}
      <Status kind="error" message={error} onClose={() => setError(null)} />
      {result && (
        <section className="card" aria-label="Kết quả kiểm tra">
          <h2>{result.fileName}</h2>
          <p className="note">
            Thể thức: {getLayoutProfile(result.profile).label}
            {result.profileDetected ? ' (tự nhận biết)' : ''}
            {'. '}
            {LAST_PAGE_METHOD_LABEL[result.lastPageMethod]}
          </p>
          {defectsOf(result).length === 0 ? (
            <Status kind="success">Đúng thể thức: không tìm thấy lỗi.</Status>
          ) : (
            <>
              <Status kind="finding">Tìm thấy {defectsOf(result).length} lỗi thể thức.</Status>
              <FindingsTable findings={defectsOf(result)} />
            </>
          )}
          {result.findings.some((f) => f.basis === 'practice') && (
            <>
              <h3>Gợi ý trình bày</h3>
              <p className="note">
                Nghị định 30 và Hướng dẫn 05 không quy định những điểm này; đây là cách trình bày bảng số liệu cho dễ đọc, không phải lỗi thể thức.
              </p>
              <FindingsTable findings={result.findings.filter((f) => f.basis === 'practice')} />
            </>
          )}
        </section>
      )}
    </main>
  );
}

function FindingsTable({ findings }: { findings: readonly Finding[] }) {
  return (
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
        {findings.map((f, i) => (
          <tr key={i} data-rule={f.ruleId}>
            <td>
              {f.rule}
              <div className="muted">{f.source}</div>
            </td>
            <td>{f.found}</td>
            <td className="pre-line">{f.expected}</td>
            <td>{f.where}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
