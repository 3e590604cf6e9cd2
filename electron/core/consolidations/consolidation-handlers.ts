/** Handlers for consolidations.*: the "Tổng hợp báo cáo đơn vị trực thuộc" screen's back end. */
import type { ConsolidationInputInfo, ConsolidationView } from '#shared/contract/api';
import { AppError } from '#shared/contract/errors';
import { completeness, consolidationFigures, consolidationOpening, narrativeFor, type ConsolidationInput } from '#shared/consolidation/consolidation';
import type { SectionNode } from '#shared/domain/report';
import type { FileBlock, Report } from '#shared/domain/report';
import type { ProfileId } from '#shared/domain/vocabulary';
import type { IndicatorSet } from '#shared/domain/indicator-set';
import { cleanLine } from '#shared/text/sanitize';
import type { ImportDraft } from '#shared/word-import/import-word';
import type { Handlers } from '../dispatcher';
import type { Library } from '../stores/library';
import { reportJson, reportHash } from '../packages/report-hash';
import type { ConsolidationRow } from '../stores/consolidation-store';
import { readUnitFile } from './read-unit-file';
import { reviewSheet } from './read-unit-sheet';
import { fillTemplate } from './fill-template';
import { consolidationMessages, unitFileProblems } from '#shared/messages/consolidation';

type ConsolidationHandlers = Pick<Handlers, Extract<keyof Handlers, `consolidations.${string}`>>;

interface ConsolidationDeps {
  library: Library;
  /** The app's own "new report" (the unit's header, signer, nơi nhận from Đơn vị của tôi). */
  createReport: (args: { templateId: string; profile: ProfileId; period: string }) => Promise<Report>;
  readWord: (bytes: Uint8Array) => Promise<ImportDraft>;
}

/** The consolidated report's thể thức: the unit's own; else the one every unit's report shares; else ND30. */
function suggestedProfile(own: ProfileId | null, inputs: readonly ConsolidationInput[]): ProfileId {
  if (own) return own;
  const profiles = new Set(inputs.map((i) => i.report.profile));
  return profiles.size === 1 ? [...profiles][0]! : 'state';
}

const info = (input: ConsolidationInput): ConsolidationInputInfo => ({
  id: input.id,
  unit: input.unit,
  sourceName: input.sourceName,
  title: input.report.header.summary,
  revision: input.revision,
  sentAt: input.sentAt,
  receivedAt: input.receivedAt,
});

/** Figures compared between "kỳ trước" and "kỳ này" as the units' tables name them. */
function periodLabels(inputs: readonly ConsolidationInput[], period: string): { previous: string; current: string } {
  for (const input of inputs) {
    const visit = (blocks: readonly FileBlock[] | undefined): { previous: string; current: string } | null => {
      const block = (blocks ?? []).find((b) => b.type === 'indicators');
      return block && block.type === 'indicators' ? { previous: block.previousLabel, current: block.currentLabel } : null;
    };
    const found =
      visit(input.report.opening) ??
      input.report.sections.map((s) => visit(s.blocks) ?? (s.children ?? []).map((c) => visit(c.blocks)).find(Boolean) ?? null).find(Boolean);
    if (found) return found;
  }
  return { previous: 'Kỳ trước', current: period || 'Kỳ này' };
}

/** A part of the report and its place (indexes from the top). */
function sectionPath(sections: readonly SectionNode[], id: string, indexes: number[] = []): { section: SectionNode; indexes: number[] } | null {
  for (const [i, s] of sections.entries()) {
    if (s.id === id) return { section: s, indexes: [...indexes, i] };
    const inner = sectionPath(s.children, id, [...indexes, i]);
    if (inner) return inner;
  }
  return null;
}

