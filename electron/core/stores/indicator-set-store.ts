/** The unit's Bộ chỉ tiêu: its own sets and those received from the level above. */
import { AppError } from '#shared/contract/errors';
import { checkIndicatorSet, indicatorSetSchema } from '#shared/domain/indicator-set';
import type { StoredIndicatorSet } from '#shared/contract/api';
import { indicatorSetMessages } from '#shared/messages/organization';
import type { StoreDeps } from './store-deps';

export class IndicatorSetStore {
  constructor(private readonly deps: StoreDeps) {}

  async list(): Promise<StoredIndicatorSet[]> {
    const rows = await this.deps.sql.all<{ id: string; set_json: string; updated_at: string }>(
      'SELECT id, set_json, updated_at FROM indicator_sets ORDER BY updated_at DESC',
    );
    return rows.flatMap((r) => {
      try {
        return [{ id: r.id, set: indicatorSetSchema.parse(JSON.parse(r.set_json)), updatedAt: r.updated_at }];
      } catch {
        return [];
      }
    });
  }

  /** Saves a new set (no id) or replaces one; a set received again under the same name replaces it. */
  async save(id: string | undefined, value: unknown): Promise<StoredIndicatorSet> {
    const set = checkIndicatorSet(value);
    const now = this.deps.now();
    return this.deps.sql.transaction(async (sql) => {
      const existing =
        id ??
        (await new IndicatorSetStore({ ...this.deps, sql }).list()).find((s) => s.set.name === set.name && (s.set.issuedBy ?? '') === (set.issuedBy ?? ''))?.id;
      const target = existing ?? this.deps.newId();
      await sql.run(
        'INSERT INTO indicator_sets (id, set_json, updated_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET set_json = excluded.set_json, updated_at = excluded.updated_at',
        [target, JSON.stringify(set), now],
      );
      return { id: target, set, updatedAt: now };
    });
  }

  async delete(id: string): Promise<void> {
    if ((await this.deps.sql.run('DELETE FROM indicator_sets WHERE id = ?', [id])) === 0) throw new AppError('not_found', indicatorSetMessages.notFound);
  }
}
