/**
 * "Thư viện dùng chung": this PC on the office's library — connect with one's own account (the
 * address and login are kept, the password is asked each time the app starts), bring the PC's own
 * library up, go back to working on the PC alone; the văn thư makes colleagues' accounts.
 */
import { useEffect, useState } from 'react';
import type { ServerAccountInfo, ServerRole, ServerStatus } from '#shared/contract/api';
import { sharedLibraryScreen } from '#shared/messages/server';
import { OFFICE_ROLE_LABELS } from '#shared/domain/office-roles';
import { api } from '../../api/client';
import { Status } from '../common/Status';
import { useApiAction } from '../common/use-api-action';
import { formStart, managesAccounts, standingLine } from './shared-library-state';

export function SharedLibraryPage({ onBack }: { onBack: () => void }) {
  const [status, setStatus] = useState<ServerStatus | null>(null);
  const [url, setUrl] = useState('');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const action = useApiAction();

  useEffect(() => {
    api('server.status', {}).then((s) => {
      setStatus(s);
      const start = formStart(s);
      setUrl(start.url);
      setLogin(start.login);
    }, action.setError);
  }, [action.setError]);

  if (!status) return <main className="page">Đang mở…</main>;
  const line = standingLine(status);

  return (
    <main className="page">
      <button type="button" className="link-button" onClick={onBack}>
        ← Báo cáo của tôi
      </button>
      <h1>Thư viện dùng chung</h1>
      <p className="hint">
        Cả cơ quan dùng một thư viện báo cáo trên máy chủ: văn thư thấy mọi bản nháp, lãnh đạo mở báo cáo chuyên viên viết, không phải gửi tệp qua lại trong cơ
        quan. Mỗi người đăng nhập bằng tài khoản của mình; văn thư tạo tài khoản.
      </p>
      {line && <Status kind={status.connected ? 'success' : 'note'} message={line} testId="shared-library-status" />}
      <Status kind="error" message={action.error} onClose={() => action.setError(null)} />
      <Status kind="success" message={done} />
      {!status.connected && (
        <form
          className="form-card"
          onSubmit={(e) => {
            e.preventDefault();
            void action.run(async () => {
              const next = await api('server.connect', { url, login: login || undefined, password });
              setPassword('');
              setStatus(next);
              setDone(null);
            });
          }}
        >
          <div className="form-grid">
            <label className="field wide">
              <span>Địa chỉ máy chủ</span>
              <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="postgres://may-chu:5432/baocao" spellCheck={false} />
            </label>
            <label className="field">
              <span>Tên đăng nhập</span>
              <input value={login} onChange={(e) => setLogin(e.target.value)} autoComplete="username" spellCheck={false} />
            </label>
            <label className="field">
              <span>Mật khẩu</span>
              <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
            </label>
          </div>
          <button type="submit" className="primary" disabled={action.busy || password === '' || url.trim() === ''}>
            {action.busy ? 'Đang kết nối…' : 'Kết nối'}
          </button>
        </form>
      )}
      {status.connected && (
        <>
          <div className="row-actions">
            <button
              type="button"
              className="primary"
              disabled={action.busy}
              onClick={() =>
                void action.run(async () => {
                  const result = await api('server.upload', {});
                  setDone(sharedLibraryScreen.uploaded(result.uploaded, result.alreadyThere, result.reports));
                })
              }
            >
              {action.busy ? 'Đang đưa lên…' : 'Đưa thư viện lên máy chủ'}
            </button>
            <button type="button" disabled={action.busy} onClick={() => void action.run(async () => setStatus(await api('server.disconnect', {})))}>
              Làm việc riêng trên máy này
            </button>
          </div>
          <p className="note">
            “Đưa thư viện lên máy chủ” chép mọi báo cáo trên máy này (cả lịch sử, các bản, tệp đính kèm) lên thư viện dùng chung; báo cáo đã có trên máy chủ
            được giữ nguyên, nên bị ngắt giữa chừng thì bấm lại để làm tiếp.
          </p>
          {managesAccounts(status) && <Accounts onDone={setDone} />}
        </>
      )}
    </main>
  );
}

function Accounts({ onDone }: { onDone: (message: string) => void }) {
  const [accounts, setAccounts] = useState<ServerAccountInfo[]>([]);
  const [login, setLogin] = useState('');
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState<ServerRole>('chuyen_vien');
  const [password, setPassword] = useState('');
  const action = useApiAction();
  useEffect(() => {
    api('server.accounts', {}).then(setAccounts, action.setError);
  }, [action.setError]);
  return (
    <section className="form-card" aria-label="Tài khoản">
      <h2>Tài khoản</h2>
      <Status kind="error" message={action.error} onClose={() => action.setError(null)} />
      <ul aria-label="Các tài khoản">
        {accounts.map((a) => (
          <li key={a.login}>
            {a.fullName} — {a.login} ({a.role ? OFFICE_ROLE_LABELS[a.role] : 'quản trị'})
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(async () => {
            setAccounts(await api('server.createAccount', { login, fullName, role, password }));
            onDone(sharedLibraryScreen.accountMade(fullName));
            setLogin('');
            setFullName('');
            setPassword('');
          });
        }}
      >
        <div className="form-grid">
          <label className="field">
            <span>Họ và tên</span>
            <input value={fullName} onChange={(e) => setFullName(e.target.value)} />
          </label>
          <label className="field">
            <span>Tên đăng nhập (chữ thường không dấu)</span>
            <input value={login} onChange={(e) => setLogin(e.target.value)} spellCheck={false} />
          </label>
          <label className="field">
            <span>Vai trò</span>
            <select value={role} onChange={(e) => setRole(e.target.value as ServerRole)}>
              <option value="chuyen_vien">Chuyên viên</option>
              <option value="lanh_dao">Lãnh đạo</option>
              <option value="van_thu">Văn thư</option>
            </select>
          </label>
          <label className="field">
            <span>Mật khẩu ban đầu (ít nhất 8 ký tự)</span>
            <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" />
          </label>
        </div>
        <button type="submit" disabled={action.busy || login === '' || fullName === '' || password === ''}>
          Tạo tài khoản
        </button>
      </form>
    </section>
  );
}
