/**
 * The thể thức checker on the field corpus: its rule-backed findings on each file against the
 * defects judged by hand on the file's rendered pages (expected.json). A finding is true when its
 * rule id is a judged defect of the file; findings on what could not be judged (unsure) are left
 * out. What the checker can see depends on the file: an old .doc is read as text only, and the
 * pages' layout is seen only when LibreOffice lays them out (`layout`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWordFile } from '../../electron/core/checker/check-word-file';
import { FIELD_DIR, fieldFiles, type FieldFile } from './field-corpus';

/** The files whose pages were judged for thể thức defects: the checker is scored on these. */
export const judgedFiles = (): FieldFile[] => fieldFiles().filter((f) => f.expected.defects !== null);

export interface CheckerScore {
  file: FieldFile;
  textOnly: boolean;
  /** Rule ids found (rule-backed, one per id), with whether each is a judged defect. */
  found: { rule: string; true: boolean }[];
  /** Judged defects the checker could see on this file, and whether it found each. */
  defects: { rule: string; found: boolean }[];
}

const unsure = (file: FieldFile, rule: string) => file.expected.unsure.some((prefix) => rule.startsWith(prefix));

export async function scoreChecker(file: FieldFile, options: { layout?: boolean } = {}): Promise<CheckerScore> {
  const report = await checkWordFile(readFileSync(join(FIELD_DIR, 'files', file.file)), undefined, { layout: options.layout });
  const ids = [...new Set(report.findings.filter((f) => f.basis === 'rule').map((f) => f.ruleId))].filter((id) => !unsure(file, id));
  const defects = file.expected.defects;
  if (defects === null) throw new Error(`${file.file}: its pages are not judged yet`);
  const judged = new Set(defects.map((d) => d.rule));
  const visible = defects.filter(
    (d) => d.needs === 'text' || (d.needs === 'format' && !report.textOnly) || (d.needs === 'layout' && !report.textOnly && options.layout),
  );
  return {
    file,
    textOnly: report.textOnly,
    found: ids.map((rule) => ({ rule, true: judged.has(rule) })),
    defects: visible.map((d) => ({ rule: d.rule, found: ids.includes(d.rule) })),
  };
}

export interface CheckerSummary {
  files: number;
  findings: number;
  precision: number | null;
  defects: number;
  recall: number | null;
}

export function summariseChecker(scores: readonly CheckerScore[]): CheckerSummary {
  const found = scores.flatMap((s) => s.found);
  const defects = scores.flatMap((s) => s.defects);
  return {
    files: scores.length,
    findings: found.length,
    precision: found.length === 0 ? null : found.filter((f) => f.true).length / found.length,
    defects: defects.length,
    recall: defects.length === 0 ? null : defects.filter((d) => d.found).length / defects.length,
  };
}
