/**
 * "Lịch sử" of one part: snapshots taken while writing, before each export and before each
 * restore. Restoring keeps what was there as a new snapshot, so it can be undone.
 */
import { useEffect, useState } from 'react';
import { REVISION_REASON_LABELS, type RevisionSummary } from '#shared/domain/history';
import { api, errorMessage } from '../../api/client';
import { Status } from '../common/Status';
import { formatDateTime } from '../common/format-time';
import { useDialogFocus } from '../common/use-dialog-focus';

interface Props {
  reportId: string;
  sectionId: string;
  /** Flushes unsaved typing first, so the list includes it. */
  beforeOpen: () => Promise<boolean>;
  onRestore: (revisionId: string) => Promise<void>;
}

export function HistoryPanel({ reportId, sectionId, beforeOpen, onRestore }: Props) {
  const [open, setOpen] = useState(false);
  const [list, setList] = useState<RevisionSummary[] | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const dialog = useDialogFocus<HTMLDivElement>(open, () => setOpen(false));

  useEffect(() => {
    if (!open) return;
    let live = true;
    void beforeOpen().then(() =>
      api('history.list', { reportId, sectionId }).then(
        (l) => live && setList(l),
        (e: unknown) => live && setError(errorMessage(e)),
      ),
    );
    return () => {
      live = false;
    };
  }, [open, reportId, sectionId, beforeOpen, restored]);

  if (!open) {
    return (
      <button type="button" className="small" onClick={() => setOpen(true)}>
        Lịch sử
      </button>
    );
  }
  return (
    <div className="history" role="dialog" aria-label="Lịch sử của phần này" tabIndex={-1} ref={dialog}>
      <div className="history-head">
        <strong>Lịch sử của phần này</strong>
        <button type="button" className="link-button" onClick={() => setOpen(false)}>
          Đóng
        </button>
      </div>
      <Status kind="error" message={error} />
      {restored && <Status kind="success">Đã khôi phục. Nội dung trước khi khôi phục vẫn nằm trong lịch sử, có thể khôi phục lại.</Status>}
      {list === null ? (
        <p>Đang tải…</p>
      ) : list.length === 0 ? (
        <p className="note">Chưa có bản lưu nào. Bản lưu được tạo khi bạn soạn tiếp sau vài phút, trước mỗi lần xuất Word và trước mỗi lần khôi phục.</p>
      ) : (
        <ul>
          {list.map((r) => (
            <li key={r.id}>
              <span>
                {formatDateTime(r.createdAt)} · {REVISION_REASON_LABELS[r.reason]}
                {r.by ? ` · khi ${r.by} lưu` : ''} · {r.characters} ký tự
              </span>{' '}
              <button type="button" className="small" onClick={() => setViewing(viewing === r.id ? null : r.id)}>
                {viewing === r.id ? 'Ẩn' : 'Xem'}
              </button>{' '}
              <button
                type="button"
                className="small"
                onClick={() =>
                  void onRestore(r.id).then(
                    () => setRestored((x) => !x),
                    (e: unknown) => setError(errorMessage(e)),
                  )
                }
              >
                Khôi phục bản này
              </button>
              {viewing === r.id && <pre className="history-preview">{r.preview || '(trống)'}</pre>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
