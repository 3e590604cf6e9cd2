/** The one "Đơn vị của tôi" row. */
import type { Database } from 'better-sqlite3';
import { AppError } from '#shared/contract/errors';
import type { Organization } from '#shared/domain/organization';
import type { ProfileId } from '#shared/domain/vocabulary';
import { organizationMessages } from '#shared/messages/organization';

export class OrganizationStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => string,
  ) {}

  get(): Organization | null {
    const row = this.db.prepare('SELECT profile, data_json FROM organization WHERE id = 1').get() as { profile: string; data_json: string } | undefined;
    if (!row) return null;
    try {
      return { ...(JSON.parse(row.data_json) as Omit<Organization, 'profile'>), profile: row.profile as ProfileId };
    } catch {
      throw new AppError('database', organizationMessages.damaged);
    }
  }

  save(org: Organization): Organization {
    const { profile, ...data } = org;
    this.db
      .prepare(
        `INSERT INTO organization (id, profile, data_json, updated_at) VALUES (1, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET profile = excluded.profile, data_json = excluded.data_json, updated_at = excluded.updated_at`,
      )
      .run(profile, JSON.stringify(data), this.now());
    return org;
  }
}
