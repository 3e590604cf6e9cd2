/**
 * Ordered, transactional migrations with a prefix check. A database whose applied list is not
 * a prefix of the list this version knows was written by a newer version (or another program):
 * we refuse it before writing anything, so the newer app can still open it.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '#shared/contract/errors';
import type { Migration } from './migration';
import { inWriteTransaction } from './write-transaction';
import { refusedMessages } from '#shared/messages/storage';

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  id TEXT PRIMARY KEY,
  applied_at TEXT NOT NULL
)`;

export function appliedMigrationIds(db: Database): string[] {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!exists) return [];
  return (db.prepare('SELECT id FROM schema_migrations ORDER BY rowid').all() as { id: string }[]).map((r) => r.id);
}

/** Throws `database` when the file belongs to a newer version; otherwise reports what is pending. */
export function pendingMigrations(db: Database, known: readonly Migration[]): Migration[] {
  const applied = appliedMigrationIds(db);
  const isPrefix = applied.length <= known.length && applied.every((id, i) => known[i]?.id === id);
  if (!isPrefix) {
    throw new AppError('database', refusedMessages.newerVersion);
  }
  return known.slice(applied.length);
}

export function runMigrations(db: Database, pending: readonly Migration[], now: () => string): void {
  db.exec(CREATE_LEDGER);
  const record = db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
  for (const migration of pending) {
    inWriteTransaction(db, () => {
      migration.up(db);
      record.run(migration.id, now());
    });
  }
}
