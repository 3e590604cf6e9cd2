/** The one "Đơn vị của tôi" row. */
import { AppError } from '#shared/contract/errors';
import type { Organization } from '#shared/domain/organization';
import type { ProfileId } from '#shared/domain/vocabulary';
import { organizationMessages } from '#shared/messages/organization';
import type { StoreDeps } from './store-deps';

export class OrganizationStore {
  constructor(private readonly deps: StoreDeps) {}

  async get(): Promise<Organization | null> {
    const row = await this.deps.sql.get<{ profile: string; data_json: string }>('SELECT profile, data_json FROM organization WHERE id = 1');
    if (!row) return null;
    try {
      return { ...(JSON.parse(row.data_json) as Omit<Organization, 'profile'>), profile: row.profile as ProfileId };
    } catch {
      throw new AppError('database', organizationMessages.damaged);
    }
  }

  async save(org: Organization): Promise<Organization> {
    const { profile, ...data } = org;
    await this.deps.sql.run(
      `INSERT INTO organization (id, profile, data_json, updated_at) VALUES (1, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET profile = excluded.profile, data_json = excluded.data_json, updated_at = excluded.updated_at`,
      [profile, JSON.stringify(data), this.deps.now()],
    );
    return org;
  }
}
