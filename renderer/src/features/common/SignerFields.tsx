/** The signer's four fields, worded and exemplified for the thể thức; used by a report and by "Đơn vị của tôi". */
import type { Signature } from '#shared/domain/report';
import type { ProfileId } from '#shared/domain/vocabulary';
import { getLayoutProfile } from '#shared/the-thuc/profiles';
import { authorityChoices } from './profile-labels';
import { TextArea } from './TextArea';

interface Props {
  profile: ProfileId;
  signature: Signature;
  onChange: (signature: Signature) => void;
  /** "Đơn vị của tôi" keeps the usual signer: its authority field says so. */
  usual?: boolean;
}

export function SignerFields({ profile, signature, onChange, usual }: Props) {
  const examples = getLayoutProfile(profile).examples;
  const set = (change: Partial<Signature>) => {
    const next = { ...signature, ...change };
    if (next.secondAuthority === undefined) delete next.secondAuthority;
    onChange(next);
  };
  const second = signature.secondAuthority;
  return (
    <>
      <label className="field">
        <span>{usual ? 'Quyền hạn ký thường dùng' : 'Quyền hạn ký'}</span>
        <select value={signature.authority} onChange={(e) => set({ authority: e.target.value as Signature['authority'] })}>
          {authorityChoices(profile).map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Thay mặt / ký thay cho</span>
        <input value={signature.onBehalfOf} placeholder={`Ví dụ: ${examples.onBehalfOf}`} onChange={(e) => set({ onBehalfOf: e.target.value })} />
      </label>
      {second ? (
        <>
          <label className="field">
            <span>Quyền hạn dòng thứ hai</span>
            <select value={second.authority} onChange={(e) => set({ secondAuthority: { ...second, authority: e.target.value as Signature['authority'] } })}>
              {authorityChoices(profile).map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Ký thay / thừa lệnh cho</span>
            <input
              value={second.onBehalfOf}
              placeholder="Ví dụ: CHỦ TỊCH"
              onChange={(e) => set({ secondAuthority: { ...second, onBehalfOf: e.target.value } })}
            />
          </label>
          <button type="button" className="link-button" onClick={() => set({ secondAuthority: undefined })}>
            Bỏ dòng quyền hạn thứ hai
          </button>
        </>
      ) : (
        // "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH": a deputy signing for a collective takes two lines (ND30 Phụ lục I, mục II.8).
        <button type="button" className="link-button" onClick={() => set({ secondAuthority: { authority: 'KT.', onBehalfOf: '' } })}>
          Thêm dòng quyền hạn thứ hai (ví dụ KT. CHỦ TỊCH)
        </button>
      )}
      {/* A long position ("PHÓ CHỦ TỊCH / THƯỜNG TRỰC") is printed on the lines the clerk gives it. */}
      <label className="field">
        <span>Chức vụ người ký</span>
        <TextArea rows={1} value={signature.position} placeholder={`Ví dụ: ${examples.position}`} onChange={(e) => set({ position: e.target.value })} />
        <small className="note">Chức vụ dài: nhấn Enter để xuống dòng đúng chỗ muốn.</small>
      </label>
      <label className="field">
        <span>Họ và tên người ký</span>
        <input value={signature.name} placeholder="Ví dụ: Nguyễn Văn An" onChange={(e) => set({ name: e.target.value })} />
      </label>
    </>
  );
}
