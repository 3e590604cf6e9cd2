/**
 * Trình ký, on the export step: the report's state (Đang soạn → Đã trình → Đã duyệt → Đã phát
 * hành), the bản trình out to the leader and the edited file back, approval, and publication with
 * the số and ngày the văn thư gives — after which the report is locked and changes go into a new
 * version. Every change of state is listed with its time.
 */
import { useEffect, useReducer, useRef, useState } from 'react';
import type { ApiResult, ReportEvent } from '#shared/contract/api';
import { REPORT_STATE_LABELS, type Report } from '#shared/domain/report';
import { api, errorMessage, saveFile } from '../../api/client';
import { DateField } from '../common/DateField';
import { fileToBase64 } from '../common/file-to-base64';
import { formatDateTime } from '../common/format-time';
import { HiddenFileInput } from '../common/HiddenFileInput';
import { ReviewEdits } from './ReviewEdits';
import { currentState, eventLine, initialSignOffPanel, offeredActions, signOffPanelReducer } from './sign-off-state';
import { signOffScreen } from '#shared/messages/sign-off';
import { Status } from '../common/Status';
import { notSavedYet } from '#shared/messages/common';

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
  const state = currentState(events, report.state);
  const offered = offeredActions(state);
  const [review, setReview] = useState<{ data: ApiResult<'signOff.review'>; file: { name: string; base64: string } } | null>(null);
  const [panel, dispatch] = useReducer(signOffPanelReducer, initialSignOffPanel(report.header.number, report.header.date));
  const { publishing, number, date, message, error } = panel;
  const input = useRef<HTMLInputElement>(null);
  const said = useRef<HTMLDivElement>(null);
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
    dispatch({ type: 'started' });
    try {
      await work();
    } catch (e) {
      dispatch({ type: 'failed', message: errorMessage(e) });
    }
  };
  /** The clerk's last edits are saved first: a bản trình or a publication of an older text would mislead. */
  const saved = async (what: string) => {
    if (!(await flush())) throw new Error(notSavedYet(what));
  };

  return (
    <div className="sign-off">
      <h3>Trình ký</h3>
      <p>
        Tình trạng: <strong data-testid="report-state">{REPORT_STATE_LABELS[state]}</strong>
      </p>
      {offered.includes('new-version') ? (
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
                await saved('xuất bản trình');
                const sent = await api('signOff.export', { id: report.id });
                if (await saveFile(sent.fileName, sent.base64)) dispatch({ type: 'done', message: signOffScreen.exported(sent.number, sent.fileName) });
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
                await saved('nhận bản đã sửa');
                const base64 = await fileToBase64(file, 'word');
                setReview({ data: await api('signOff.review', { reportId: report.id, fileName: file.name, base64 }), file: { name: file.name, base64 } });
              })
            }
          />
          {offered.includes('approve') && (
            <button type="button" onClick={() => void run(async () => (await api('signOff.setState', { id: report.id, state: 'approved' }), changed()))}>
              Đánh dấu đã duyệt
            </button>
          )}
          <button type="button" onClick={() => dispatch({ type: 'publishOpened' })}>
            Phát hành…
          </button>
        </div>
      )}
      {publishing && state !== 'published' && (
        <div className="form-grid publish-form">
          <label className="field">
            <span>Số văn bản (văn thư cấp)</span>
            <input value={number} onChange={(e) => dispatch({ type: 'numberTyped', number: e.target.value })} />
          </label>
          <DateField label="Ngày ban hành" value={date} onChange={(d) => dispatch({ type: 'dateChosen', date: d })} />
          <button
            type="button"
            className="primary"
            onClick={() =>
              void run(async () => {
                await saved('phát hành');
                await api('signOff.setState', { id: report.id, state: 'published', number, ...(date ? { date } : {}) });
                dispatch({ type: 'published' });
                changed();
              })
            }
          >
            Phát hành
          </button>
          <p className="note">Sau khi phát hành, báo cáo khóa lại: mọi thay đổi làm trên một phiên bản mới.</p>
        </div>
      )}
      <Status kind="success" ref={said} message={message} />
      {review && (
        <ReviewEdits
          reportId={report.id}
          review={review.data}
          file={review.file}
          onApplied={(text) => {
            setReview(null);
            dispatch({ type: 'done', message: text });
            changed();
          }}
          onClose={() => setReview(null)}
        />
      )}
      <Status kind="error" message={error} />
      {events.length > 0 && (
        <ol className="state-events" aria-label="Diễn biến trình ký">
          {events.map((e, i) => (
            <li key={i}>
              {formatDateTime(e.at)} — {eventLine(e)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
