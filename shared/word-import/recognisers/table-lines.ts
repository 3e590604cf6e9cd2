/**
 * A table of the body or of a phụ lục. One row of text with blank rows under it — where several
 * people sign a biên bản, a mẫu's "Người lập biểu … Thủ trưởng đơn vị" — would be a table with
 * no content, which the export leaves out: its words are kept as lines instead.
 */
import type { ImportLine, LineRole } from '../lines';
import type { LineLog } from './line-log';
import type { Unit } from './units';

type TableUnit = Extract<Unit, { kind: 'table' }>;

/** The table's line, or null when it was kept as lines of text (in `textRole`). */
export function addTable(log: LineLog, unit: Pick<TableUnit, 'rows' | 'marks'>, textRole: LineRole, caption?: string): ImportLine | null {
  const [header = [], ...rows] = unit.rows;
  if (!rows.some((row) => row.some((cell) => cell.trim() !== ''))) {
    for (const cell of header.filter((c) => c.trim() !== ''))
      log.add(textRole, null, { ...unit.marks, source: cell, text: cell, runs: [{ text: cell }], note: 'Bảng chỉ có một hàng chữ: giữ thành dòng' });
    return null;
  }
  return log.add('table', null, {
    ...unit.marks,
    source: unit.rows.map((r) => r.join(' | ')).join('\n'),
    text: caption ?? '',
    table: { ...(caption ? { caption } : {}), header, rows },
  });
}
