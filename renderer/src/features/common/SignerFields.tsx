/**
 * The signer's fields, worded and exemplified for the thể thức; used by a report and by "Đơn vị của
 * tôi". A report can also have người ký cùng — a văn bản liên tịch's other bodies, a biên bản's thư
 * ký or members — each with the same fields, printed beside and under the signer.
 */
import type { Signature } from '#shared/domain/report';
import type { Signer } from '#shared/report-format/schema';
import type { ProfileId } from '#shared/domain/vocabulary';
import { getLayoutProfile } from '#shared/the-thuc/profiles';
import { authorityChoices } from './profile-labels';
import { TextArea } from './TextArea';

interface Props {
  profile: ProfileId;
  signature: Signature;
  onChange: (signature: Signature) => void;
  /** "Đơn vị của tôi" keeps the usual signer: its authority field says so, and it has no người ký cùng. */
  usual?: boolean;
}

const EMPTY_SIGNER: Signer = { authority: '', onBehalfOf: '', position: '', name: '' };

export function SignerFields({ profile, signature, onChange, usual }: Props) {
  const cosigners = signature.cosigners ?? [];
  const setCosigners = (next: Signer[]) => {
    const { cosigners: _old, ...rest } = signature;
    onChange(next.length > 0 ? { ...rest, cosigners: next } : rest);
  };
  return (
    <>
      <OneSigner
        profile={profile}
        signer={signature}
        usual={usual}
        onChange={(s) => onChange({ ...s, ...(signature.cosigners ? { cosigners: signature.cosigners } : {}) })}
      />
      {!usual && (
        <>
          {cosigners.map((c, i) => (
            <fieldset key={i} className="cosigner" aria-label={`Người ký cùng thứ ${i + 1}`}>
              <legend>Người ký cùng thứ {i + 1}</legend>
              <OneSigner profile={profile} signer={c} onChange={(s) => setCosigners(cosigners.map((x, k) => (k === i ? s : x)))} />
              <button type="button" className="link-button" onClick={() => setCosigners(cosigners.filter((_, k) => k !== i))}>
                Bỏ người ký cùng thứ {i + 1}
              </button>
            </fieldset>
          ))}
          {cosigners.length > 0 && (
            <small className="note">
              Người ký ở trên đứng bên phải; người ký cùng thứ 1 bên trái, những người sau xếp thành hàng hai người bên dưới. Nơi nhận in dưới các chữ ký.
            </small>
          )}
          {/* A văn bản liên tịch is signed by each body; a biên bản by its thư ký and chủ trì, or its members. */}
          <button type="button" className="link-button" onClick={() => setCosigners([...cosigners, { ...EMPTY_SIGNER }])}>
            Thêm người ký cùng (văn bản liên tịch, biên bản)
          </button>
        </>
      )}
    </>
  );
}

function OneSigner({ profile, signer, onChange, usual }: { profile: ProfileId; signer: Signer; onChange: (signer: Signer) => void; usual?: boolean }) {
  const examples = getLayoutProfile(profile).examples;
  const set = (change: Partial<Signer>) => {
    const next = { ...signer, ...change };
    if (next.secondAuthority === undefined) delete next.secondAuthority;
    onChange(next);
  };
  const second = signer.secondAuthority;
  return (
    <>
      <label className="field">
        <span>{usual ? 'Quyền hạn ký thường dùng' : 'Quyền hạn ký'}</span>
        <select value={signer.authority} onChange={(e) => set({ authority: e.target.value as Signer['authority'] })}>
          {authorityChoices(profile).map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Thay mặt / ký thay cho</span>
        <input value={signer.onBehalfOf} placeholder={`Ví dụ: ${examples.onBehalfOf}`} onChange={(e) => set({ onBehalfOf: e.target.value })} />
      </label>
      {second ? (
        <>
          <label className="field">
            <span>Quyền hạn dòng thứ hai</span>
            <select value={second.authority} onChange={(e) => set({ secondAuthority: { ...second, authority: e.target.value as Signer['authority'] } })}>
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
        <TextArea rows={1} value={signer.position} placeholder={`Ví dụ: ${examples.position}`} onChange={(e) => set({ position: e.target.value })} />
        <small className="note">Chức vụ dài: nhấn Enter để xuống dòng đúng chỗ muốn.</small>
      </label>
      <label className="field">
        <span>Họ và tên người ký</span>
        <input value={signer.name} placeholder="Ví dụ: Nguyễn Văn An" onChange={(e) => set({ name: e.target.value })} />
      </label>
    </>
  );
}
