/**
 * "Bộ chỉ tiêu" in Đơn vị của tôi: the indicators the unit reports on, each with a code, a name,
 * a unit of measure and how the level above adds it up (cộng dồn, bình quân có trọng số, tỷ lệ
 * tính lại từ tử số và mẫu số, chữ). A set can be opened from a file the level above sent
 * (.json, or inside a .baocao package) and saved to a file to send down.
 */
import { useEffect, useRef, useState } from 'react';
import type { StoredIndicatorSet } from '#shared/contract/api';
import {
  AGGREGATION_LABELS,
  AGGREGATIONS,
  INDICATOR_SET_FORMAT,
  type Aggregation,
  type IndicatorDefinition,
  type IndicatorSet,
} from '#shared/domain/indicator-set';
import { api, errorMessage, saveFile, textToBase64 } from '../../api/client';
import { Status } from '../common/Status';
import { HiddenFileInput } from '../common/HiddenFileInput';

type Draft = { id?: string; set: IndicatorSet };

const emptyIndicator = (): IndicatorDefinition => ({ code: '', name: '', unit: '', aggregate: 'sum' });
const newSet = (): Draft => ({ set: { format: INDICATOR_SET_FORMAT, name: '', indicators: [emptyIndicator()] } });

function SetEditor({ draft, onSaved, onCancel }: { draft: Draft; onSaved: () => void; onCancel: () => void }) {
  const [set, setSet] = useState<IndicatorSet>(draft.set);
  const [error, setError] = useState<string | null>(null);
  const change = (i: number, patch: Partial<IndicatorDefinition>) =>
    setSet({ ...set, indicators: set.indicators.map((d, j) => (j === i ? ({ ...d, ...patch } as IndicatorDefinition) : d)) });
  const codes = set.indicators.map((d) => d.code).filter((c) => c.trim() !== '');
  const codeSelect = (i: number, field: 'weightCode' | 'numeratorCode' | 'denominatorCode', label: string) => (
    <select aria-label={`${label} ${i + 1}`} value={set.indicators[i]?.[field] ?? ''} onChange={(e) => change(i, { [field]: e.target.value || undefined })}>
      <option value="">({label.toLowerCase()})</option>
      {codes.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </select>
  );
  async function save() {
    try {
      // Blank rows the clerk added and left are not indicators.
      const indicators = set.indicators.filter((d) => d.code.trim() !== '' || d.name.trim() !== '').map((d) => ({ ...d, unit: d.unit?.trim() || undefined }));
      await api('indicatorSets.save', { ...(draft.id ? { id: draft.id } : {}), set: { ...set, indicators } });
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <div className="indicator-set-editor">
      <Status kind="error" message={error} onClose={() => setError(null)} />
      <div className="form-grid">
        <label className="field wide">
          <span>Tên bộ chỉ tiêu</span>
          <input value={set.name} placeholder="Bộ chỉ tiêu báo cáo định kỳ cấp xã" onChange={(e) => setSet({ ...set, name: e.target.value })} />
        </label>
        <label className="field wide">
          <span>Cơ quan ban hành bộ chỉ tiêu</span>
          <input value={set.issuedBy ?? ''} placeholder="UBND tỉnh Quảng Ngãi" onChange={(e) => setSet({ ...set, issuedBy: e.target.value || undefined })} />
        </label>
      </div>
      <table className="grid">
        <thead>
          <tr>
            <th>Mã</th>
            <th>Tên chỉ tiêu</th>
            <th>Đơn vị tính</th>
            <th>Cách tổng hợp</th>
            <th>Trọng số / tử số / mẫu số</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {set.indicators.map((d, i) => (
            <tr key={i}>
              <td>
                <input aria-label={`Mã ${i + 1}`} value={d.code} placeholder="HS_TT" onChange={(e) => change(i, { code: e.target.value.trim() })} />
              </td>
              <td>
                <input aria-label={`Tên chỉ tiêu ${i + 1}`} value={d.name} onChange={(e) => change(i, { name: e.target.value })} />
              </td>
              <td>
                <input aria-label={`Đơn vị tính ${i + 1}`} value={d.unit ?? ''} onChange={(e) => change(i, { unit: e.target.value })} />
              </td>
              <td>
                <select aria-label={`Cách tổng hợp ${i + 1}`} value={d.aggregate} onChange={(e) => change(i, { aggregate: e.target.value as Aggregation })}>
                  {AGGREGATIONS.map((a) => (
                    <option key={a} value={a}>
                      {AGGREGATION_LABELS[a]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {d.aggregate === 'weighted' && codeSelect(i, 'weightCode', 'Trọng số')}
                {d.aggregate === 'rate' && (
                  <>
                    {codeSelect(i, 'numeratorCode', 'Tử số')} / {codeSelect(i, 'denominatorCode', 'Mẫu số')}
                  </>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Xóa chỉ tiêu ${i + 1}`}
                  onClick={() => setSet({ ...set, indicators: set.indicators.filter((_, j) => j !== i) })}
                >
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row-actions">
        <button type="button" className="small" onClick={() => setSet({ ...set, indicators: [...set.indicators, emptyIndicator()] })}>
          + Chỉ tiêu
        </button>
        <button type="button" className="primary" onClick={() => void save()}>
          Lưu bộ chỉ tiêu
        </button>
        <button type="button" onClick={onCancel}>
          Thôi
        </button>
      </div>
    </div>
  );
}

export function IndicatorSets() {
  const [sets, setSets] = useState<StoredIndicatorSet[] | null>(null);
  const [editing, setEditing] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const reload = () => api('indicatorSets.list', {}).then(setSets, (e: unknown) => setError(errorMessage(e)));
  useEffect(() => {
    void reload();
  }, []);

  async function openFile(file: File) {
    try {
      const parsed = JSON.parse(await file.text()) as unknown;
      await api('indicatorSets.save', { set: parsed });
      await reload();
    } catch (e) {
      setError(e instanceof SyntaxError ? `Tệp “${file.name}” không phải tệp bộ chỉ tiêu (.json).` : errorMessage(e));
    }
  }

  return (
    <section className="indicator-sets" aria-label="Bộ chỉ tiêu">
      <h2>Bộ chỉ tiêu</h2>
      <p className="hint">
        Mỗi chỉ tiêu có mã; dòng của bảng chỉ tiêu trong báo cáo gắn mã thì cấp trên cộng được số liệu: cộng dồn, bình quân có trọng số, hoặc tỷ lệ tính lại từ
        tử số và mẫu số (không bao giờ lấy trung bình các tỷ lệ).
      </p>
      <Status kind="error" message={error} onClose={() => setError(null)} />
      {editing ? (
        <SetEditor
          draft={editing}
          onSaved={() => {
            setEditing(null);
            void reload();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <>
          {sets?.length === 0 && <p className="empty">Chưa có bộ chỉ tiêu nào.</p>}
          <ul className="indicator-set-list">
            {sets?.map((s) => (
              <li key={s.id}>
                <strong>{s.set.name}</strong> ({s.set.indicators.length} chỉ tiêu{s.set.issuedBy ? `, do ${s.set.issuedBy} ban hành` : ''}){' '}
                <button type="button" className="small" onClick={() => setEditing({ id: s.id, set: s.set })}>
                  Sửa
                </button>{' '}
                <button type="button" className="small" onClick={() => void saveFile(`bo-chi-tieu.json`, textToBase64(`${JSON.stringify(s.set, null, 2)}\n`))}>
                  Lưu ra tệp
                </button>{' '}
                <button
                  type="button"
                  className="small"
                  aria-label={`Xóa bộ chỉ tiêu ${s.set.name}`}
                  onClick={() => void api('indicatorSets.delete', { id: s.id }).then(reload, (e: unknown) => setError(errorMessage(e)))}
                >
                  Xóa
                </button>
              </li>
            ))}
          </ul>
          <div className="row-actions">
            <button type="button" onClick={() => setEditing(newSet())}>
              + Bộ chỉ tiêu mới
            </button>
            <button type="button" onClick={() => fileInput.current?.click()}>
              Mở tệp bộ chỉ tiêu (.json)
            </button>
            <HiddenFileInput ref={fileInput} accept=".json,application/json" label="Chọn tệp bộ chỉ tiêu" onFile={(f) => void openFile(f)} />
          </div>
        </>
      )}
    </section>
  );
}
