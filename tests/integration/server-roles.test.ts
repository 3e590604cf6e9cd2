/**
 * Who may do what on the office server is the database's to refuse, not only the screens' (a PC's
 * app can be modified): each person connects with their own login, and each role is tried at what
 * it must not do. Every change is stamped with the login that made it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textParagraph } from '#shared/domain/report';
import type pg from 'pg';
import { serverLibrary } from '../../electron/core/server/server-library';
import { upgradeSchema } from '../../electron/core/server/server-schema';
import type { Library } from '../../electron/core/stores/library';
import { adminPool, backends, newServerDatabase } from '../support/libraries';
import { poolAs, uniqueLogin } from '../support/server-accounts';

const meta = (summary: string) => ({
  kind: 'dinh-ky',
  profile: 'state' as const,
  period: 'tháng 11 năm 2026',
  outline: 'sections' as const,
  header: { parentBody: '', issuingBody: 'UBND XÃ AN PHÚ', number: '', symbol: 'BC-UBND', place: 'An Phú', date: null, docType: 'BÁO CÁO', summary },
  signature: { authority: 'TM.' as const, onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: '' },
  recipients: ['Lưu: VT.'],
  appendices: [],
  opening: [],
  closing: [],
});

describe.skipIf(!backends().includes('postgres'))('roles on the office server', () => {
  let database: string;
  let admin: pg.Pool;
  const pools: pg.Pool[] = [];
  const people = { vanThu: uniqueLogin('vanthu'), chuyenVien: uniqueLogin('cv'), lanhDao: uniqueLogin('ld') };
  // Vietnamese letters in a password: scram-sha-256 normalises them (SASLprep) the same on both sides.
  const password = 'Mật khẩu 2026';
  const libraryOf = (login: string): Library => {
    const pool = poolAs(database, login, password);
    pools.push(pool);
    return serverLibrary(pool, { now: () => new Date().toISOString(), newId: () => randomUUID() });
  };

  beforeAll(async () => {
    database = await newServerDatabase();
    admin = adminPool(database);
    await upgradeSchema(admin, () => new Date().toISOString());
    await admin.query('SELECT baocao_create_account($1, $2, $3, $4)', [people.vanThu, 'Lê Thị Văn Thư', 'van_thu', password]);
    // The văn thư makes the others' accounts.
    const vanThu = poolAs(database, people.vanThu, password);
    pools.push(vanThu);
    await vanThu.query('SELECT baocao_create_account($1, $2, $3, $4)', [people.chuyenVien, 'Nguyễn Văn Chuyên', 'chuyen_vien', password]);
    await vanThu.query('SELECT baocao_create_account($1, $2, $3, $4)', [people.lanhDao, 'Trần Lãnh Đạo', 'lanh_dao', password]);
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    await admin.query(`SELECT 1`);
    await admin.end();
  });

  it('lets each person in with their own password only, and says so in Vietnamese when it is wrong', async () => {
    const wrong = poolAs(database, people.chuyenVien, 'sai mật khẩu');
    pools.push(wrong);
    await expect(serverLibrary(wrong, { now: () => '', newId: () => '' }).reports.shelves.list()).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/^Sai tên đăng nhập hoặc mật khẩu/),
    });
  });

  it('stamps every change with the login that made it, whatever the client sends', async () => {
    const clerk = libraryOf(people.chuyenVien);
    const id = await clerk.reports.create(meta('Báo cáo tháng 11'), [{ role: 'other', title: 'Kết quả', blocks: [textParagraph('a')], children: [] }]);
    const part = (await clerk.reports.get(id)).sections[0]!;
    await clerk.history.snapshot(part.id, 'editing');
    await clerk.signOff.setState(id, 'submitted', { submission: 1 });
    const stamps = await admin.query(
      `SELECT (SELECT updated_by FROM reports WHERE id = $1) AS report, (SELECT updated_by FROM sections WHERE id = $2) AS part,
              (SELECT created_by FROM section_revisions WHERE section_id = $2 LIMIT 1) AS revision, (SELECT made_by FROM report_events WHERE report_id = $1 LIMIT 1) AS event`,
      [id, part.id],
    );
    expect(stamps.rows[0]).toEqual({ report: people.chuyenVien, part: people.chuyenVien, revision: people.chuyenVien, event: people.chuyenVien });
  });

  it('keeps approval to the lãnh đạo, publication to the văn thư, and a published report as published', async () => {
    const clerk = libraryOf(people.chuyenVien);
    const leader = libraryOf(people.lanhDao);
    const vanThu = libraryOf(people.vanThu);
    const id = await clerk.reports.create(meta('Báo cáo trình ký'), [{ role: 'other', title: 'Kết quả', blocks: [], children: [] }]);
    await expect(clerk.signOff.setState(id, 'approved', {})).rejects.toMatchObject({ message: expect.stringMatching(/^Chỉ lãnh đạo/) });
    await expect(clerk.signOff.setState(id, 'published', {})).rejects.toMatchObject({ message: expect.stringMatching(/^Chỉ văn thư được phát hành/) });
    await expect(leader.signOff.setState(id, 'published', {})).rejects.toMatchObject({ message: expect.stringMatching(/^Chỉ văn thư/) });
    await leader.signOff.setState(id, 'approved', {});
    await vanThu.signOff.setState(id, 'published', { number: '27', date: '2026-12-05' });
    expect(await clerk.signOff.state(id)).toBe('published');
    // Straight to the tables, past the app's own checks: the database still refuses.
    const raw = poolAs(database, people.chuyenVien, password);
    pools.push(raw);
    await expect(raw.query(`UPDATE reports SET header_json = '{}' WHERE id = $1`, [id])).rejects.toMatchObject({ code: '42501', message: 'baocao:published' });
    await expect(raw.query(`UPDATE sections SET title = 'x' WHERE report_id = $1`, [id])).rejects.toMatchObject({ message: 'baocao:published' });
    await expect(raw.query(`UPDATE reports SET state = 'drafting' WHERE id = $1`, [id])).rejects.toMatchObject({ message: 'baocao:published' });
  });

  it('keeps deleting for good to the văn thư, and accounts too', async () => {
    const clerk = libraryOf(people.chuyenVien);
    const id = await clerk.reports.create(meta('Báo cáo xóa'), []);
    await clerk.reports.shelves.moveToTrash(id);
    await expect(clerk.reports.shelves.deleteForever(id)).rejects.toMatchObject({ message: expect.stringMatching(/^Chỉ văn thư được xóa hẳn/) });
    await libraryOf(people.vanThu).reports.shelves.deleteForever(id);
    expect(await clerk.reports.exists(id)).toBe(false);
    const raw = poolAs(database, people.chuyenVien, password);
    pools.push(raw);
    await expect(raw.query('SELECT baocao_create_account($1, $2, $3, $4)', [uniqueLogin('x'), 'X', 'van_thu', password])).rejects.toMatchObject({
      code: '42501',
    });
    await expect(raw.query("INSERT INTO baocao_accounts VALUES ('x', 'x', 'van_thu', 'x')")).rejects.toMatchObject({ code: '42501' });
    await expect(raw.query('SELECT baocao_set_password($1, $2)', [people.lanhDao, 'mat-khau-moi-123'])).rejects.toMatchObject({ message: 'baocao:accounts' });
    // One's own password, yes.
    await raw.query('SELECT baocao_set_password($1, $2)', [people.chuyenVien, password]);
  });
});
