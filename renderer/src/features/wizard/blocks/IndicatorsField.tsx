/**
 * An indicator table in the report, edited as data: caption, the periods' names, an optional
 * Kế hoạch column, and each row with its code from the Bộ chỉ tiêu (so the level above can add the
 * figures up), its name, unit and figures. The comparison is worked out; the Word file prints it as
 * the usual table.
 */
import type { Block } from '#shared/domain/report';
import { EMPTY_ROW, IndicatorGrid } from './IndicatorGrid';
import { useIndicatorDefinitions } from './use-indicator-definitions';
import { matchIndicatorByName } from '#shared/domain/indicator-set';

type IndicatorsBlock = Extract<Block, { type: 'indicators' }>;

export function IndicatorsField({ block, onChange }: { block: IndicatorsBlock; onChange: (block: IndicatorsBlock) => void }) {
  const definitions = useIndicatorDefinitions();
  // Rows typed without code whose name is one of the set's indicators: one click gives them their code.
  const byName = definitions.length === 0 ? [] : block.rows.filter((r) => !r.code && matchIndicatorByName({ indicators: [...definitions] }, r.name));
  return (
    <div className="table-field indicators-field">
      <div className="form-grid">
        <label className="field wide">
          <span>Tên bảng</span>
          <input
            value={block.caption ?? ''}
            placeholder="Ví dụ: Bảng 1. Kết quả thực hiện các chỉ tiêu"
            onChange={(e) => onChange({ ...block, caption: e.target.value })}
          />
        </label>
        <label className="field">
          <span>Bảng chỉ tiêu: tên cột kỳ trước</span>
          <input value={block.previousLabel} onChange={(e) => onChange({ ...block, previousLabel: e.target.value })} />
        </label>
        <label className="field">
          <span>Bảng chỉ tiêu: tên cột kỳ này</span>
          <input value={block.currentLabel} onChange={(e) => onChange({ ...block, currentLabel: e.target.value })} />
        </label>
      </div>
      {/* The Kế hoạch column is switched on beside the columns it joins, and named there. */}
      <div className="row-actions plan-column">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={block.planLabel !== undefined}
            onChange={(e) => {
              const { planLabel: _drop, ...rest } = block;
              onChange(
                e.target.checked
                  ? { ...block, planLabel: 'Kế hoạch', rows: block.rows.map((r) => ({ ...r, plan: r.plan ?? '' })) }
                  : { ...rest, rows: block.rows.map(({ plan: _p, ...r }) => r) },
              );
            }}
          />
          <span>Có cột kế hoạch</span>
        </label>
        {block.planLabel !== undefined && (
          <label className="field inline-field">
            <span>Tên cột kế hoạch</span>
            <input value={block.planLabel} onChange={(e) => onChange({ ...block, planLabel: e.target.value })} />
          </label>
        )}
        {byName.length > 0 && (
          <button
            type="button"
            className="small"
            onClick={() =>
              onChange({
                ...block,
                rows: block.rows.map((r) => (r.code ? r : { ...r, code: matchIndicatorByName({ indicators: [...definitions] }, r.name)?.code })),
              })
            }
          >
            Gán mã theo tên cho {byName.length} dòng
          </button>
        )}
      </div>
      <IndicatorGrid
        rows={block.rows}
        previousLabel={block.previousLabel}
        currentLabel={block.currentLabel}
        planLabel={block.planLabel}
        labelPrefix="Bảng chỉ tiêu: "
        definitions={definitions}
        onChange={(rows) => onChange({ ...block, rows })}
      />
      {definitions.length === 0 && (
        <p className="note">Chưa có bộ chỉ tiêu: thêm ở “Đơn vị của tôi → Bộ chỉ tiêu” để gắn mã cho từng dòng, cấp trên cộng được số liệu.</p>
      )}
      <div className="row-actions">
        <button
          type="button"
          className="small"
          onClick={() => onChange({ ...block, rows: [...block.rows, { ...EMPTY_ROW, ...(block.planLabel !== undefined ? { plan: '' } : {}) }] })}
        >
          + Dòng chỉ tiêu
        </button>
      </div>
    </div>
  );
}
