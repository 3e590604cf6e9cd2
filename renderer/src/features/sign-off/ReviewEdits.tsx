/**
 * "Nhận bản đã sửa": the leader's changes, part by part — each paragraph rewritten (shown as a
 * word diff), added or removed, each field changed, the tracked changes with who suggested them,
 * the comments beside their text — to accept or reject one by one or all at once. Where the clerk
 * has changed the same spot since the bản trình, both are shown and accepting keeps hers too.
 */
import { useState } from 'react';
import type { ApiResult } from '../../../../shared/contract/api';
import type { ReviewChange } from '../../../../shared/sign-off/review';
import { api } from '../../api/client';
import { formatDateTime } from '../common/format-time';
import { WordDiff } from '../common/WordDiff';
import { useApiAction } from '../common/use-api-action';

type Review = ApiResult<'submissions.review'>;

const KIND_LABELS: Record<ReviewChange['kind'], string> = {
  rewritten: 'Sửa đoạn',
  inserted: 'Thêm đoạn',
  deleted: 'Xóa đoạn',
  field: 'Sửa thông tin',
  'part-added': 'Phần mới (không có trong bản trình)',
  'part-removed': 'Phần bị bỏ hoặc đổi tên',
};

export function ReviewEdits({
  review,
  file,
  onApplied,
  onClose,
}: {
  review: Review;
  file: { name: string; base64: string };
  onApplied: (message: string) => void;
  onClose: () => void;
}) {
  const [accepted, setAccepted] = useState<Set<string>>(() => new Set(review.changes.filter((c) => !c.collides).map((c) => c.id)));
  const { busy, error, run } = useApiAction();
  const toggle = (id: string) =>
    setAccepted((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const groups = new Map<string, ReviewChange[]>();
  for (const c of review.changes) groups.set(c.where, [...(groups.get(c.where) ?? []), c]);

  async function apply() {
    await run(async () => {
      const result = await api('submissions.apply', { fileName: file.name, base64: file.base64, accept: [...accepted] });
      onApplied(
        `Đã nhận ${accepted.size}/${review.changes.length} thay đổi của lãnh đạo${result.placedAtEnd.length > 0 ? `; ${result.placedAtEnd.length} đoạn được thêm ở cuối phần vì anh/chị đã sửa chỗ đó` : ''}. Bản trước khi nhận có trong Lịch sử từng phần.`,
      );
    });
  }

  return (
    <section className="review-edits" aria-label="Sửa đổi của lãnh đạo">
      <h3>
        Sửa đổi của lãnh đạo — bản trình lần {review.number} ({formatDateTime(review.sentAt)})
      </h3>
      {review.changes.length === 0 ? (
        <p className="success" role="status">
          Tệp nhận lại không có thay đổi nào so với bản trình.
        </p>
      ) : (
        <>
          <p>
            {review.changes.length} thay đổi; đang chọn nhận {accepted.size}.{' '}
            <button type="button" className="small" onClick={() => setAccepted(new Set(review.changes.map((c) => c.id)))}>
              Nhận tất cả
            </button>{' '}
            <button type="button" className="small" onClick={() => setAccepted(new Set())}>
              Bỏ tất cả
            </button>
          </p>
          {[...groups.entries()].map(([where, changes]) => (
            <div key={where} className="review-group">
              <h4>{where}</h4>
              {changes.map((c) => (
                <div key={c.id} className={`review-change${c.collides ? ' collides' : ''}`} data-testid={`thay-doi-${c.id}`}>
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={accepted.has(c.id)}
                      onChange={() => toggle(c.id)}
                      aria-label={`Nhận thay đổi: ${KIND_LABELS[c.kind]} — ${(c.after || c.before).slice(0, 60)}`}
                    />
                    <span>
                      <strong>{KIND_LABELS[c.kind]}</strong>
                      {c.suggestedBy.length > 0 && <small> · đề xuất (theo dõi thay đổi) của {c.suggestedBy.join(', ')}</small>}
                    </span>
                  </label>
                  <WordDiff diff={c.diff} />
                  {c.comments.map((m, i) => (
                    <p key={i} className="review-comment">
                      💬 {m.author}: {m.text}
                    </p>
                  ))}
                  {c.collides && (
                    <p className="warning">
                      Anh/chị đã sửa chỗ này sau khi trình: “{c.mine}”. Nhận thay đổi thì đoạn của lãnh đạo được thêm vào, đoạn của anh/chị vẫn giữ.
                    </p>
                  )}
                </div>
              ))}
            </div>
          ))}
        </>
      )}
      {review.unplaced.length > 0 && (
        <div className="warning">
          <strong>Dòng trong tệp nhận lại chưa xếp được vào báo cáo:</strong>
          <ul>
            {review.unplaced.map((u, i) => (
              <li key={i}>{u}</li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p className="warning" role="alert">
          {error}
        </p>
      )}
      <div className="row-actions">
        {review.changes.length > 0 && (
          <button type="button" className="primary" disabled={busy} onClick={() => void apply()}>
            Áp dụng các thay đổi đã chọn
          </button>
        )}
        <button type="button" onClick={onClose}>
          Đóng
        </button>
      </div>
    </section>
  );
}
