/**
 * "Kiểm tra thể thức": open any Word file (ours, or one received from another unit; an old .doc
 * is checked on its text) and see, rule by rule, what does not follow the thể thức: what was
 * found, what is expected, and where — then, apart, advice where the rules say nothing. Several
 * files (a period's reports from the units) are checked at once, their progress shown as they go.
 */
import { useRef, useState } from 'react';
import type { FileCheck } from '#shared/contract/checker';
import type { ProfileId } from '#shared/domain/vocabulary';
import { defectsOf, LAST_PAGE_METHOD_LABEL, type Finding } from '#shared/the-thuc/findings';
import { getLayoutProfile } from '#shared/the-thuc/profiles';
import { api, errorMessage } from '../../api/client';
import { batchSummary, checkBatches } from './check-batches';
import { Status } from '../common/Status';
import { PROFILE_CHOICES } from '../common/profile-labels';
import { fileToBase64 } from '../common/file-to-base64';
import { useApiAction } from '../common/use-api-action';

/** The progress of a check of several files: how many of them have their outcome. */
interface Progress {
  done: number;
  total: number;
}

export function CheckerPage({ onBack }: { onBack: () => void }) {
  const [profile, setProfile] = useState<ProfileId | 'auto'>('auto');
  const [results, setResults] = useState<FileCheck[]>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const { busy, error, setError, run } = useApiAction();
  const input = useRef<HTMLInputElement>(null);

  /** Each group of files is one call (laid out by one start of LibreOffice); its outcomes show as soon as it returns. */
  async function check(files: readonly File[]) {
    setResults([]);
    setProgress({ done: 0, total: files.length });
    await run(async () => {
      let done = 0;
      for (const batch of checkBatches(files)) {
        const outcomes = await checkBatch(batch, profile);
        setResults((shown) => [...shown, ...outcomes]);
        done += batch.length;
        setProgress({ done, total: files.length });
      }
    });
    setProgress(null);
  }

  const several = results.length > 1 || (progress?.total ?? 0) > 1;
  return (
    <main
      className="page list-page"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const files = [...e.dataTransfer.files];
        if (files.length > 0 && !busy) void check(files);
      }}
    >
      <header className="list-head">
        <h1>Kiểm tra thể thức</h1>
        <button type="button" className="link-button" onClick={onBack}>
          ← Báo cáo của tôi
        </button>
      </header>
      <p className="hint">
        Chọn một hoặc nhiều tệp Word (.docx hoặc .doc; chọn nhiều tệp hoặc kéo thả vào đây) để kiểm tra khổ giấy, lề, phông chữ, phần đầu văn bản, số và ngày
        tháng, số trang, chữ ký và nơi nhận theo thể thức.
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
          multiple
          hidden
          accept=".docx,.doc,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword"
          aria-label="Chọn tệp Word cần kiểm tra"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) void check(files);
          }}
        />
      </div>
      {busy && progress && (
        <p aria-live="polite">
          {progress.total > 1 ? (
            <>
              <progress value={progress.done} max={progress.total} aria-label="Tiến độ kiểm tra" /> Đang kiểm tra: xong {progress.done}/{progress.total} tệp…
            </>
          ) : (
            'Đang kiểm tra…'
          )}
        </p>
      )}
      <Status kind="error" message={error} onClose={() => setError(null)} />
      {several && !busy && results.length > 0 && <p className="note">{batchSummary(countOutcomes(results))}</p>}
      {results.map((result, i) => (
        <FileResult key={`${i}:${result.fileName}`} result={result} />
      ))}
    </main>
  );
}

/** One call: the group's files read (one too large is refused here, in its place) and checked together. */
async function checkBatch(batch: readonly File[], profile: ProfileId | 'auto'): Promise<FileCheck[]> {
  type Read = { fileName: string; base64: string } | { fileName: string; problem: string };
  const read = await Promise.all(
    batch.map(async (file): Promise<Read> => {
      try {
        return { fileName: file.name, base64: await fileToBase64(file, 'word') };
      } catch (e) {
        return { fileName: file.name, problem: errorMessage(e) };
      }
    }),
  );
  const sendable = read.filter((r): r is { fileName: string; base64: string } => 'base64' in r);
  const checked = sendable.length > 0 ? (await api('checker.checkFiles', { files: sendable, profile })).results : [];
  return read.map((r) => ('base64' in r ? (checked[sendable.indexOf(r)] as FileCheck) : r));
}

function countOutcomes(results: readonly FileCheck[]) {
  const counts = { right: 0, withDefects: 0, refused: 0 };
  for (const r of results) {
    if ('problem' in r) counts.refused += 1;
    else if (defectsOf(r.report).length === 0) counts.right += 1;
    else counts.withDefects += 1;
  }
  return counts;
}

function FileResult({ result }: { result: FileCheck }) {
  if ('problem' in result)
    return (
      <section className="card" aria-label={`Kết quả kiểm tra ${result.fileName}`}>
        <h2>{result.fileName}</h2>
        <Status kind="error" message={result.problem} />
      </section>
    );
  const { report } = result;
  return (
    <section className="card" aria-label={`Kết quả kiểm tra ${result.fileName}`}>
      <h2>{result.fileName}</h2>
      <p className="note">
        Thể thức: {getLayoutProfile(report.profile).label}
        {report.profileDetected ? ' (tự nhận biết)' : ''}
        {'. '}
        {LAST_PAGE_METHOD_LABEL[report.lastPageMethod]}
      </p>
      {defectsOf(report).length === 0 ? (
        <Status kind="success">Đúng thể thức: không tìm thấy lỗi.</Status>
      ) : (
        <>
          <Status kind="finding">Tìm thấy {defectsOf(report).length} lỗi thể thức.</Status>
          <FindingsTable findings={defectsOf(report)} />
        </>
      )}
      {report.findings.some((f) => f.basis === 'practice') && (
        <>
          <h3>Gợi ý trình bày</h3>
          <p className="note">
            Nghị định 30 và Hướng dẫn 05 không quy định những điểm này; đây là cách trình bày bảng số liệu cho dễ đọc, không phải lỗi thể thức.
          </p>
          <FindingsTable findings={report.findings.filter((f) => f.basis === 'practice')} />
        </>
      )}
    </section>
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
