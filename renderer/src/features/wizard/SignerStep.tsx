/** The signer (quyền hạn, tập thể, chức vụ, họ tên) and nơi nhận. */
import type { Report, Signature } from '../../../../shared/domain/report';
import { authorityChoices } from '../common/profile-labels';
import { getLayoutProfile } from '../../../../shared/the-thuc/profiles';
import { TextArea } from './blocks/TextArea';

interface Props {
  report: Report;
  onSignature: (signature: Signature) => void;
  onRecipients: (recipients: string[]) => void;
}

export function SignerStep({ report, onSignature, onRecipients }: Props) {
  const s = report.signature;
  const set = <K extends keyof Signature>(key: K, value: Signature[K]) => onSignature({ ...s, [key]: value });
  const isParty = getLayoutProfile(report.profile).numberStyle === 'party';
  const authorityLabel = s.authority === '' ? '' : (getLayoutProfile(report.profile).authorityLabels[s.authority] ?? s.authority);
  return (
    <section className="step-page" aria-labelledby="signer-title">
      <h2 id="signer-title">Người ký, nơi nhận</h2>
      <div className="form-grid">
        <label className="field">
          <span>Quyền hạn ký</span>
          <select value={s.authority} onChange={(e) => set('authority', e.target.value as Signature['authority'])}>
            {authorityChoices(report.profile).map((c) => (
              <option key={c.value} value={c.value}>{c.label}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Thay mặt / ký thay cho</span>
          <input value={s.onBehalfOf} placeholder={`Ví dụ: ${getLayoutProfile(report.profile).examples.onBehalfOf}`} onChange={(e) => set('onBehalfOf', e.target.value)} />
        </label>
        <label className="field">
          <span>Chức vụ người ký</span>
          <input value={s.position} placeholder={`Ví dụ: ${getLayoutProfile(report.profile).examples.position}`} onChange={(e) => set('position', e.target.value)} />
        </label>
        <label className="field">
          <span>Họ và tên người ký</span>
          <input value={s.name} placeholder="Ví dụ: Nguyễn Văn An" onChange={(e) => set('name', e.target.value)} />
        </label>
      </div>
      <div className="preview-lines signature-preview" aria-label="Xem trước khối chữ ký">
        {(authorityLabel || s.onBehalfOf) && <div className="bold">{`${authorityLabel} ${s.onBehalfOf}`.trim().toLocaleUpperCase('vi-VN')}</div>}
        {s.position && <div className={isParty ? '' : 'bold'}>{s.position.toLocaleUpperCase('vi-VN')}</div>}
        <div className="signature-space" />
        <div className="bold">{s.name}</div>
      </div>
      <label className="field wide">
        <span>Nơi nhận (mỗi dòng một nơi)</span>
        <TextArea
          value={report.recipients.join('\n')}
          rows={5}
          onChange={(e) => onRecipients(e.target.value.split('\n'))}
        />
      </label>
      <p className="hint">
        {isParty
          ? 'Dòng cuối là bản lưu, không có dấu hai chấm và không ghi "VT", ví dụ: "Lưu Văn phòng Đảng ủy." Báo cáo của Đảng không có "Kính gửi".'
          : 'Dòng cuối là bản lưu, ví dụ: "Lưu: VT, VP." Dấu gạch đầu dòng, dấu ";" và dấu "." cuối cùng được thêm khi xuất.'}
      </p>
    </section>
  );
}
