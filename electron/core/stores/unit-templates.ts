/**
 * The unit's own templates: the outline of a finished report (titles and roles of its parts, no
 * content), and its trích yếu, whose period expression alone is rewritten for the next period
 * (shared/domain/period.ts): "Sơ kết 06 tháng đầu năm 2026 thực hiện Kết luận số 62-KL/TW ngày
 * 27/02/2026 …" becomes "Sơ kết 06 tháng đầu năm 2027 thực hiện Kết luận số 62-KL/TW ngày
 * 27/02/2026 …".
 */
import { AppError } from '#shared/contract/errors';
import type { TemplateInfo } from '#shared/contract/api';
import type { SectionNode } from '#shared/domain/report';
import type { SectionDraft } from '#shared/domain/templates';
import { summaryForPeriod } from '#shared/domain/template-summary';
import { templateMessages } from '#shared/messages/reports';
import type { StoreDeps } from './store-deps';

const UNIT_TEMPLATE_PREFIX = 'unit:';
interface Row {
  id: string;
  name: string;
  outline_json: string;
  summary_pattern: string;
}

function outlineOf(sections: readonly SectionNode[]): SectionDraft[] {
  return sections.map((s) => ({ role: s.role, title: s.title, ...(s.children.length > 0 ? { children: outlineOf(s.children) } : {}) }));
}

export class UnitTemplates {
  constructor(private readonly deps: StoreDeps) {}

  async list(): Promise<TemplateInfo[]> {
    const rows = await this.deps.sql.all<Row>('SELECT * FROM unit_templates ORDER BY created_at DESC');
    return rows.map((r) => {
      const outline = JSON.parse(r.outline_json) as SectionDraft[];
      return {
        id: `${UNIT_TEMPLATE_PREFIX}${r.id}`,
        name: r.name,
        description: 'Mẫu của đơn vị, lưu từ một báo cáo đã làm.',
        periodExample: 'kỳ này',
        outline: outline.map((s) => s.title),
        own: true,
      };
    });
  }

  async save(name: string, summary: string, sections: readonly SectionNode[]): Promise<TemplateInfo> {
    const id = this.deps.newId();
    // The trích yếu is kept whole; its period expression is found and rewritten when it is used.
    const pattern = summary.trim();
    await this.deps.sql.run('INSERT INTO unit_templates (id, name, outline_json, summary_pattern, created_at) VALUES (?, ?, ?, ?, ?)', [
      id,
      name,
      JSON.stringify(outlineOf(sections)),
      pattern,
      this.deps.now(),
    ]);
    const saved = (await this.list()).find((t) => t.id === `${UNIT_TEMPLATE_PREFIX}${id}`);
    if (!saved) throw new AppError('internal', 'template vanished');
    return saved;
  }

  /** The outline and the trích yếu for a new report of this period. */
  async use(templateId: string, period: string): Promise<{ sections: SectionDraft[]; summary: string; name: string } | null> {
    if (!templateId.startsWith(UNIT_TEMPLATE_PREFIX)) return null;
    const row = await this.deps.sql.get<Row>('SELECT * FROM unit_templates WHERE id = ?', [templateId.slice(UNIT_TEMPLATE_PREFIX.length)]);
    if (!row) throw new AppError('not_found', templateMessages.notFound);
    const summary = row.summary_pattern === '' ? `${row.name} ${period}`.trim() : summaryForPeriod(row.summary_pattern, period);
    return { sections: JSON.parse(row.outline_json) as SectionDraft[], summary, name: row.name };
  }

  async delete(templateId: string): Promise<void> {
    const changed = await this.deps.sql.run('DELETE FROM unit_templates WHERE id = ?', [templateId.slice(UNIT_TEMPLATE_PREFIX.length)]);
    if (changed === 0) throw new AppError('not_found', templateMessages.notFound);
  }
}
