/**
 * "Bảng chỉ tiêu": enter each indicator's figure for the previous and this period; the
 * comparison is worked out (tăng/giảm %, gấp … lần; for rates, điểm phần trăm). Inserts a table
 * (STT, Chỉ tiêu, Đơn vị tính, kỳ trước, kỳ này, So sánh), and on one click the sentence a report
 * writes from a row. The rows typed are a draft kept per part on this machine, so switching
 * steps (or closing the window) does not lose them.
 */
import { useEffect, useState } from 'react';
import { type Block, textParagraph } from '../../../../../shared/domain/report';
import { compare, comparisonSentence, indicatorTable, isRate, type IndicatorRow } from '../../../../../shared/domain/indicators';
import { formatFigureVi } from '../../../../../shared/text/vi-number';
import { TextArea } from '../../common/TextArea';

const EMPTY: IndicatorRow = { name: '', previous: '', current: '', unit: '' };

interface Draft {
  rows: IndicatorRow[];
  previousLabel: string;
  currentLabel: string;
  caption: string;
}

const DRAFT_PREFIX = 'baocao.bang-chi-tieu:';
const BLANK_DRAFT: Draft = { rows: [{ ...EMPTY }], previousLabel: 'Năm trước', currentLabel: 'Năm nay', caption: '' };

function readDraft(key: string): Draft {
  try {
    const saved = JSON.parse(window.localStorage.getItem(DRAFT_PREFIX + key) ?? 'null') as Draft | null;
    return saved && Array.isArray(saved.rows) && saved.rows.length > 0 ? saved : BLANK_DRAFT;
  } catch {
    return BLANK_DRAFT;
  }
}

export function IndicatorTool({ draftKey, onInsert }: { draftKey: string; onInsert: (blocks: Block[]) => void }) {
  const [draft, setDraft] = useState<Draft>(() => readDraft(draftKey));
  const { rows, previousLabel, currentLabel, caption } = draft;
  useEffect(() => {
    try {
      window.localStorage.setItem(DRAFT_PREFIX + draftKey, JSON.stringify(draft));
    } catch {
      // A full or blocked storage only loses the draft, never the report.
    }
  }, [draft, draftKey]);
  const change = (next: Partial<Draft>) => setDraft((prev) => ({ ...prev, ...next }));
  const setRows = (next: IndicatorRow[]) => change({ rows: next.length > 0 ? next : [{ ...EMPTY }] });
  const setPreviousLabel = (previousLabel: string) => change({ previousLabel });
  const setCurrentLabel = (currentLabel: string) => change({ currentLabel });
  const setCaption = (caption: string) => change({ caption });
  const set = (i: number, changed: Partial<IndicatorRow>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...changed } : r)));
  /** On leaving a figure: 2766 → 2.766, 82.4 → 82,4 (the same value, written the Vietnamese way). */
  const tidy = (i: number, field: 'previous' | 'current') => {
    const row = rows[i];
    if (row && formatFigureVi(row[field]) !== row[field]) set(i, { [field]: formatFigureVi(row[field]) });
  };
  const filled = rows.filter((r) => r.name.trim() !== '');
  return (
    <details className="tool">
      <summary>Bảng chỉ tiêu (so sánh kỳ trước – kỳ này)</summary>
      <div className="form-grid">
        <label className="field"><span>Tên cột kỳ trước</span><input value={previousLabel} onChange={(e) => setPreviousLabel(e.target.value)} /></label>
        <label className="field"><span>Tên cột kỳ này</span><input value={currentLabel} onChange={(e) => setCurrentLabel(e.target.value)} /></label>
        <label className="field wide"><span>Tên bảng (nếu có)</span><input value={caption} placeholder="Ví dụ: Bảng 1. Kết quả thực hiện các chỉ tiêu" onChange={(e) => setCaption(e.target.value)} /></label>
      </div>
      <table className="grid indicator-grid">
        <thead>
          <tr><th>STT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>{previousLabel}</th><th>{currentLabel}</th><th>So sánh</th><th /></tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td className="stt">{i + 1}</td>
              {/* A long name wraps onto more lines instead of being cut off. */}
              <td className="name"><TextArea aria-label={`Chỉ tiêu ${i + 1}`} rows={1} value={r.name} onChange={(e) => set(i, { name: e.target.value.replace(/\n/g, ' ') })} /></td>
              <td><input aria-label={`Đơn vị ${i + 1}`} value={r.unit ?? ''} placeholder="hồ sơ" onChange={(e) => set(i, { unit: e.target.value })} /></td>
              <td><input aria-label={`Kỳ trước ${i + 1}`} inputMode="decimal" value={r.previous} placeholder="1.523" onChange={(e) => set(i, { previous: e.target.value })} onBlur={() => tidy(i, 'previous')} /></td>
              <td><input aria-label={`Kỳ này ${i + 1}`} inputMode="decimal" value={r.current} placeholder="1.874" onChange={(e) => set(i, { current: e.target.value })} onBlur={() => tidy(i, 'current')} /></td>
              <td data-testid={`so-sanh-${i + 1}`}>{compare(r.previous, r.current, { rate: isRate(r) }).text}</td>
              <td className="row-tools">
                <button type="button" className="small" disabled={r.name.trim() === ''} onClick={() => onInsert([textParagraph(comparisonSentence(r, previousLabel.toLocaleLowerCase('vi-VN')))])}>
                  Chèn câu
                </button>
                <button type="button" className="icon-button" aria-label={`Xóa chỉ tiêu ${i + 1}`} onClick={() => setRows(rows.filter((_, j) => j !== i))}>✕</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">
        Số viết theo kiểu Việt Nam: 1.523 (dấu chấm ngăn hàng nghìn), 0,88 (dấu phẩy thập phân); gõ 2766 hay 82.4 sẽ được viết lại thành 2.766,
        82,4. Chỉ tiêu là tỷ lệ (đơn vị tính “%”) được so sánh bằng điểm phần trăm.
      </p>
      <div className="row-actions">
        <button type="button" className="small" onClick={() => setRows([...rows, { ...EMPTY }])}>+ Chỉ tiêu</button>
        <button type="button" className="small" disabled={filled.length === 0} onClick={() => onInsert([indicatorTable(filled, previousLabel, currentLabel, caption)])}>
          Chèn bảng vào báo cáo
        </button>
      </div>
    </details>
  );
}
