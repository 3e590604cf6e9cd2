/**
 * What a row of the library offers, by shelf: in the list — next period's report, Lưu trữ, Xóa
 * (to the Thùng rác); in Lưu trữ — back to the list, Xóa; in the Thùng rác — Khôi phục, Xóa hẳn
 * (asked twice, the only way a report is deleted for good before its 30 days).
 */
import { useState } from 'react';
import type { ReportSummary, Shelf } from '#shared/domain/report';
import { api, errorMessage } from '../../api/client';
import { Writes } from '../common/data-state';

interface Props {
  report: ReportSummary;
  shelf: Shelf;
  onOpen: (id: string) => void;
  onChanged: () => void;
  onError: (message: string) => void;
}

export function ReportRowActions(props: Props) {
  return (
    <Writes className="row-writes">
      <RowActions {...props} />
    </Writes>
  );
}

function RowActions({ report: r, shelf, onOpen, onChanged, onError }: Props) {
  const [confirming, setConfirming] = useState(false);
  const name = r.title || r.period;
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setConfirming(false);
      onChanged();
    } catch (e) {
      onError(errorMessage(e));
    }
  };

  if (shelf === 'trash') {
    return confirming ? (
      <span className="confirm">
        Xóa hẳn, không khôi phục được nữa?{' '}
        <button type="button" className="small danger" onClick={() => void act(() => api('library.deleteForever', { id: r.id }))}>
          Xóa hẳn
        </button>{' '}
        <button type="button" className="small" onClick={() => setConfirming(false)}>
          Thôi
        </button>
      </span>
    ) : (
      <>
        <button type="button" className="small" aria-label={`Khôi phục “${name}”`} onClick={() => void act(() => api('library.restore', { id: r.id }))}>
          Khôi phục
        </button>{' '}
        <button type="button" className="small" aria-label={`Xóa hẳn “${name}”`} onClick={() => setConfirming(true)}>
          Xóa hẳn…
        </button>
      </>
    );
  }
  if (confirming) {
    return (
      <span className="confirm">
        Chuyển báo cáo này vào Thùng rác (giữ 30 ngày)?{' '}
        <button type="button" className="small danger" onClick={() => void act(() => api('library.delete', { id: r.id }))}>
          Xóa
        </button>{' '}
        <button type="button" className="small" onClick={() => setConfirming(false)}>
          Thôi
        </button>
      </span>
    );
  }
  return (
    <>
      {shelf === 'active' && (
        <>
          <button
            type="button"
            className="small"
            title="Báo cáo mới cho kỳ sau: giữ phần đầu, các phần và nội dung, người ký, nơi nhận; bảng chỉ tiêu chuyển kỳ này thành kỳ trước"
            aria-label={`Tạo báo cáo kỳ sau từ “${name}”`}
            onClick={() =>
              void api('reports.createFromPrevious', { id: r.id }).then(
                (next) => onOpen(next.id),
                (e: unknown) => onError(errorMessage(e)),
              )
            }
          >
            Tạo kỳ sau từ báo cáo này
          </button>{' '}
          <button
            type="button"
            className="small"
            title="Ẩn khỏi danh sách; vẫn tìm thấy khi tìm kiếm"
            aria-label={`Lưu trữ “${name}”`}
            onClick={() => void act(() => api('library.archive', { id: r.id, archived: true }))}
          >
            Lưu trữ
          </button>{' '}
        </>
      )}
      {shelf === 'archived' && (
        <>
          <button
            type="button"
            className="small"
            aria-label={`Đưa “${name}” về danh sách`}
            onClick={() => void act(() => api('library.archive', { id: r.id, archived: false }))}
          >
            Đưa về danh sách
          </button>{' '}
        </>
      )}
      <button type="button" className="small" aria-label={`Xóa “${name}”`} onClick={() => setConfirming(true)}>
        Xóa
      </button>
    </>
  );
}
