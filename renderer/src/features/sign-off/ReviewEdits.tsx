/**
 * "Nhận bản đã sửa": the leader's changes, part by part, in the order of his file — each
 * paragraph rewritten (shown as a word diff), added, removed or moved, each part renamed, each
 * field changed, the tracked changes with who suggested them, and every comment beside the
 * paragraph, title or field it is anchored to — to accept or reject one by one or all at once.
 * Where the clerk has changed the same spot since the bản trình, she chooses: hers, his, or both.
 */
import { useState } from 'react';
import type { ApiResult } from '#shared/contract/api';
import type { ReviewChange } from '#shared/sign-off/review';
import { signOffScreen } from '#shared/messages/sign-off';
import { api } from '../../api/client';
import { formatDateTime } from '../common/format-time';
import { WordDiff } from '../common/WordDiff';
import { useApiAction } from '../common/use-api-action';
import { Status } from '../common/Status';

type Review = ApiResult<'signOff.review'>;
type Choice = 'mine' | 'theirs' | 'both';

const KIND_LABELS: Record<ReviewChange['kind'], string> = {
  rewritten: 'Sửa đoạn',
  inserted: 'Thêm đoạn',
  deleted: 'Xóa đoạn',
  moved: 'Chuyển đoạn',
  retitled: 'Đổi tên phần',
  field: 'Sửa thông tin',
  'part-added': 'Phần mới (không có trong bản trình)',
  'part-removed': 'Bỏ phần',
  comment: 'Ghi chú',
};

const who = (author: string) => (author.trim() === '' ? '(không rõ tên)' : author);

/** The clerk's first choice for each change: his where she has not touched the spot, hers where she has. */
function initialChoices(changes: readonly ReviewChange[]): Record<string, Choice> {
  return Object.fromEntries(changes.filter((c) => c.kind !== 'comment').map((c) => [c.id, c.collides ? 'mine' : 'theirs']));
}

