/**
 * The unit's own templates: the outline of a finished report (titles and roles of its parts, no
 * content), and its trích yếu, whose period expression alone is rewritten for the next period
 * (shared/domain/period.ts): "Sơ kết 06 tháng đầu năm 2026 thực hiện Kết luận số 62-KL/TW ngày
 * 27/02/2026 …" becomes "Sơ kết 06 tháng đầu năm 2027 thực hiện Kết luận số 62-KL/TW ngày
 * 27/02/2026 …".
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '#shared/contract/errors';
import type { TemplateInfo } from '#shared/contract/api';
import type { SectionNode } from '#shared/domain/report';
import type { SectionDraft } from '#shared/domain/templates';
import { summaryForPeriod } from '#shared/domain/template-summary';
import { templateMessages } from '#shared/messages/reports';

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
  constructor(
    private readonly db: Database,
    private readonly now: () => string,
    private readonly newId: () => string,
  ) {}

  list(): TemplateInfo[] {
    const rows = this.db.prepare('SELECT * FROM unit_templates ORDER BY created_at DESC').all() as Row[];
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

  save(name: string, summary: string, sections: readonly SectionNode[]): TemplateInfo {
    const id = this.newId();
    // The trích yếu is kept whole; its period expression is found and rewritten when it is used.
    const pattern = summary.trim();
    this.db
      .prepare('INSERT INTO unit_templates (id, name, outline_json, summary_pattern, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, name, JSON.stringify(outlineOf(sections)), pattern, this.now());
    const saved = this.list().find((t) => t.id === `${UNIT_TEMPLATE_PREFIX}${id}`);
    if (!saved) throw new AppError('internal', 'template vanished');
    return saved;
  }

  /** The outline and the trích yếu for a new report of this period. */
  use(templateId: string, period: string): { sections: SectionDraft[]; summary: string; name: string } | null {
    if (!templateId.startsWith(UNIT_TEMPLATE_PREFIX)) return null;
    const row = this.db.prepare('SELECT * FROM unit_templates WHERE id = ?').get(templateId.slice(UNIT_TEMPLATE_PREFIX.length)) as Row | undefined;
    if (!row) throw new AppError('not_found', templateMessages.notFound);
    const summary = row.summary_pattern === '' ? `${row.name} ${period}`.trim() : summaryForPeriod(row.summary_pattern, period);
    return { sections: JSON.parse(row.outline_json) as SectionDraft[], summary, name: row.name };
  }

  delete(templateId: string): void {
    const result = this.db.prepare('DELETE FROM unit_templates WHERE id = ?').run(templateId.slice(UNIT_TEMPLATE_PREFIX.length));
    if (result.changes === 0) throw new AppError('not_found', templateMessages.notFound);
  }
}
