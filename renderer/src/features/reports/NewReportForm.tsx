/** "Tạo báo cáo mới": pick a template and the thể thức, name the period. */
import { useEffect, useState, type FormEvent } from 'react';
import type { TemplateInfo } from '#shared/contract/api';
import type { ProfileId } from '#shared/domain/vocabulary';
import { api, errorMessage } from '../../api/client';
import { Status } from '../common/Status';
import { ProfileSelect } from '../common/ProfileSelect';
import { useApiAction } from '../common/use-api-action';

export function NewReportForm({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
  const [templates, setTemplates] = useState<TemplateInfo[]>([]);
  const [templateId, setTemplateId] = useState('');
  const [profile, setProfile] = useState<ProfileId>('state');
  const [period, setPeriod] = useState('');
  const { busy, error, setError, run } = useApiAction();

  useEffect(() => {
    // A new report follows the unit's thể thức unless the clerk picks another.
    api('organization.get', {}).then(
      (org) => org && setProfile(org.profile),
      () => undefined,
    );
    api('templates.list', {}).then(
      (list) => {
        setTemplates(list);
        setTemplateId((current) => current || (list[0]?.id ?? ''));
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [setError]);

  const chosen = templates.find((t) => t.id === templateId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The form stays disabled while the new report opens.
    await run(async () => onCreated((await api('reports.create', { templateId, profile, period })).id), { keepBusyOnSuccess: true });
  }

  return (
    <form className="card new-report" onSubmit={(e) => void submit(e)} aria-labelledby="new-report-title">
      <h2 id="new-report-title">Tạo báo cáo mới</h2>
      <fieldset>
        <legend>Mẫu báo cáo</legend>
        {templates.map((t) => (
          <label key={t.id} className="choice">
            <input type="radio" name="template" value={t.id} checked={t.id === templateId} onChange={() => setTemplateId(t.id)} />
            <span>
              <strong>{t.name}</strong>
              <small>{t.description}</small>
            </span>
            {t.own && (
              <button
                type="button"
                className="link-button muted"
                onClick={() =>
                  void api('templates.delete', { id: t.id }).then(
                    () => setTemplates((list) => list.filter((x) => x.id !== t.id)),
                    (e: unknown) => setError(errorMessage(e)),
                  )
                }
              >
                Xóa mẫu
              </button>
            )}
          </label>
        ))}
      </fieldset>
      {chosen && <p className="note">Các phần: {chosen.outline.join(' → ')}</p>}
      <ProfileSelect value={profile} onChange={setProfile} />
      <label className="field">
        <span>Kỳ báo cáo</span>
        <input value={period} required placeholder={chosen ? `Ví dụ: ${chosen.periodExample}` : ''} onChange={(e) => setPeriod(e.target.value)} />
      </label>
      <Status kind="error" message={error} />
      <div className="row-actions">
        <button type="submit" className="primary" disabled={busy || templateId === '' || period.trim() === ''}>
          Tạo báo cáo
        </button>
        <button type="button" onClick={onCancel}>
          Thôi
        </button>
      </div>
    </form>
  );
}