export function ReviewEdits({
  reportId,
  review,
  file,
  onApplied,
  onClose,
}: {
  reportId: string;
  review: Review;
  file: { name: string; base64: string };
  onApplied: (message: string) => void;
  onClose: () => void;
}) {
  const [choices, setChoices] = useState<Record<string, Choice>>(() => initialChoices(review.changes));
  const { busy, error, run } = useApiAction();
  const edits = review.changes.filter((c) => c.kind !== 'comment');
  const accepted = edits.filter((c) => choices[c.id] !== 'mine');
  const choose = (id: string, choice: Choice) => setChoices((prev) => ({ ...prev, [id]: choice }));
  const all = (choice: 'theirs' | 'mine') => setChoices(Object.fromEntries(edits.map((c) => [c.id, choice])));
  const groups = new Map<string, ReviewChange[]>();
  for (const c of review.changes) groups.set(c.where, [...(groups.get(c.where) ?? []), c]);

  async function apply() {
    await run(async () => {
      const result = await api('signOff.apply', {
        reportId,
        fileName: file.name,
        base64: file.base64,
        accept: accepted.map((c) => c.id),
        keepBoth: accepted.filter((c) => choices[c.id] === 'both').map((c) => c.id),
      });
      onApplied(signOffScreen.applied(result.taken, edits.length, result.keptBoth, result.notPlaced.length));
    });
  }

  return (
    <section className="review-edits" aria-label="Sửa đổi của lãnh đạo">
      <h3>
        Sửa đổi của lãnh đạo — bản trình lần {review.number} ({formatDateTime(review.sentAt)})
      </h3>
      {review.fromEarlierVersion && <p className="note">{signOffScreen.fromEarlierVersion(review.fromEarlierVersion.title)}</p>}
      {review.takenBefore && (
        <p className="note" role="status">
          {signOffScreen.takenBefore(formatDateTime(review.takenBefore), review.alreadyTaken)}
        </p>
      )}
      {review.changes.length === 0 ? (
        <Status kind="success">{review.alreadyTaken > 0 ? signOffScreen.nothingNew : 'Tệp nhận lại không có thay đổi nào so với bản trình.'}</Status>
      ) : (
        <>
          {edits.length > 0 && (
            <p>
              {edits.length} thay đổi; đang chọn nhận {accepted.length}.{' '}
              <button type="button" className="small" onClick={() => all('theirs')}>
                Nhận tất cả
              </button>{' '}
              <button type="button" className="small" onClick={() => all('mine')}>
                Bỏ tất cả
              </button>
            </p>
          )}
          {[...groups.entries()].map(([where, changes]) => (
            <div key={where} className="review-group">
              <h4>{where}</h4>
              {changes.map((c) => (
                <ReviewItem key={c.id} change={c} choice={choices[c.id] ?? 'mine'} onChoose={(choice) => choose(c.id, choice)} />
              ))}
            </div>
          ))}
        </>
      )}
      {review.unplacedComments.length > 0 && (
        <Status kind="finding">
          <strong>Ghi chú của lãnh đạo ở chỗ chưa xếp được vào báo cáo:</strong>
          <ul aria-label="Ghi chú chưa xếp được">
            {review.unplacedComments.map((m, i) => (
              <li key={i}>
                💬 {who(m.author)}: {m.text} <em>(tại “{m.anchor}”)</em>
              </li>
            ))}
          </ul>
        </Status>
      )}
      {review.unplaced.length > 0 && (
        <Status kind="finding">
          <strong>Dòng trong tệp nhận lại chưa xếp được vào báo cáo:</strong>
          <ul>
            {review.unplaced.map((u, i) => (
              <li key={i}>{u}</li>
            ))}
          </ul>
        </Status>
      )}
      <Status kind="error" message={error} />
      <div className="row-actions">
        {edits.length > 0 && (
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

function ReviewItem({ change: c, choice, onChoose }: { change: ReviewChange; choice: Choice; onChoose: (choice: Choice) => void }) {
  const label = `${KIND_LABELS[c.kind]} — ${(c.after || c.before).slice(0, 60)}`;
  const comments = c.comments.map((m, i) => (
    <p key={i} className="review-comment">
      💬 {who(m.author)}: {m.text}
    </p>
  ));
  if (c.kind === 'comment') {
    return (
      <div className="review-change review-note" data-testid={`thay-doi-${c.id}`}>
        <p className="review-anchor">
          <strong>Ghi chú</strong> tại: “{c.before}”
        </p>
        {comments}
      </div>
    );
  }
  return (
    <div className={`review-change${c.collides ? ' collides' : ''}`} data-testid={`thay-doi-${c.id}`}>
      {c.collides ? (
        <fieldset className="review-choice">
          <legend>
            <strong>{KIND_LABELS[c.kind]}</strong> — anh/chị đã sửa chỗ này sau khi trình
          </legend>
          <p className="note">Bản của anh/chị: {c.mine ? `“${c.mine}”` : '(anh/chị đã xóa đoạn này)'}</p>
          {(
            [
              ['mine', 'Giữ bản của tôi'],
              ['theirs', c.after ? 'Lấy bản của lãnh đạo (thay bản của tôi)' : 'Xóa như lãnh đạo'],
              ...(c.after && c.mine ? [['both', 'Giữ cả hai (đoạn của lãnh đạo ngay sau đoạn của tôi)']] : []),
            ] as [Choice, string][]
          ).map(([value, text]) => (
            <label key={value} className="choice">
              <input type="radio" name={`chon-${c.id}`} checked={choice === value} onChange={() => onChoose(value)} aria-label={`${text}: ${label}`} />
              <span>{text}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <label className="choice">
          <input
            type="checkbox"
            checked={choice !== 'mine'}
            onChange={(e) => onChoose(e.target.checked ? 'theirs' : 'mine')}
            aria-label={`Nhận thay đổi: ${label}`}
          />
          <span>
            <strong>{KIND_LABELS[c.kind]}</strong>
            {c.from && c.from !== c.where && <small> · từ “{c.from}”</small>}
            {c.suggestedBy.length > 0 && <small> · đề xuất (theo dõi thay đổi) của {c.suggestedBy.map(who).join(', ')}</small>}
          </span>
        </label>
      )}
      {c.kind === 'moved' ? <p className="review-anchor">“{c.after}”</p> : <WordDiff diff={c.diff} />}
      {comments}
    </div>
  );
}
