/**
 * "Xem trước số liệu từ tệp Excel": before a unit's biểu mẫu is counted, what it is read as —
 * the unit that sent it, the sheet, which column is kỳ trước and which kỳ này (guessed columns
 * said so), each indicator with its figures, every row not read and why, and what keeps the file
 * from being counted. The clerk can choose another sheet, other columns, another unit; nothing
 * is counted until "Đưa vào tổng hợp".
 */
import { Status } from '../common/Status';
import { useDialogFocus } from '../common/use-dialog-focus';
import { unitOptions, type PendingSheet, type SheetChoice } from './consolidation-state';

interface SheetReviewProps {
  pending: PendingSheet;
  units: readonly string[];
  busy: boolean;
  /** How many more files wait after this one. */
  waiting: number;
  onReread: (choice: SheetChoice) => void;
  onUnit: (unit: string) => void;
  onAdd: () => void;
  onSkip: () => void;
}

export function SheetReview({ pending, units, busy, waiting, onReread, onUnit, onAdd, onSkip }: SheetReviewProps) {
  const dialog = useDialogFocus<HTMLDivElement>(true, onSkip);
  const { review } = pending;
  const reading = review.reading;
  const unit = pending.choice.unit ?? review.unit;
  const columnChoice = (period: 'previous' | 'current', value: string) => {
    if (!reading) return;
    const columns = { ...reading.figureColumns, [period]: value === '' ? null : Number(value) };
    onReread({ sheet: reading.sheet, columns: { previous: columns.previous, current: columns.current } });
  };
  const columnSelect = (period: 'previous' | 'current', label: string) =>
    reading && (
      <label className="field">
        <span>{label}</span>
        <select value={reading.figureColumns[period] ?? ''} onChange={(e) => columnChoice(period, e.target.value)}>
          <option value="">(không có)</option>
          {reading.columns.map((c) => (
            <option key={c.index} value={c.index}>
              Cột {c.letter}
              {c.header ? ` — ${c.header}` : ''}
            </option>
          ))}
        </select>
      </label>
    );

  return (
    <div className="form-card sheet-review" role="dialog" aria-label={`Xem trước số liệu từ tệp ${review.fileName}`} tabIndex={-1} ref={dialog}>
      <h3>Xem trước số liệu từ tệp {review.fileName}</h3>
      <p className="note">Số liệu chỉ được cộng khi bấm “Đưa vào tổng hợp”.{waiting > 0 ? ` Còn ${waiting} tệp Excel chờ xem.` : ''}</p>
      <div className="form-grid">
        <label className="field">
          <span>Đơn vị gửi</span>
          <select value={unit} onChange={(e) => onUnit(e.target.value)}>
            {unitOptions(units, unit).map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </label>
        {review.sheets.length > 1 && (
          <label className="field">
            <span>Trang tính</span>
            <select value={reading?.sheet ?? ''} onChange={(e) => onReread({ sheet: e.target.value })}>
              {!reading && <option value="">(chọn trang)</option>}
              {review.sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name} ({s.matched} chỉ tiêu)
                </option>
              ))}
            </select>
          </label>
        )}
        {columnSelect('previous', 'Cột kỳ trước')}
        {columnSelect('current', 'Cột kỳ này')}
      </div>
      {reading?.figureColumns.guessed && (
        <Status
          kind="finding"
          message="Tên cột không cho biết kỳ nào: cột kỳ trước và kỳ này được chọn theo thứ tự cột — hãy kiểm tra hai ô chọn cột ở trên."
        />
      )}
      {review.message && (
        <Status kind="problem">
          <strong>{review.message}</strong>
          {reading && reading.problems.length > 0 && (
            <ul>
              {reading.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </Status>
      )}
      {reading && reading.read.length > 0 && (
        <table className="grid" aria-label="Số liệu đọc được">
          <thead>
            <tr>
              <th>Dòng</th>
              <th>Chỉ tiêu</th>
              <th>Tên trong tệp</th>
              <th>Kỳ trước</th>
              <th>Kỳ này</th>
            </tr>
          </thead>
          <tbody>
            {reading.read.map((r) => (
              <tr key={r.row}>
                <td className="number">{r.row}</td>
                <td>{r.indicator}</td>
                <td>{r.name === r.indicator ? '' : r.name}</td>
                <td className="number">{r.previous}</td>
                <td className="number">{r.current}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {reading && reading.unread.length > 0 && (
        <details open={reading.unread.length <= 10}>
          <summary>{reading.unread.length} dòng không đọc</summary>
          <ul className="sheet-unread" aria-label="Các dòng không đọc">
            {reading.unread.map((u) => (
              <li key={u.row}>
                Dòng {u.row} “{u.text}”: {u.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="row-actions">
        <button type="button" className="primary" disabled={busy || review.message !== null || !reading} onClick={onAdd}>
          Đưa vào tổng hợp
        </button>
        <button type="button" onClick={onSkip}>
          Bỏ qua tệp này
        </button>
      </div>
    </div>
  );
}
