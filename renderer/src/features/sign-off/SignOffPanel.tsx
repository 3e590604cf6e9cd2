/**
 * Trình ký, on the export step: the report's state (Đang soạn → Đã trình → Đã duyệt → Đã phát
 * hành), the bản trình out to the leader and the edited file back, approval, and publication with
 * the số and ngày the văn thư gives — after which the report is locked and changes go into a new
 * version. Every change of state is listed with its time.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApiResult, ReportEvent } from '../../../../shared/contract/api';
import { REPORT_STATE_LABELS, type Report } from '../../../../shared/domain/report';
import { api, errorMessage, saveFile } from '../../api/client';
import { DateField } from '../common/DateField';
import { fileToBase64 } from '../common/file-to-base64';
import { formatDateTime } from '../common/format-time';
import { HiddenFileInput } from '../common/HiddenFileInput';
import { ReviewEdits } from './ReviewEdits';

const EVENT_LABELS: Record<string, (d: Record<string, unknown>) => string> = {
  submitted: (d) => `Xuất bản trình lần ${String(d.submission)}`,
  'edits-taken': (d) => `Nhận sửa đổi của lãnh đạo (bản trình lần ${String(d.submission)}): nhận ${String(d.accepted)}, bỏ ${String(d.rejected)}`,
  approved: () => 'Đã duyệt',
  published: (d) => `Đã phát hành: số ${String(d.number)}, ngày ${String(d.date).split('-').reverse().join('/')}`,
  drafting: () => 'Trở lại đang soạn',
  'new-version': () => 'Tạo từ một báo cáo đã phát hành',
};

export function SignOffPanel({
  report,
  flush,
  onChanged,
  onOpenReport,
}: {
  report: Report;
  flush: () => Promise<boolean>;
  onChanged?: () => void;
  onOpenReport: (id: string) => void;
}) {
  const [events, setEvents] = useState<ReportEvent[]>([]);
  // The latest change of state (this screen's copy of the report is not reloaded for it).
  const latest = [...events].reverse().find((e) => e.kind in REPORT_STATE_LABELS)?.kind as keyof typeof REPORT_STATE_LABELS | undefined;
  const state = latest ?? report.state ?? 'drafting';
  const [review, setReview] = useState<{ data: ApiResult<'signOff.review'>; file: { name: string; base64: string } } | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [number, setNumber] = useState(report.header.number);
  const [date, setDate] = useState<string | null>(report.header.date);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const said = useRef<HTMLParagraphElement>(null);
  const [round, setRound] = useState(0);
  // What was just done is said where the clerk is looking: the review she applied closes, the line takes its place.
  useEffect(() => {
    if (message) said.current?.scrollIntoView({ block: 'center' });
  }, [message]);
  useEffect(() => {
    api('signOff.events', { id: report.id }).then(setEvents, () => undefined);
  }, [report.id, round]);
  const changed = () => {
    setRound((n) => n + 1);
    onChanged?.();
  };
  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="sign-off">
      <h3>Trình ký</h3>
      <p>
        Tình trạng: <strong data-testid="report-state">{REPORT_STATE_LABELS[state]}</strong>
      </p>
      {state === 'published' ? (
        <p className="hint">
          Báo cáo đã phát hành nên bản này không sửa được nữa (vẫn xuất Word, PDF được).{' '}
          <button type="button" className="small" onClick={() => void run(async () => onOpenReport((await api('signOff.newVersion', { id: report.id })).id))}>
            Tạo phiên bản mới
          </button>
        </p>
      ) : (
        <div className="row-actions">
          <button
            type="button"
            onClick={() =>
              void run(async () => {
                if (!(await flush())) throw new Error('Chưa lưu được thay đổi mới nhất nên chưa xuất bản trình.');
                const sent = await api('signOff.export', { id: report.id });
                if (await saveFile(sent.fileName, sent.base64))
                  setMessage(
                    `Đã xuất bản trình lần ${sent.number}: ${sent.fileName}. Lãnh đạo sửa trực tiếp hoặc bật “Theo dõi thay đổi” trong Word, rồi gửi lại tệp này.`,
                  );
                changed();
              })
            }
          >
            Xuất bản trình
          </button>
          <button type="button" onClick={() => input.current?.click()}>
            Nhận bản đã sửa…
          </button>
          <HiddenFileInput
            ref={input}
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            label="Chọn bản đã sửa"
            onFile={(file) =>
              void run(async () => {
                if (!(await flush())) throw new Error('Chưa lưu được thay đổi mới nhất nên chưa nhận bản đã sửa.');
                const base64 = await fileToBase64(file, 'word');
                setReview({ data: await api('signOff.review', { reportId: report.id, fileName: file.name, base64 }), file: { name: file.name, base64 } });
              })
            }
          />
          {state !== 'approved' && (
            <button type="button" onClick={() => void run(async () => (await api('signOff.setState', { id: report.id, state: 'approved' }), changed()))}>
              Đánh dấu đã duyệt
            </button>
          )}
          <button type="button" onClick={() => setPublishing(true)}>
            Phát hành…
          </button>
        </div>
      )}
      {publishing && state !== 'published' && (
        <div className="form-grid publish-form">
          <label className="field">
            <span>Số văn bản (văn thư cấp)</span>
            <input value={number} onChange={(e) => setNumber(e.target.value)} />
          </label>
          <DateField label="Ngày ban hành" value={date} onChange={setDate} />
          <button
            type="button"
            className="primary"
            onClick={() =>
              void run(async () => {
                if (!(await flush())) throw new Error('Chưa lưu được thay đổi mới nhất nên chưa phát hành.');
                await api('signOff.setState', { id: report.id, state: 'published', number, ...(date ? { date } : {}) });
                setPublishing(false);
                changed();
              })
            }
          >
            Phát hành
          </button>
          <p className="note">Sau khi phát hành, báo cáo khóa lại: mọi thay đổi làm trên một phiên bản mới.</p>
        </div>
      )}
      {message && (
        <p className="success" role="status" ref={said}>
          {message}
        </p>
      )}
      {review && (
        <ReviewEdits
          reportId={report.id}
          review={review.data}
          file={review.file}
          onApplied={(text) => {
            setReview(null);
            setMessage(text);
            changed();
          }}
          onClose={() => setReview(null)}
        />
      )}
      {error && (
        <p className="warning" role="alert">
          {error}
        </p>
      )}
      {events.length > 0 && (
        <ol className="state-events" aria-label="Diễn biến trình ký">
          {events.map((e, i) => (
            <li key={i}>
              {formatDateTime(e.at)} — {(EVENT_LABELS[e.kind] ?? (() => e.kind))(e.detail)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
