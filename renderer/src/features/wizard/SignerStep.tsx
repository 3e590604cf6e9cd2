/** The signer (quyền hạn, tập thể, chức vụ, họ tên) and nơi nhận. */
import type { Report, Signature } from '#shared/domain/report';
import { isPartyStyle } from '#shared/domain/organization';
import { SignerFields } from '../common/SignerFields';
import { getLayoutProfile } from '#shared/the-thuc/profiles';
import { authorityLines } from '#shared/the-thuc/authority-labels';
import { TextArea } from '../common/TextArea';

interface Props {
  report: Report;
  onSignature: (signature: Signature) => void;
  onRecipients: (recipients: string[]) => void;
}

export function SignerStep({ report, onSignature, onRecipients }: Props) {
  const s = report.signature;
  const isParty = isPartyStyle(report.profile);
  return (
    <section className="step-page" aria-labelledby="signer-title">
      <h2 id="signer-title">Người ký, nơi nhận</h2>
      <div className="form-grid">
        <SignerFields profile={report.profile} signature={s} onChange={onSignature} />
      </div>
      <div className="preview-lines signature-preview" aria-label="Xem trước khối chữ ký">
        {authorityLines(s, getLayoutProfile(report.profile)).map((line, i) => (
          <div key={i} className="bold">
            {line}
          </div>
        ))}
        {s.position && (
          <div className={isParty ? '' : 'bold'} style={{ whiteSpace: 'pre-line' }}>
            {s.position.toLocaleUpperCase('vi-VN')}
          </div>
        )}
        <div className="signature-space" />
        <div className="bold">{s.name}</div>
      </div>
      <label className="field wide">
        <span>Nơi nhận (mỗi dòng một nơi)</span>
        <TextArea value={report.recipients.join('\n')} rows={5} onChange={(e) => onRecipients(e.target.value.split('\n'))} />
      </label>
      <p className="hint">
        {isParty
          ? 'Dòng cuối là bản lưu, không có dấu hai chấm và không ghi "VT", ví dụ: "Lưu Văn phòng Đảng ủy." Báo cáo của Đảng không có "Kính gửi".'
          : 'Dòng cuối là bản lưu, ví dụ: "Lưu: VT, VP." Dấu gạch đầu dòng, dấu ";" và dấu "." cuối cùng được thêm khi xuất.'}
      </p>
    </section>
  );
}
