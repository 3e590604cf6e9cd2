/** A small grid editor for a table block: caption, header row, data rows; add and remove rows and columns. */
import { formatFigureVi } from '#shared/text/vi-number';
import type { Block } from '#shared/domain/report';

type TableBlock = Extract<Block, { type: 'table' }>;

export function TableField({ block, onChange }: { block: TableBlock; onChange: (block: TableBlock) => void }) {
  const columns = block.header.length;
  const setHeader = (c: number, value: string) => onChange({ ...block, header: block.header.map((h, i) => (i === c ? value : h)) });
  const setCell = (r: number, c: number, value: string) =>
    onChange({ ...block, rows: block.rows.map((row, i) => (i === r ? Array.from({ length: columns }, (_, j) => (j === c ? value : (row[j] ?? ''))) : row)) });
  const addRow = () => onChange({ ...block, rows: [...block.rows, Array.from({ length: columns }, () => '')] });
  const removeRow = (r: number) => onChange({ ...block, rows: block.rows.filter((_, i) => i !== r) });
  const addColumn = () => onChange({ ...block, header: [...block.header, ''], rows: block.rows.map((row) => [...row, '']) });
  const removeColumn = () => columns > 1 && onChange({ ...block, header: block.header.slice(0, -1), rows: block.rows.map((row) => row.slice(0, columns - 1)) });

  return (
    <div className="table-field">
      <label className="field">
        <span>Tên bảng</span>
        <input
          value={block.caption ?? ''}
          placeholder="Ví dụ: Bảng 1. Kết quả thực hiện các chỉ tiêu"
          onChange={(e) => onChange({ ...block, caption: e.target.value })}
        />
      </label>
      <table className="grid">
        <thead>
          <tr>
            {block.header.map((h, c) => (
              <th key={c}>
                <input aria-label={`Tiêu đề cột ${c + 1}`} value={h} onChange={(e) => setHeader(c, e.target.value)} />
              </th>
            ))}
            <th className="narrow" />
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {Array.from({ length: columns }, (_, c) => (
                <td key={c}>
                  <input
                    aria-label={`Dòng ${r + 1}, cột ${c + 1}`}
                    value={row[c] ?? ''}
                    onChange={(e) => setCell(r, c, e.target.value)}
                    // Leaving a figure: 2766 → 2.766, 82.4 → 82,4 (same value, the Vietnamese way).
                    onBlur={(e) => {
                      const shown = formatFigureVi(e.target.value);
                      if (shown !== e.target.value) setCell(r, c, shown);
                    }}
                  />
                </td>
              ))}
              <td className="narrow">
                <button type="button" className="icon-button danger" aria-label={`Xóa dòng ${r + 1}`} onClick={() => removeRow(r)}>
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row-actions">
        <button type="button" className="small" onClick={addRow}>
          + Dòng
        </button>
        <button type="button" className="small" onClick={addColumn}>
          + Cột
        </button>
        <button type="button" className="small" onClick={removeColumn} disabled={columns <= 1}>
          − Cột
        </button>
      </div>
    </div>
  );
}
