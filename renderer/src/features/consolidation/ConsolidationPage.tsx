/**
 * "Tổng hợp báo cáo đơn vị trực thuộc": a period's list of units (kept from the last time) and
 * deadline; the units' packages, report files or Word files added; who has sent, who is late or
 * missing; the figures added up by the Bộ chỉ tiêu with what does not add up; then the higher
 * unit's report, made with the consolidated table and the per-unit phụ lục, where each part shows
 * the units' texts side by side.
 */
import { useEffect, useRef, useState } from 'react';
import type { ConsolidationSummary, ConsolidationView, StoredIndicatorSet } from '#shared/contract/api';
import { REPORT_TEMPLATES } from '#shared/domain/templates';
import { AGGREGATION_LABELS } from '#shared/domain/indicator-set';
import { api, errorMessage } from '../../api/client';
import { DateField } from '../common/DateField';
import { Status } from '../common/Status';
import { formatDateTime } from '../common/format-time';
import { ProfileSelect } from '../common/ProfileSelect';
import { Writes } from '../common/data-state';
import { canMakeReport, receivedLine } from './consolidation-state';
import { useConsolidation } from './use-consolidation';
import { SheetReview } from './SheetReview';
import { HiddenFileInput } from '../common/HiddenFileInput';
import { useDialogFocus } from '../common/use-dialog-focus';

const STATUS_LABELS = { 'on-time': 'Đã gửi', late: 'Gửi muộn', missing: 'Chưa gửi' } as const;

