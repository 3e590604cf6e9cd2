/** The unit's Bộ chỉ tiêu in the data file: its own sets and those received from the level above. */
import type { Database } from 'better-sqlite3';
import { AppError } from '#shared/contract/errors';
import { checkIndicatorSet, indicatorSetSchema } from '#shared/domain/indicator-set';
import type { StoredIndicatorSet } from '#shared/contract/api';
import { indicatorSetMessages } from '#shared/messages/organization';

export class IndicatorSetStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => string,
    private readonly newId: () => string,
  ) {}

  list(): StoredIndicatorSet[] {
    const rows = this.db.prepare('SELECT id, set_json, updated_at FROM indicator_sets ORDER BY updated_at DESC').all() as {
      id: string;
      set_json: string;
      updated_at: string;
    }[];
    return rows.flatMap((r) => {
      try {
        return [{ id: r.id, set: indicatorSetSchema.parse(JSON.parse(r.set_json)), updatedAt: r.updated_at }];
      } catch {
        return [];
      }
    });
  }

  /** Saves a new set (no id) or replaces one; a set received again under the same name replaces it. */
  save(id: string | undefined, value: unknown): StoredIndicatorSet {
    const set = checkIndicatorSet(value);
    const now = this.now();
    const existing = id ?? this.list().find((s) => s.set.name === set.name && (s.set.issuedBy ?? '') === (set.issuedBy ?? ''))?.id;
    const target = existing ?? this.newId();
    this.db
      .prepare(
        'INSERT INTO indicator_sets (id, set_json, updated_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET set_json = excluded.set_json, updated_at = excluded.updated_at',
      )
      .run(target, JSON.stringify(set), now);
    return { id: target, set, updatedAt: now };
  }

  delete(id: string): void {
    if (this.db.prepare('DELETE FROM indicator_sets WHERE id = ?').run(id).changes === 0) throw new AppError('not_found', indicatorSetMessages.notFound);
  }
}
