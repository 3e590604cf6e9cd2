/** The unit's Bộ chỉ tiêu in the data file: its own sets and those received from the level above. */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import { indicatorSetProblems, indicatorSetSchema, type IndicatorSet } from '../../../shared/domain/indicator-set';
import type { StoredIndicatorSet } from '../../../shared/contract/api';
import { indicatorSetMessages } from '../../../shared/messages/organization';

/** A set read from anywhere (the clerk, a package, a file): its shape, then its references. */
export function checkIndicatorSet(value: unknown): IndicatorSet {
  const parsed = indicatorSetSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    const why =
      issue?.message === 'indicator_code'
        ? 'mã chỉ tiêu chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới'
        : issue?.message === 'weighted_needs_weight'
          ? 'chỉ tiêu bình quân có trọng số cần chọn chỉ tiêu làm trọng số'
          : issue?.message === 'rate_needs_parts'
            ? 'chỉ tiêu tỷ lệ cần chọn tử số và mẫu số'
            : 'thiếu hoặc sai dữ liệu';
    throw new AppError('validation', indicatorSetMessages.invalidField(where, why));
  }
  const problems = indicatorSetProblems(parsed.data);
  if (problems.length > 0) throw new AppError('validation', indicatorSetMessages.problems(problems));
  return parsed.data;
}

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
