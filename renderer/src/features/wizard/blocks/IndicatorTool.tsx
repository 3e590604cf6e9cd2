/**
 * "Bảng chỉ tiêu": enter each indicator's figure for the previous and this period; the
 * comparison is worked out (tăng/giảm %, gấp … lần). Inserts a normal table block, and on one
 * click the sentence a report writes from a row.
 */
import { useState } from 'react';
import type { Block } from '../../../../../shared/domain/report';
import { compare, comparisonSentence, indicatorTable, type IndicatorRow } from '../../../../../shared/domain/indicators';

const EMPTY: IndicatorRow = { name: '', previous: '', current: '', unit: '' };

export function IndicatorTool({ onInsert }: { onInsert: (blocks: Block[]) => void }) {
  const [rows, setRows] = useState<IndicatorRow[]>([{ ...EMPTY }]);
  const [previousLabel, setPreviousLabel] = useState('Năm trước');
  const [currentLabel, setCurrentLabel] = useState('Năm nay');
  const [caption, setCaption] = useState('');
  const set = (i: number, change: Partial<IndicatorRow>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
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
          <tr><th>Chỉ tiêu</th><th>{previousLabel}</th><th>{currentLabel}</th><th>Đơn vị</th><th>So sánh</th><th /></tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td><input aria-label={`Chỉ tiêu ${i + 1}`} value={r.name} onChange={(e) => set(i, { name: e.target.value })} /></td>
              <td><input aria-label={`Kỳ trước ${i + 1}`} inputMode="decimal" value={r.previous} placeholder="1.523" onChange={(e) => set(i, { previous: e.target.value })} /></td>
              <td><input aria-label={`Kỳ này ${i + 1}`} inputMode="decimal" value={r.current} placeholder="1.874" onChange={(e) => set(i, { current: e.target.value })} /></td>
              <td><input aria-label={`Đơn vị ${i + 1}`} value={r.unit ?? ''} placeholder="hồ sơ" onChange={(e) => set(i, { unit: e.target.value })} /></td>
              <td data-testid={`so-sanh-${i + 1}`}>{compare(r.previous, r.current).text}</td>
              <td>
                <button type="button" className="small" disabled={r.name.trim() === ''} onClick={() => onInsert([{ type: 'paragraph', text: comparisonSentence(r, previousLabel.toLocaleLowerCase('vi-VN')) }])}>
                  Chèn câu
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">Số viết theo kiểu Việt Nam: 1.523 (dấu chấm ngăn hàng nghìn), 0,88 (dấu phẩy thập phân).</p>
      <div className="row-actions">
        <button type="button" className="small" onClick={() => setRows([...rows, { ...EMPTY }])}>+ Chỉ tiêu</button>
        <button type="button" className="small" disabled={filled.length === 0} onClick={() => onInsert([indicatorTable(filled, previousLabel, currentLabel, caption)])}>
          Chèn bảng vào báo cáo
        </button>
      </div>
    </details>
  );
}