export function consolidationHandlers(deps: ConsolidationDeps): ConsolidationHandlers {
  const { library } = deps;
  const { consolidations, reports: store } = library;
  const setOf = async (row: ConsolidationRow): Promise<{ id: string; set: IndicatorSet } | null> =>
    row.setId ? ((await library.indicatorSets.list()).find((s) => s.id === row.setId) ?? null) : null;

  /** A consolidation's inputs, who has sent, and the figures added up by its Bộ chỉ tiêu (null without one). */
  const figuresOf = async (row: ConsolidationRow) => {
    const inputs = await consolidations.inputs(row.id);
    const grid = completeness(row.units, inputs, row.deadline);
    const set = await setOf(row);
    const figures = set ? consolidationFigures(set.set, grid, periodLabels(inputs, row.period)) : null;
    return { inputs, grid, set, figures };
  };

  const view = async (id: string): Promise<ConsolidationView> => {
    const row = await consolidations.get(id);
    const { inputs, grid, set, figures } = await figuresOf(row);
    const ownProfile = (await library.organization.get())?.profile ?? null;
    const written = new Map((figures?.block.rows ?? []).map((r) => [r.code, r]));
    return {
      id: row.id,
      period: row.period,
      deadline: row.deadline,
      units: row.units,
      received: grid.rows.filter((r) => r.input).length,
      reportId: row.reportId,
      updatedAt: row.updatedAt,
      suggestedProfile: suggestedProfile(ownProfile, inputs),
      setId: set?.id ?? null,
      setName: set?.set.name ?? null,
      grid: grid.rows.map((r) => ({ unit: r.unit, status: r.status, input: r.input ? info(r.input) : null })),
      extra: grid.extra.map(info),
      inputs: inputs.map(info),
      figures: figures
        ? {
            rows: figures.consolidated.rows.map((r) => ({
              code: r.definition.code,
              name: r.definition.name,
              unit: r.definition.unit ?? '',
              aggregate: r.definition.aggregate,
              previous: written.get(r.definition.code)?.previous ?? '',
              current: written.get(r.definition.code)?.current ?? '',
              counted: r.counted,
            })),
            warnings: figures.consolidated.warnings,
            block: figures.block,
            appendix: figures.appendix,
          }
        : null,
    };
  };

  return {
    'consolidations.list': async () => {
      const rows = [];
      for (const row of await consolidations.list()) {
        const grid = completeness(row.units, await consolidations.inputs(row.id), row.deadline);
        rows.push({
          id: row.id,
          period: row.period,
          deadline: row.deadline,
          units: row.units,
          received: grid.rows.filter((r) => r.input).length,
          reportId: row.reportId,
          updatedAt: row.updatedAt,
        });
      }
      return rows;
    },
    'consolidations.create': async ({ period, deadline, units, setId }) => {
      const clean = [...new Set(units.map(cleanLine).filter((u) => u !== ''))];
      return view(await consolidations.create({ period: cleanLine(period), deadline, units: clean, setId }));
    },
    'consolidations.get': ({ id }) => view(id),
    'consolidations.update': async ({ id, period, deadline, units, setId }) => {
      await consolidations.update(id, {
        ...(period !== undefined ? { period: cleanLine(period) } : {}),
        ...(deadline !== undefined ? { deadline } : {}),
        ...(units ? { units: [...new Set(units.map(cleanLine).filter((u) => u !== ''))] } : {}),
        ...(setId !== undefined ? { setId } : {}),
      });
      return view(id);
    },
    'consolidations.readSheet': async ({ id, fileName, base64, sheet, columns, unit }) => {
      const row = await consolidations.get(id);
      return reviewSheet(fileName, Buffer.from(base64, 'base64'), (await setOf(row))?.set ?? null, row.units, { sheet, columns, unit });
    },
    'consolidations.fillTemplate': async ({ id, fileName, base64, sheet, columns }) => {
      const { set, figures } = await figuresOf(await consolidations.get(id));
      const byCode = new Map((figures?.consolidated.rows ?? []).map((r) => [r.definition.code, { previous: r.previous, current: r.current }]));
      return fillTemplate(fileName, Buffer.from(base64, 'base64'), set?.set ?? null, byCode, { sheet, columns });
    },
    'consolidations.addInputs': async ({ id, files }) => {
      const row = await consolidations.get(id);
      const set = (await setOf(row))?.set ?? null;
      const known = new Set((await consolidations.inputs(id)).map((i) => reportHash(i.report)));
      const added: string[] = [];
      const refused: { fileName: string; reason: string }[] = [];
      for (const file of files) {
        try {
          const unitFile = await readUnitFile(file.fileName, Buffer.from(file.base64, 'base64'), {
            readWord: deps.readWord,
            sheet: { set, units: row.units, choice: { sheet: file.sheet, columns: file.columns, unit: file.unit } },
          });
          // The same report sent twice is one input.
          if (known.has(reportHash(unitFile.report))) {
            refused.push({ fileName: file.fileName, reason: unitFileProblems.alreadyAdded });
            continue;
          }
          known.add(reportHash(unitFile.report));
          await consolidations.addInput(
            id,
            { unit: unitFile.unit, sourceName: unitFile.sourceName, report: unitFile.report, revision: unitFile.revision, sentAt: unitFile.sentAt },
            reportJson(unitFile.report),
          );
          // The Bộ chỉ tiêu that came down with the units' packages is chosen when none is yet.
          if (unitFile.indicators && !row.setId && !(await consolidations.get(id)).setId)
            await consolidations.update(id, { setId: (await library.indicatorSets.save(undefined, unitFile.indicators)).id });
          added.push(file.fileName);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          refused.push({ fileName: file.fileName, reason: error.message });
        }
      }
      return { view: await view(id), added, refused };
    },
    'consolidations.removeInput': async ({ id, inputId }) => {
      await consolidations.removeInput(id, inputId);
      return view(id);
    },
    'consolidations.makeReport': async ({ id, templateId, profile }) => {
      const current = await view(id);
      if (current.received === 0) throw new AppError('validation', consolidationMessages.nothingReceived);
      const report = await deps.createReport({ templateId, profile: profile ?? current.suggestedProfile, period: current.period });
      const results = report.sections.find((s) => s.role === 'results') ?? report.sections[0];
      await library.transaction(async (tx) => {
        if (current.figures && results) await tx.reports.sections.update(report.id, results.id, { blocks: [...results.blocks, current.figures.block] });
        const grid = completeness((await tx.consolidations.get(id)).units, await tx.consolidations.inputs(id), current.deadline);
        await tx.reports.updateMeta(report.id, {
          opening: [{ type: 'paragraph', runs: [{ text: consolidationOpening(grid, current.period) }] }],
          ...(current.figures && current.figures.appendix.length > 0
            ? { appendices: [{ title: 'Số liệu của các đơn vị', blocks: current.figures.appendix }] }
            : {}),
        });
        await tx.consolidations.update(id, { reportId: report.id });
      });
      return store.get(report.id);
    },
    'consolidations.narrative': async ({ reportId, sectionId }) => {
      const row = await consolidations.forReport(reportId);
      if (!row) return null;
      const path = sectionPath((await store.get(reportId)).sections, sectionId);
      if (!path) return null;
      const section = path.section;
      const grid = completeness(row.units, await consolidations.inputs(row.id), row.deadline);
      return narrativeFor(
        { role: section.role, title: section.title, path: path.indexes, children: section.children.map((c) => ({ role: c.role, title: c.title })) },
        grid,
      );
    },
  };
}
