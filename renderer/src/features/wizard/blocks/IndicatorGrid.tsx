/**
 * The rows of an indicator table as a grid: chỉ tiêu, đơn vị tính, kỳ trước, kỳ này (and kế
 * hoạch where used), the comparison worked out as the clerk types. Used by the "Bảng chỉ tiêu"
 * tool (a draft) and by an indicator block in the report, which also names each row's code from
 * the Bộ chỉ tiêu so the level above can add the figures up.
 */
import type { IndicatorRowData } from '#shared/report-format/schema';
import { matchIndicatorByName, type IndicatorDefinition } from '#shared/domain/indicator-set';
import { compare, isRate } from '#shared/domain/indicators';
import { formatFigureVi } from '#shared/text/vi-number';
import { TextArea } from '../../common/TextArea';

export const EMPTY_ROW: IndicatorRowData = { name: '', previous: '', current: '', unit: '' };

interface Props {
  rows: IndicatorRowData[];
  previousLabel: string;
  currentLabel: string;
  planLabel?: string;
  /** Before each field's name, to tell two grids apart ("Bảng chỉ tiêu: Kỳ này 1"). */
  labelPrefix?: string;
  /** The Bộ chỉ tiêu's indicators: a code column appears when given. */
  definitions?: readonly IndicatorDefinition[];
  onChange: (rows: IndicatorRowData[]) => void;
  /** Extra buttons at the end of a row (the tool's "Chèn câu"). */
  rowTools?: (row: IndicatorRowData, index: number) => React.ReactNode;
}

export function IndicatorGrid({ rows, previousLabel, currentLabel, planLabel, labelPrefix = '', definitions, onChange, rowTools }: Props) {
  const set = (i: number, changed: Partial<IndicatorRowData>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...changed } : r)));
  /** On leaving a figure: 2766 → 2.766, 82.4 → 82,4 (the same value, written the Vietnamese way). */
  const tidy = (i: number, field: 'previous' | 'current' | 'plan') => {
    const value = rows[i]?.[field];
    if (value !== undefined && formatFigureVi(value) !== value) set(i, { [field]: formatFigureVi(value) });
  };
  const chooseCode = (i: number, code: string) => {
    const d = definitions?.find((x) => x.code === code);
    const row = rows[i]!;
    // Choosing an indicator fills its name and unit where the clerk has not written them.
    set(
      i,
      code === ''
        ? { code: undefined }
        : { code, name: row.name.trim() === '' && d ? d.name : row.name, unit: (row.unit ?? '').trim() === '' && d?.unit ? d.unit : row.unit },
    );
  };
  // A row named like one of the set's indicators takes its code when the clerk leaves the name (one match only).
  const codeByName = (i: number) => {
    const row = rows[i];
    if (!definitions || !row || row.code) return;
    const match = matchIndicatorByName({ indicators: [...definitions] }, row.name);
    if (match) set(i, { code: match.code, unit: (row.unit ?? '').trim() === '' && match.unit ? match.unit : row.unit });
  };
  const L = (name: string, i: number) => `${labelPrefix}${name} ${i + 1}`;
  return (
    <table className="grid indicator-grid">
      <thead>
        <tr>
          <th>STT</th>
          {definitions && <th>Mã</th>}
          <th>Chỉ tiêu</th>
          <th>Đơn vị tính</th>
          <th>{previousLabel}</th>
          <th>{currentLabel}</th>
          <th>So sánh</th>
          {planLabel !== undefined && <th>{planLabel || 'Kế hoạch'}</th>}
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <td className="stt">{i + 1}</td>
            {definitions && (
              <td>
                <select aria-label={L('Mã chỉ tiêu', i)} value={r.code ?? ''} onChange={(e) => chooseCode(i, e.target.value)}>
                  <option value="">(không mã)</option>
                  {r.code && !definitions.some((d) => d.code === r.code) && <option value={r.code}>{r.code} (không có trong bộ chỉ tiêu)</option>}
                  {definitions.map((d) => (
                    <option key={d.code} value={d.code}>
                      {d.code} — {d.name}
                    </option>
                  ))}
                </select>
              </td>
            )}
            {/* A long name wraps onto more lines instead of being cut off. */}
            <td className="name">
              <TextArea
                aria-label={L('Chỉ tiêu', i)}
                rows={1}
                value={r.name}
                onChange={(e) => set(i, { name: e.target.value.replace(/\n/g, ' ') })}
                onBlur={() => codeByName(i)}
              />
            </td>
            <td>
              <input aria-label={L('Đơn vị', i)} value={r.unit ?? ''} placeholder="hồ sơ" onChange={(e) => set(i, { unit: e.target.value })} />
            </td>
            <td>
              <input
                aria-label={L('Kỳ trước', i)}
                inputMode="decimal"
                value={r.previous}
                placeholder="1.523"
                onChange={(e) => set(i, { previous: e.target.value })}
                onBlur={() => tidy(i, 'previous')}
              />
            </td>
            <td>
              <input
                aria-label={L('Kỳ này', i)}
                inputMode="decimal"
                value={r.current}
                placeholder="1.874"
                onChange={(e) => set(i, { current: e.target.value })}
                onBlur={() => tidy(i, 'current')}
              />
            </td>
            <td data-testid={`${labelPrefix ? 'bang-' : ''}so-sanh-${i + 1}`}>{compare(r.previous, r.current, { rate: isRate(r) }).text}</td>
            {planLabel !== undefined && (
              <td>
                <input
                  aria-label={L('Kế hoạch', i)}
                  inputMode="decimal"
                  value={r.plan ?? ''}
                  onChange={(e) => set(i, { plan: e.target.value })}
                  onBlur={() => tidy(i, 'plan')}
                />
              </td>
            )}
            <td className="row-tools">
              {rowTools?.(r, i)}
              <button type="button" className="icon-button" aria-label={L('Xóa chỉ tiêu', i)} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                ✕
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
