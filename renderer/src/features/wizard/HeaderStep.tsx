/** Step 1: the header, filled once per report, and the thể thức to follow. */
import type { Outline, Report, ReportHeader } from '#shared/domain/report';
import { TextArea } from '../common/TextArea';
import { WrappingLine } from '../common/WrappingLine';
import type { ProfileId } from '#shared/domain/vocabulary';
import { numberLine, placeDateLine } from '#shared/the-thuc/header-lines';
import { getLayoutProfile } from '#shared/the-thuc/profiles';
import { DateField } from '../common/DateField';
import { ProfileSelect } from '../common/ProfileSelect';

interface Props {
  report: Report;
  onHeader: (header: ReportHeader) => void;
  onProfile: (profile: ProfileId) => void;
  onPeriod: (period: string) => void;
  onOutline: (outline: Outline) => void;
}

export function HeaderStep({ report, onHeader, onProfile, onPeriod, onOutline }: Props) {
  const h = report.header;
  const set = <K extends keyof ReportHeader>(key: K, value: ReportHeader[K]) => onHeader({ ...h, [key]: value });
  const profile = getLayoutProfile(report.profile);
  const isParty = profile.family === 'party';
  const examples = profile.examples;
  return (
    <section className="step-page" aria-labelledby="header-title">
      <h2 id="header-title">Thông tin chung</h2>
      <p className="hint">Điền một lần cho cả báo cáo. Số văn bản và ngày có thể để trống để văn thư điền khi ký ban hành.</p>
      <div className="form-grid">
        <ProfileSelect value={report.profile} onChange={onProfile} />
        <label className="field wide">
          <span>Kỳ báo cáo</span>
          <input value={report.period} placeholder="Ví dụ: 6 tháng đầu năm 2026" onChange={(e) => onPeriod(e.target.value)} />
        </label>
        {/* Long names: Enter breaks the line where the clerk wants it in the header. */}
        <label className="field">
          <span>Cơ quan chủ quản (cấp trên trực tiếp)</span>
          <TextArea rows={1} value={h.parentBody ?? ''} placeholder={`Ví dụ: ${examples.parentBody}`} onChange={(e) => set('parentBody', e.target.value)} />
          <small className="note">Tên dài: nhấn Enter để xuống dòng đúng chỗ muốn.</small>
        </label>
        <label className="field">
          <span>Cơ quan ban hành</span>
          <TextArea rows={1} value={h.issuingBody} placeholder={`Ví dụ: ${examples.issuingBody}`} onChange={(e) => set('issuingBody', e.target.value)} />
        </label>
        <label className="field">
          <span>Số (để trống cho văn thư)</span>
          <input value={h.number} inputMode="numeric" placeholder="Ví dụ: 15" onChange={(e) => set('number', e.target.value)} />
        </label>
        <label className="field">
          <span>Ký hiệu</span>
          <input value={h.symbol} placeholder={`Ví dụ: ${examples.symbol}`} onChange={(e) => set('symbol', e.target.value)} />
        </label>
        <label className="field">
          <span>Địa danh</span>
          <input value={h.place} placeholder="Ví dụ: Quảng Ngãi" onChange={(e) => set('place', e.target.value)} />
        </label>
        <DateField
          label="Ngày ban hành (để trống cho văn thư)"
          value={h.date}
          note={
            h.date === null && h.dateMonth
              ? `Để trống ngày, giữ ${h.dateMonth.includes('-') ? `tháng ${Number(h.dateMonth.slice(5))} ` : ''}năm ${h.dateMonth.slice(0, 4)} như bản nháp.`
              : undefined
          }
          onChange={(date) => {
            // A whole date replaces the draft's kept month and year.
            const { dateMonth: _kept, ...rest } = h;
            onHeader(date === null ? { ...h, date } : { ...rest, date });
          }}
        />
        <label className="field wide">
          <span>Trích yếu (nội dung tóm tắt)</span>
          <WrappingLine value={h.summary} onChange={(summary) => set('summary', summary)} />
        </label>
        {!isParty && (
          <label className="field wide">
            <span>Kính gửi (khi báo cáo lên cấp trên; mỗi dòng một nơi, để trống nếu không có)</span>
            <TextArea
              rows={2}
              value={(h.addressees ?? []).join('\n')}
              placeholder="Ví dụ: Ủy ban nhân dân tỉnh Quảng Ngãi"
              onChange={(e) => set('addressees', e.target.value === '' ? [] : e.target.value.split('\n'))}
            />
          </label>
        )}
        <label className="choice wide">
          <input type="checkbox" checked={report.outline === 'parts'} onChange={(e) => onOutline(e.target.checked ? 'parts' : 'sections')} />
          <span>
            <strong>Chia thành các Phần</strong>
            <small>Phần thứ nhất, Phần thứ hai…; số I, II… đánh lại trong mỗi phần (báo cáo tổng kết dài).</small>
          </span>
        </label>
      </div>
      <div className="preview-lines" aria-label="Xem trước dòng số và ngày">
        <div>{numberLine(profile.numberStyle, h.number, h.symbol)}</div>
        <div className="italic">{placeDateLine(h.place, h.date, new Date().getFullYear(), h.dateMonth)}</div>
      </div>
    </section>
  );
}
