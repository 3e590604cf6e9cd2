/** The store's file: WAL and foreign keys, ordered migrations, and refusing what it must not touch. */
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '#shared/contract/errors';
import { appliedMigrationIds } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open-database';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'baocao-db-')), 'baocao.db');

describe('opening the database', () => {
  it('creates the schema, turns on WAL and foreign keys, and records every migration', () => {
    const path = tempFile();
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(appliedMigrationIds(db)).toEqual(MIGRATIONS.map((m) => m.id));
    db.close();
    // Opening again applies nothing twice.
    const again = openDatabase(path);
    expect(appliedMigrationIds(again)).toEqual(MIGRATIONS.map((m) => m.id));
    again.close();
  });

  it('refuses, without changing a byte, a file written by a newer version', () => {
    const path = tempFile();
    openDatabase(path).close();
    const raw = new BetterSqlite3(path);
    raw.prepare("INSERT INTO schema_migrations (id, applied_at) VALUES ('0099-from-the-future', 'x')").run();
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrow(/phiên bản Soạn Báo Cáo mới hơn/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses, without changing a byte, a corrupt file, and says what to do', () => {
    const path = tempFile();
    writeFileSync(path, Buffer.from('Đây không phải cơ sở dữ liệu. '.repeat(200)));
    const before = readFileSync(path);
    let error: unknown;
    try {
      openDatabase(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('database');
    expect((error as AppError).message).toMatch(/không phải tệp dữ liệu của Soạn Báo Cáo.*khôi phục từ bản sao lưu/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('rolls a failing migration back whole and leaves the ledger unchanged', () => {
    const path = tempFile();
    const failing = [
      ...MIGRATIONS,
      {
        id: '0002-broken',
        up: (db: BetterSqlite3.Database) => {
          db.exec('CREATE TABLE half_done (x)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => openDatabase(path, { migrations: failing })).toThrow('boom');
    const db = openDatabase(path);
    expect(appliedMigrationIds(db)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
  });

  it('deletes a report’s parts with it (foreign keys cascade)', () => {
    const db = openDatabase(':memory:');
    db.prepare(
      "INSERT INTO reports (id, kind, profile, header_json, signature_json, recipients_json, created_at, updated_at) VALUES ('r', 'k', 'state', '{}', '{}', '[]', 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO sections (id, report_id, parent_id, position, role, title, blocks_json, updated_at) VALUES ('s', 'r', NULL, 0, 'other', 't', '[]', 't')",
    ).run();
    db.prepare(
      "INSERT INTO sections (id, report_id, parent_id, position, role, title, blocks_json, updated_at) VALUES ('c', 'r', 's', 0, 'other', 't', '[]', 't')",
    ).run();
    db.prepare("DELETE FROM reports WHERE id = 'r'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM sections').get()).toEqual({ n: 0 });
  });
});

describe('migration 0012: what a report holds of what travelled', () => {
  it('carries over the newest version a report sent or kept, never one it was given and did not keep', () => {
    const path = tempFile();
    const before = MIGRATIONS.filter((m) => m.id < '0012');
    openDatabase(path, { migrations: before }).close();
    const raw = new BetterSqlite3(path);
    const report = raw.prepare(
      "INSERT INTO reports (id, kind, profile, header_json, signature_json, recipients_json, created_at, updated_at) VALUES (?, 'k', 'state', '{}', '{}', '[]', ?, ?)",
    );
    const share = raw.prepare('INSERT INTO report_shares (report_id, hash, revision, direction, unit, at) VALUES (?, ?, ?, ?, ?, ?)');
    const version = raw.prepare("INSERT INTO report_versions (id, report_id, reason, source, report_json, created_at) VALUES (?, ?, ?, 'x', '{}', ?)");
    for (const id of ['sent', 'taken', 'kept-mine', 'kept-both', 'copy'])
      report.run(id, id === 'copy' ? '2026-03-01T00:00:00.001Z' : '2026-01-01', '2026-03-01');
    // Sent last: held.
    share.run('sent', 'h-1', 1, 'sent', 'xã', '2026-01-02');
    share.run('sent', 'h-2', 2, 'sent', 'xã', '2026-02-01');
    // Received and taken: held.
    share.run('taken', 'h-3', 1, 'received', 'tỉnh', '2026-02-01');
    // Received and not kept (Giữ bản của tôi): not held.
    share.run('kept-mine', 'h-4', 1, 'received', 'tỉnh', '2026-02-01');
    version.run('v1', 'kept-mine', 'received-not-kept', '2026-02-01');
    // Giữ cả hai: the older report keeps its text; the copy made then holds what came.
    share.run('kept-both', 'h-5', 2, 'received', 'tỉnh', '2026-03-01T00:00:00.002Z');
    share.run('copy', 'h-5', 2, 'received', 'tỉnh', '2026-03-01T00:00:00.002Z');
    raw.prepare("INSERT INTO report_events (report_id, kind, detail, at) VALUES ('copy', 'new-version', ?, 'x')").run(JSON.stringify({ from: 'sent' }));
    raw.close();
    const db = openDatabase(path);
    expect(db.prepare('SELECT report_id, hash FROM report_lineage ORDER BY report_id').all()).toEqual([
      { report_id: 'copy', hash: 'h-5' },
      { report_id: 'sent', hash: 'h-2' },
      { report_id: 'taken', hash: 'h-3' },
    ]);
    expect(db.prepare('SELECT id, version_of FROM reports WHERE version_of IS NOT NULL').all()).toEqual([{ id: 'copy', version_of: 'sent' }]);
    expect(db.prepare('SELECT id, copy_of FROM reports WHERE copy_of IS NOT NULL').all()).toEqual([{ id: 'copy', copy_of: 'kept-both' }]);
    db.close();
  });
});
