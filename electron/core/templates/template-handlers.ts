/** Handlers for templates.*: the built-in templates and the unit's own, saved from a report's outline. */
import type { Handlers } from '../dispatcher';
import type { ApiMethod } from '#shared/contract/api';
import { AppError } from '#shared/contract/errors';
import { REPORT_TEMPLATES } from '#shared/domain/templates';
import { cleanLine } from '#shared/text/sanitize';
import type { Library } from '../stores/library';
import { templateMessages } from '#shared/messages/reports';

type TemplateHandlers = Pick<Handlers, Extract<ApiMethod, `templates.${string}`>>;

export function templateHandlers(library: Library): TemplateHandlers {
  const { reports: store, unitTemplates } = library;
  return {
    'templates.saveFromReport': async ({ reportId, name }) => {
      const clean = cleanLine(name);
      if (clean === '') throw new AppError('validation', templateMessages.noName);
      const report = await store.get(reportId);
      return unitTemplates.save(clean, report.header.summary, report.sections);
    },

    'templates.delete': async ({ id }) => {
      await unitTemplates.delete(id);
      return null;
    },

    'templates.list': async () => [
      ...(await unitTemplates.list()),
      ...REPORT_TEMPLATES.map((t) => ({
        id: t.id,
        name: t.name,
        description: t.description,
        periodExample: t.periodExample,
        outline: t.sections.map((s) => s.title),
      })),
    ],
  };
}
