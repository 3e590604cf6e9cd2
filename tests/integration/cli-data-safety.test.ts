/**
 * The command line keeps the app's promises about the data file: it never writes into a damaged
 * `baocao.db` (checked before the first write, as the app checks at start), it refuses a file
 * that is not the app's for every subcommand instead of listing nothing, and it speaks to the
 * clerk in Vietnamese — the core's technical lines go to the data folder's log.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { damageLeafPage, fillReports, folderCore, newDataDir, sha256, sideFiles } from '../support/data-folder';
import { FIXTURES_DIR } from '../support/fixtures';
import { LOG_FILE, LOG_FOLDER } from '../../electron/core/data-dir';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'baocao.mjs');
const REPORT = join(FIXTURES_DIR, 'so-ket-phuong.report.json');

function baocao(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** What a clerk must never read on the terminal: the core's English log lines and SQLite's own words. */
const TECHNICAL = /failed|damaged|SqliteError|SQLITE_|database is locked|file is not a database|database disk image|at .*\.ts:\d+/;

let good: string;
beforeAll(async () => {
  good = newDataDir('tot');
  const core = folderCore(good);
  await fillReports(core, 12);
  core.data.close();
}, 60_000);

/** A copy of the good library, with `damage` done to its file. */
function damagedCopy(label: string, damage: (path: string) => void): string {
  const dir = newDataDir(label);
  copyFileSync(join(good, 'baocao.db'), join(dir, 'baocao.db'));
  damage(join(dir, 'baocao.db'));
  return dir;
}

function overwrite(path: string, offset: number, bytes: Buffer): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, bytes, 0, bytes.length, offset);
  closeSync(fd);
}

describe('baocao library on a damaged data file', () => {
  it('add refuses with exit 2 and a Vietnamese message, and the file keeps every byte', () => {
    const dir = damagedCopy('hong-trang', (path) => damageLeafPage(path, 'sections'));
    const path = join(dir, 'baocao.db');
    const before = sha256(path);
    const result = baocao('library', 'add', REPORT, '--data-dir', dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bị hỏng.*Lệnh "library add" không thêm gì vào tệp này/s);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(TECHNICAL);
    expect(sha256(path)).toBe(before);
    expect(sideFiles(path)).toEqual([]);
    // SQLite can still check the file: it was not written into.
    const db = new BetterSqlite3(path, { readonly: true });
    expect((db.pragma('quick_check(1)') as { quick_check: string }[])[0]!.quick_check).not.toBe('ok');
    db.close();
    // The raw detail is kept for IT staff, in the data folder's log.
    const log = readFileSync(join(dir, LOG_FOLDER, LOG_FILE), 'utf8');
    expect(log).toMatch(/\[cli\] ERROR data file damaged, opened read-only: .+/);
  });

  it('add on a file whose first page is damaged refuses the same way', () => {
    const dir = damagedCopy('hong-dau', (path) => overwrite(path, 16, Buffer.from([0x12, 0x34])));
    const before = sha256(join(dir, 'baocao.db'));
    const result = baocao('library', 'add', REPORT, '--data-dir', dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Lệnh "library add" không thêm gì vào tệp này');
    expect(`${result.stdout}${result.stderr}`).not.toMatch(TECHNICAL);
    expect(sha256(join(dir, 'baocao.db'))).toBe(before);
  });

  it('list on a file whose list cannot be read says so, without promising other reports', () => {
    const dir = damagedCopy('hong-ds', (path) => overwrite(path, 16, Buffer.from([0x12, 0x34])));
    const result = baocao('library', 'list', '--data-dir', dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/không đọc được danh sách/);
    expect(result.stderr).not.toMatch(/Những báo cáo khác vẫn xem/);
    expect(result.stderr).not.toMatch(TECHNICAL);
  });

  it('list and search still read a file with a damaged page elsewhere (read-only is allowed)', () => {
    const dir = damagedCopy('hong-phan', (path) => damageLeafPage(path, 'section_revisions'));
    const result = baocao('library', 'list', '--data-dir', dir);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(12);
  });

  it('a good file takes the report, and nothing technical reaches the terminal', () => {
    const dir = damagedCopy('tot', () => undefined);
    const result = baocao('library', 'add', REPORT, '--data-dir', dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Đã thêm 1/1 tệp');
    expect(`${result.stdout}${result.stderr}`).not.toMatch(TECHNICAL);
  });
});

describe('baocao library on a file that is not the app’s', () => {
  const cases: [string, (path: string) => void][] = [
    ['a foreign SQLite database', (path) => new BetterSqlite3(path).exec('CREATE TABLE orders (id INTEGER)').close()],
    ['an empty file', (path) => writeFileSync(path, '')],
    ['a text file', (path) => writeFileSync(path, 'Danh sách báo cáo năm 2025\n')],
  ];
  for (const [label, make] of cases) {
    it(`list, search and add refuse ${label} with exit 2 and leave it as it was`, () => {
      const dir = newDataDir('la');
      mkdirSync(dir, { recursive: true });
      const path = join(dir, 'baocao.db');
      make(path);
      const before = sha256(path);
      for (const args of [['list'], ['search', 'báo cáo'], ['add', REPORT]]) {
        const result = baocao('library', ...args, '--data-dir', dir);
        expect(result.code, `${label}: library ${args[0]}`).toBe(2);
        expect(result.stderr).toMatch(/không phải|chương trình khác|rỗng/);
        expect(result.stdout).toBe('');
      }
      expect(sha256(path)).toBe(before);
      expect(existsSync(join(dir, 'baocao.db-wal'))).toBe(false);
    });
  }
});