function NewConsolidation({ sets, lastUnits, onCreated }: { sets: StoredIndicatorSet[]; lastUnits: string[]; onCreated: (view: ConsolidationView) => void }) {
  const [period, setPeriod] = useState('');
  const [deadline, setDeadline] = useState<string | null>(null);
  const [units, setUnits] = useState(lastUnits.join('\n'));
  const [setId, setSetId] = useState<string>(sets[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  async function create() {
    try {
      onCreated(await api('consolidations.create', { period, deadline, units: units.split('\n'), setId: setId || null }));
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <div className="form-card">
      <h2>Đợt tổng hợp mới</h2>
      <Status kind="error" message={error} onClose={() => setError(null)} />
      <div className="form-grid">
        <label className="field">
          <span>Kỳ báo cáo</span>
          <input value={period} placeholder="quý II năm 2026" onChange={(e) => setPeriod(e.target.value)} />
        </label>
        <div>
          <DateField label="Hạn gửi báo cáo" value={deadline} onChange={setDeadline} />
          <small className="note">Hạn tính theo ngày: báo cáo gửi trong cả ngày hạn (kể cả 17 giờ chiều) vẫn là đúng hạn.</small>
        </div>
        <label className="field wide">
          <span>Các đơn vị trực thuộc (mỗi dòng một đơn vị; giữ lại cho lần sau)</span>
          <textarea rows={6} value={units} placeholder={'Xã An Phú\nXã Phú Hòa'} onChange={(e) => setUnits(e.target.value)} />
        </label>
        <label className="field">
          <span>Bộ chỉ tiêu</span>
          <select value={setId} onChange={(e) => setSetId(e.target.value)}>
            <option value="">(chưa chọn — lấy theo gói các đơn vị gửi)</option>
            {sets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.set.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button type="button" className="primary" disabled={period.trim() === ''} onClick={() => void create()}>
        Tạo đợt tổng hợp
      </button>
    </div>
  );
}

/** "Điền vào trang nào?": a biểu mẫu whose indicators stand on several sheets (one per quarter, say). */
function TemplateSheetChoice({
  choice,
  busy,
  onFill,
  onCancel,
}: {
  choice: { fileName: string; sheets: { name: string; matched: number }[] };
  busy: boolean;
  onFill: (sheet: string) => void;
  onCancel: () => void;
}) {
  const [sheet, setSheet] = useState(choice.sheets[0]?.name ?? '');
  const dialog = useDialogFocus<HTMLDivElement>(true, onCancel);
  return (
    <div className="form-card" role="dialog" aria-label={`Chọn trang tính của biểu mẫu ${choice.fileName}`} tabIndex={-1} ref={dialog}>
      <p>
        Biểu mẫu {choice.fileName} có {choice.sheets.length} trang tính ghi các chỉ tiêu: chọn trang cần điền số liệu tổng hợp.
      </p>
      <label className="field">
        <span>Trang tính</span>
        <select value={sheet} onChange={(e) => setSheet(e.target.value)}>
          {choice.sheets.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name} ({s.matched} chỉ tiêu)
            </option>
          ))}
        </select>
      </label>
      <div className="row-actions">
        <button type="button" className="primary" disabled={busy || sheet === ''} onClick={() => onFill(sheet)}>
          Điền vào trang này
        </button>
        <button type="button" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </div>
  );
}

function Detail({
  initial,
  sets,
  onOpenReport,
  onSetsChanged,
}: {
  initial: ConsolidationView;
  sets: StoredIndicatorSet[];
  onOpenReport: (id: string) => void;
  onSetsChanged: () => void;
}) {
  const { state, dispatch, busy, error, setError, add, chooseSet, makeReport, rereadSheet, addSheet, template } = useConsolidation(
    initial,
    sets,
    onSetsChanged,
  );
  const { view, refused, templateId, profile, sheets } = state;
  const input = useRef<HTMLInputElement>(null);
  const templateInput = useRef<HTMLInputElement>(null);

  return (
    <div
      className="consolidation"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void add([...e.dataTransfer.files]);
      }}
    >
      <h2>Tổng hợp {view.period}</h2>
      <Status kind="error" message={error} onClose={() => setError(null)} />
      <p>
        {receivedLine(view)}{' '}
        <button type="button" className="primary" disabled={busy} onClick={() => input.current?.click()}>
          {busy ? 'Đang thêm…' : 'Thêm báo cáo của đơn vị…'}
        </button>{' '}
        <small>(gói .baocao, tệp báo cáo .json, tệp Word, PDF có chữ, biểu mẫu Excel .xlsx/.xls; chọn nhiều tệp hoặc kéo thả vào đây)</small>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept=".baocao,.json,.docx,.doc,.pdf,.xlsx,.xls"
          aria-label="Chọn báo cáo của các đơn vị"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) void add(files);
          }}
        />
      </p>
      {sheets[0] && (
        <SheetReview
          key={`${sheets[0].fileName}:${sheets.length}`}
          pending={sheets[0]}
          units={view.units}
          busy={busy}
          waiting={sheets.length - 1}
          onReread={rereadSheet}
          onUnit={(unit) => dispatch({ type: 'sheetUnitChosen', unit })}
          onAdd={() => void addSheet()}
          onSkip={() => dispatch({ type: 'sheetDone' })}
        />
      )}
      {refused.length > 0 && (
        <Status kind="problem">
          <strong>Không thêm được {refused.length} tệp:</strong>
          <ul>
            {refused.map((r) => (
              <li key={r.fileName}>
                {r.fileName}: {r.reason}
              </li>
            ))}
          </ul>
        </Status>
      )}
      <table className="grid completeness" aria-label="Tình hình gửi báo cáo">
        <thead>
          <tr>
            <th>Đơn vị</th>
            <th>Tình trạng</th>
            <th>Gửi lúc</th>
            <th>Lần gửi</th>
            <th>Tệp</th>
          </tr>
        </thead>
        <tbody>
          {view.grid.map((r) => (
            <tr key={r.unit} className={`status-${r.status}`}>
              <td>{r.unit}</td>
              <td>{STATUS_LABELS[r.status]}</td>
              <td>{r.input ? formatDateTime(r.input.sentAt ?? r.input.receivedAt) : ''}</td>
              <td>{r.input?.revision ?? ''}</td>
              <td>{r.input?.sourceName ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.extra.length > 0 && (
        <Status kind="finding" message={`Báo cáo của đơn vị không có trong danh sách: ${view.extra.map((e) => `${e.unit} (${e.sourceName})`).join('; ')}.`} />
      )}

      <h3>Số liệu tổng hợp</h3>
      <label className="field">
        <span>Bộ chỉ tiêu</span>
        <select value={view.setId ?? ''} onChange={(e) => chooseSet(e.target.value || null)}>
          <option value="">(chưa chọn)</option>
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.set.name}
            </option>
          ))}
          {view.setId && !sets.some((s) => s.id === view.setId) && <option value={view.setId}>{view.setName}</option>}
        </select>
      </label>
      {view.figures === null ? (
        <p className="hint">Chọn bộ chỉ tiêu (thêm ở “Đơn vị của tôi → Bộ chỉ tiêu”, hoặc nhận theo gói của các đơn vị) để cộng số liệu.</p>
      ) : (
        <>
          <table className="grid" aria-label="Bảng tổng hợp chỉ tiêu">
            <thead>
              <tr>
                <th>Mã</th>
                <th>Chỉ tiêu</th>
                <th>Đơn vị tính</th>
                <th>Cách tổng hợp</th>
                <th>{view.figures.block.previousLabel}</th>
                <th>{view.figures.block.currentLabel}</th>
                <th>Số đơn vị</th>
              </tr>
            </thead>
            <tbody>
              {view.figures.rows.map((r) => (
                <tr key={r.code}>
                  <td>{r.code}</td>
                  <td>{r.name}</td>
                  <td>{r.unit}</td>
                  <td>{AGGREGATION_LABELS[r.aggregate]}</td>
                  <td className="number">{r.previous}</td>
                  <td className="number">{r.current}</td>
                  <td className="number">{r.counted}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <button type="button" disabled={busy} onClick={() => templateInput.current?.click()}>
              Điền vào biểu mẫu Excel của cấp trên…
            </button>{' '}
            <small>(tệp .xlsx/.xls cấp trên gửi: điền số liệu tổng hợp vào đúng ô, giữ nguyên định dạng và công thức; lưu thành tệp mới)</small>
            <HiddenFileInput ref={templateInput} accept=".xlsx,.xls" label="Chọn biểu mẫu Excel của cấp trên" onFile={(file) => void template.fill(file)} />
          </p>
          {template.choice && (
            <TemplateSheetChoice choice={template.choice} busy={busy} onFill={(sheet) => void template.fillSheet(sheet)} onCancel={template.cancel} />
          )}
          {template.note && (
            <Status kind="success">
              {template.note.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </Status>
          )}
          {view.figures.warnings.length > 0 && (
            <Status kind="finding">
              <strong>{view.figures.warnings.length} lưu ý về số liệu:</strong>
              <ul>
                {view.figures.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </Status>
          )}
        </>
      )}

      <h3>Báo cáo tổng hợp</h3>
      {view.reportId ? (
        <p>
          Đã tạo báo cáo tổng hợp.{' '}
          <button type="button" className="primary" onClick={() => onOpenReport(view.reportId!)}>
            Mở báo cáo tổng hợp
          </button>
        </p>
      ) : (
        <div className="form-grid">
          <label className="field">
            <span>Mẫu báo cáo</span>
            <select value={templateId} onChange={(e) => dispatch({ type: 'templateChosen', templateId: e.target.value })}>
              {REPORT_TEMPLATES.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          <ProfileSelect value={profile} onChange={(p) => dispatch({ type: 'profileChosen', profile: p })} />
          <button type="button" className="primary" disabled={!canMakeReport(view)} onClick={() => void makeReport(onOpenReport)}>
            Tạo báo cáo tổng hợp
          </button>
          <p className="note">
            Báo cáo mới có bảng số liệu tổng hợp ở phần kết quả và “Phụ lục: Số liệu của các đơn vị”; mỗi phần hiện nội dung tương ứng của các đơn vị để chép
            vào.
          </p>
        </div>
      )}
    </div>
  );
}

export function ConsolidationPage({
  consolidationId,
  onOpen,
  onOpenReport,
  onBack,
}: {
  consolidationId?: string;
  onOpen: (id: string | null) => void;
  onOpenReport: (id: string) => void;
  onBack: () => void;
}) {
  const [list, setList] = useState<ConsolidationSummary[] | null>(null);
  const [sets, setSets] = useState<StoredIndicatorSet[]>([]);
  const [view, setView] = useState<ConsolidationView | null>(null);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api('consolidations.list', {}).then(setList, (e: unknown) => setError(errorMessage(e)));
    api('indicatorSets.list', {}).then(setSets, () => undefined);
  }, []);
  useEffect(() => {
    if (consolidationId) api('consolidations.get', { id: consolidationId }).then(setView, (e: unknown) => setError(errorMessage(e)));
  }, [consolidationId]);

  return (
    <main className="page wide-page">
      <button type="button" className="link-button" onClick={consolidationId ? () => onOpen(null) : onBack}>
        {consolidationId ? '← Các đợt tổng hợp' : '← Báo cáo của tôi'}
      </button>
      <h1>Tổng hợp báo cáo đơn vị trực thuộc</h1>
      <Status kind="error" message={error} onClose={() => setError(null)} />
      <Writes className="block-writes">
        {consolidationId ? (
          view && view.id === consolidationId ? (
            <Detail
              key={view.id}
              initial={view}
              sets={sets}
              onOpenReport={onOpenReport}
              onSetsChanged={() => void api('indicatorSets.list', {}).then(setSets, () => undefined)}
            />
          ) : (
            <p>Đang tải…</p>
          )
        ) : (
          <>
            {creating && list ? (
              <NewConsolidation sets={sets} lastUnits={list[0]?.units ?? []} onCreated={(v) => onOpen(v.id)} />
            ) : (
              <button type="button" className="primary" onClick={() => setCreating(true)}>
                + Đợt tổng hợp mới
              </button>
            )}
            {list?.length === 0 && !creating && <p className="empty">Chưa có đợt tổng hợp nào.</p>}
            <ul className="consolidation-list">
              {list?.map((c) => (
                <li key={c.id}>
                  <button type="button" className="link-button" onClick={() => onOpen(c.id)}>
                    {c.period}
                  </button>{' '}
                  — {c.received}/{c.units.length} đơn vị đã gửi; sửa lúc {formatDateTime(c.updatedAt)}
                </li>
              ))}
            </ul>
          </>
        )}
      </Writes>
    </main>
  );
}
