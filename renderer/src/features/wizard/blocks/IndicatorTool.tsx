/**
 * "Bảng chỉ tiêu": enter each indicator's figure for the previous and this period; the
 * comparison is worked out (tăng/giảm %, gấp … lần; for rates, điểm phần trăm). Inserts an
 * indicator block (printed as STT, Chỉ tiêu, Đơn vị tính, kỳ trước, kỳ này, So sánh), and on one click the sentence a report
 * writes from a row. The rows typed are a draft kept per part on this machine, so switching
 * steps (or closing the window) does not lose them.
 */
import { useEffect, useState } from 'react';
import { type Block, textParagraph } from '#shared/domain/report';
import { comparisonSentence, type IndicatorRow } from '#shared/domain/indicators';
import { IndicatorGrid } from './IndicatorGrid';

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
  const [inserted, setInserted] = useState(false);
  const { rows, previousLabel, currentLabel, caption } = draft;
  useEffect(() => {
    try {
      window.localStorage.setItem(DRAFT_PREFIX + draftKey, JSON.stringify(draft));
    } catch {
      // A full or blocked storage only loses the draft, never the report.
    }
  }, [draft, draftKey]);
  const change = (next: Partial<Draft>) => {
    setInserted(false);
    setDraft((prev) => ({ ...prev, ...next }));
  };
  const setRows = (next: IndicatorRow[]) => change({ rows: next.length > 0 ? next : [{ ...EMPTY }] });
  const setPreviousLabel = (previousLabel: string) => change({ previousLabel });
  const setCurrentLabel = (currentLabel: string) => change({ currentLabel });
  const setCaption = (caption: string) => change({ caption });
  const filled = rows.filter((r) => r.name.trim() !== '');
  return (
    <details className="tool">
      <summary>Bảng chỉ tiêu (so sánh kỳ trước – kỳ này)</summary>
      <div className="form-grid">
        <label className="field">
          <span>Tên cột kỳ trước</span>
          <input value={previousLabel} onChange={(e) => setPreviousLabel(e.target.value)} />
        </label>
        <label className="field">
          <span>Tên cột kỳ này</span>
          <input value={currentLabel} onChange={(e) => setCurrentLabel(e.target.value)} />
        </label>
        <label className="field wide">
          <span>Tên bảng (nếu có)</span>
          <input value={caption} placeholder="Ví dụ: Bảng 1. Kết quả thực hiện các chỉ tiêu" onChange={(e) => setCaption(e.target.value)} />
        </label>
      </div>
      <IndicatorGrid
        rows={rows}
        previousLabel={previousLabel}
        currentLabel={currentLabel}
        onChange={setRows}
        rowTools={(r) => (
          <button
            type="button"
            className="small"
            disabled={r.name.trim() === ''}
            onClick={() => onInsert([textParagraph(comparisonSentence(r, previousLabel.toLocaleLowerCase('vi-VN')))])}
          >
            Chèn câu
          </button>
        )}
      />
      <p className="note">
        Số viết theo kiểu Việt Nam: 1.523 (dấu chấm ngăn hàng nghìn), 0,88 (dấu phẩy thập phân); gõ 2766 hay 82.4 sẽ được viết lại thành 2.766, 82,4. Chỉ tiêu
        là tỷ lệ (đơn vị tính “%”) được so sánh bằng điểm phần trăm.
      </p>
      <div className="row-actions">
        <button type="button" className="small" onClick={() => setRows([...rows, { ...EMPTY }])}>
          + Chỉ tiêu
        </button>
        <button
          type="button"
          className="small"
          disabled={filled.length === 0}
          onClick={() => {
            onInsert([
              {
                type: 'indicators',
                ...(caption.trim() ? { caption: caption.trim() } : {}),
                previousLabel: previousLabel.trim() || 'Kỳ trước',
                currentLabel: currentLabel.trim() || 'Kỳ này',
                rows: filled.map((r) => ({ ...r, name: r.name.trim() })),
              },
            ]);
            // The table is now in the part, where it is edited: the builder starts blank (its
            // column names kept for the next table), so there are never two copies on screen.
            setDraft({ ...BLANK_DRAFT, previousLabel, currentLabel });
            setInserted(true);
          }}
        >
          Chèn bảng vào báo cáo
        </button>
      </div>
      {inserted && (
        <p className="note" role="status">
          Đã chèn bảng vào phần này.
        </p>
      )}
    </details>
  );
}
