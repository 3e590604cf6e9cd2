/**
 * "Đơn vị của tôi": entered once, used by every new report — thể thức, names, ký hiệu, place,
 * the usual signer and nơi nhận; and the unit's own dictionary for the spell checker.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { Organization } from '#shared/domain/organization';
import { organizationInSentence } from '#shared/domain/organization';
import { defaultRecipients, defaultSignature, defaultSymbol, followProfileDefaults } from '#shared/domain/profile-details';
import { inSentenceName } from '#shared/text/organization-names';
import { getLayoutProfile } from '#shared/the-thuc/profiles';
import { api, errorMessage } from '../../api/client';
import { Status } from '../common/Status';
import { SignerFields } from '../common/SignerFields';
import { ProfileSelect } from '../common/ProfileSelect';
import { TextArea } from '../common/TextArea';
import { PersonalDictionary } from './PersonalDictionary';
import { IndicatorSets } from '../indicators/IndicatorSets';
import { Writes } from '../common/data-state';

const blank = (): Organization => ({
  profile: 'state',
  parentBody: '',
  issuingBody: '',
  symbol: defaultSymbol('state'),
  place: '',
  signature: defaultSignature('state'),
  recipients: defaultRecipients('state'),
});

export function OrganizationPage({ onBack }: { onBack: () => void }) {
  const [org, setOrg] = useState<Organization | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api('organization.get', {}).then(
      (o) => setOrg(o ?? blank()),
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);

  if (!org)
    return (
      <main className="page list-page">
        <Status kind="error" message={error} />
        {!error && <p>Đang tải…</p>}
      </main>
    );

  const set = (change: Partial<Organization>) => {
    setOrg({ ...org, ...change });
    setSaved(false);
  };
  const inSentenceEdited = org.inSentenceName !== undefined && org.inSentenceName.trim() !== '' && org.inSentenceName !== inSentenceName(org.issuingBody);
  const examples = getLayoutProfile(org.profile).examples;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!org) return;
    setError(null);
    try {
      setOrg(await api('organization.save', { ...org, inSentenceName: organizationInSentence(org) }));
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <main className="page list-page">
      <header className="list-head">
        <h1>Đơn vị của tôi</h1>
        <button type="button" className="link-button" onClick={onBack}>
          ← Báo cáo của tôi
        </button>
      </header>
      <p className="hint">Thông tin này được điền sẵn vào mọi báo cáo mới; từng báo cáo vẫn sửa riêng được.</p>
      <Writes className="block-writes">
        <form className="card" onSubmit={(e) => void save(e)}>
          <div className="form-grid">
            <ProfileSelect
              value={org.profile}
              // The ký hiệu form, signer and file-copy line follow the thể thức unless the clerk typed them.
              onChange={(profile) => set({ ...followProfileDefaults(org, org.profile, profile), profile })}
            />
            <label className="field">
              <span>Cơ quan chủ quản (cấp trên trực tiếp)</span>
              <input value={org.parentBody} placeholder={`Ví dụ: ${examples.parentBody}`} onChange={(e) => set({ parentBody: e.target.value })} />
            </label>
            <label className="field">
              <span>Cơ quan ban hành (đơn vị của tôi)</span>
              <input
                value={org.issuingBody}
                placeholder={`Ví dụ: ${examples.issuingBody}`}
                // The in-sentence name follows the header name until the clerk edits it.
                onChange={(e) => set({ issuingBody: e.target.value, inSentenceName: inSentenceEdited ? org.inSentenceName : undefined })}
              />
            </label>
            <label className="field">
              <span>Tên đơn vị viết trong câu văn</span>
              <input
                value={organizationInSentence(org)}
                placeholder="Ví dụ: Công đoàn cơ sở Ủy ban nhân dân xã Tân Hòa"
                onChange={(e) => set({ inSentenceName: e.target.value })}
              />
              <small className="note">
                Dùng trong câu mở đầu, câu kết thúc (“… Ủy ban nhân dân xã An Hải báo cáo …”); viết hoa theo Nghị định 30, Phụ lục II.
              </small>
            </label>
            <label className="field">
              <span>Ký hiệu báo cáo</span>
              <input value={org.symbol} placeholder={`Ví dụ: ${examples.symbol}`} onChange={(e) => set({ symbol: e.target.value })} />
            </label>
            <label className="field">
              <span>Địa danh</span>
              <input value={org.place} placeholder="Ví dụ: Nghĩa Lộ" onChange={(e) => set({ place: e.target.value })} />
            </label>
            <SignerFields profile={org.profile} signature={org.signature} onChange={(signature) => set({ signature })} usual />
            <label className="field wide">
              <span>Kiểu đặt dấu thanh trong văn bản của đơn vị</span>
              <select value={org.toneStyle ?? 'new'} onChange={(e) => set({ toneStyle: e.target.value as 'new' | 'old' })}>
                <option value="new">hòa, khỏe, thủy (như “CỘNG HÒA” trên văn bản hành chính)</option>
                <option value="old">hoà, khoẻ, thuỷ</option>
              </select>
            </label>
            <label className="field wide">
              <span>Viết i hay y (kỹ/kĩ, lý/lí, quy/qui)</span>
              <select value={org.iyStyle ?? ''} onChange={(e) => set({ iyStyle: e.target.value === '' ? undefined : (e.target.value as 'i' | 'y') })}>
                <option value="">chấp nhận cả hai cách viết</option>
                <option value="y">kỹ thuật, lý do, quy định, tỷ lệ (chỉ ra chỗ viết i)</option>
                <option value="i">kĩ thuật, lí do, qui định, tỉ lệ (chỉ ra chỗ viết y)</option>
              </select>
            </label>
            <label className="field wide">
              <span>Nơi nhận thường dùng (mỗi dòng một nơi)</span>
              <TextArea rows={4} value={org.recipients.join('\n')} onChange={(e) => set({ recipients: e.target.value.split('\n') })} />
            </label>
          </div>
          <Status kind="error" message={error} />
          <div className="row-actions">
            <button type="submit" className="primary">
              Lưu thông tin đơn vị
            </button>
            {saved && <Status kind="success" message="Đã lưu" />}
          </div>
        </form>
        <PersonalDictionary />
        <IndicatorSets />
      </Writes>
    </main>
  );
}
