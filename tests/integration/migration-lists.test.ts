/**
 * The PC's data file and the office server keep one list of schema steps, written twice
 * (db/migrations for SQLite, server/migrations for PostgreSQL): the same ids in the same order,
 * and on a server each step's columns are there for the stores (the store suite runs on both).
 */
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { SERVER_MIGRATIONS } from '../../electron/core/server/migrations';
import { schemaState, upgradeSchema } from '../../electron/core/server/server-schema';
import { openDatabase } from '../../electron/core/db/open-database';
import { adminPool, backends, newServerDatabase } from '../support/libraries';

describe('the two lists of schema steps', () => {
  it('hold the same ids in the same order', () => {
    expect(SERVER_MIGRATIONS.map((m) => m.id)).toEqual(MIGRATIONS.map((m) => m.id));
  });

  it.skipIf(!backends().includes('postgres'))(
    'give a server the same tables and columns as a PC’s file, the server’s own search and upkeep besides',
    async () => {
      const pool = adminPool(await newServerDatabase());
      try {
        expect(await schemaState(pool)).toEqual({ kind: 'empty' });
        expect(await upgradeSchema(pool, () => '2026-12-06T00:00:00Z')).toEqual(SERVER_MIGRATIONS.map((m) => m.id));
        // Idempotent: run again, nothing to do.
        expect(await upgradeSchema(pool, () => '2026-12-06T00:00:00Z')).toEqual([]);
        expect(await schemaState(pool)).toEqual({ kind: 'current' });
        const serverColumns = new Map<string, Set<string>>();
        for (const r of (
          await pool.query<{ table_name: string; column_name: string }>(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
          )
        ).rows) {
          if (!serverColumns.has(r.table_name)) serverColumns.set(r.table_name, new Set());
          serverColumns.get(r.table_name)!.add(r.column_name);
        }
        const db = openDatabase(':memory:');
        const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map(
          (t) => t.name,
        );
        // A PC's own copies of server reports and its waiting saves (0014) stay on the PC.
        const pcOnly = new Set(['server_copies', 'server_outbox', 'server_conflicts']);
        for (const table of tables.filter((t) => !pcOnly.has(t))) {
          const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
          expect([table, columns.filter((c) => !serverColumns.get(table)?.has(c))]).toEqual([table, []]);
        }
        db.close();
      } finally {
        await pool.end();
      }
    },
  );

  it.skipIf(!backends().includes('postgres'))('refuse a server set up by a newer version, writing nothing', async () => {
    const pool = adminPool(await newServerDatabase());
    try {
      await upgradeSchema(pool, () => 'x');
      await pool.query("INSERT INTO schema_migrations (id, applied_at) VALUES ('9999-from-the-future', 'x')");
      expect(await schemaState(pool)).toEqual({ kind: 'newer' });
      await expect(upgradeSchema(pool, () => 'x')).rejects.toMatchObject({
        code: 'database',
        message: expect.stringMatching(/phiên bản Soạn Báo Cáo mới hơn/),
      });
    } finally {
      await pool.end();
    }
  });
});
