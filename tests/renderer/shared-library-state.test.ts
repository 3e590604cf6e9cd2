/** "Thư viện dùng chung"'s decisions: the line that says where this PC stands, the form's start, who manages accounts. */
import { describe, expect, it } from 'vitest';
import { formStart, managesAccounts, shortAddress, standingLine } from '../../renderer/src/features/shared-library/shared-library-state';

const status = (over: object = {}) => ({ settings: null, connected: false, account: null, offline: false, waiting: 0, ...over });

describe('the shared library screen', () => {
  it('names the server and library as the clerk knows them, never a password or a socket folder', () => {
    expect(shortAddress('postgres://may-chu-van-phong:5432/baocao')).toBe('may-chu-van-phong/baocao');
    expect(shortAddress('postgres://localhost:5433/vanphong?host=%2Ftmp%2Fbaocao-pg-x')).toBe('máy này/vanphong');
  });

  it('says who is connected, as what, to which library — or that the kept address is not connected yet', () => {
    const settings = { url: 'postgres://may-chu:5432/baocao', login: 'hoa.vanthu' };
    expect(standingLine(status())).toBeNull();
    expect(standingLine(status({ settings }))).toBe('Máy này dùng thư viện dùng chung may-chu/baocao (tài khoản hoa.vanthu). Nhập mật khẩu để kết nối.');
    expect(standingLine(status({ settings, connected: true, account: { login: 'hoa.vanthu', fullName: 'Lê Thị Hoa', role: 'van_thu' } }))).toBe(
      'Đang dùng thư viện dùng chung may-chu/baocao với tài khoản Lê Thị Hoa (văn thư).',
    );
  });

  it('starts the form from the kept address, and shows accounts to the văn thư and the administrator only', () => {
    expect(formStart(status({ settings: { url: 'postgres://a/b', login: 'x' } }))).toEqual({ url: 'postgres://a/b', login: 'x' });
    expect(formStart(status()).login).toBe('');
    const connectedAs = (role: 'van_thu' | 'chuyen_vien' | null) => status({ connected: true, account: { login: 'a', fullName: 'A', role } });
    expect(managesAccounts(connectedAs('van_thu'))).toBe(true);
    expect(managesAccounts(connectedAs(null))).toBe(true);
    expect(managesAccounts(connectedAs('chuyen_vien'))).toBe(false);
    expect(managesAccounts(status())).toBe(false);
  });
});
