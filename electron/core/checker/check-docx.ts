/**
 * "Kiểm tra thể thức" of a .docx: the Word reader recognises the document's parts (the same
 * reading import, consolidation and bản trình use), the thể thức is taken from the caller or from
 * all the document's evidence, and each rule judges the recognised lines — on their words, and
 * on their formatting as Word resolves it.
 */
import type { ProfileId } from '#shared/domain/vocabulary';
import type { CheckReport } from '#shared/the-thuc/findings';
import { getLayoutProfile } from '#shared/the-thuc/profiles';
import { ruleBasis, ruleSource } from '#shared/the-thuc/rule-sources';
import type { LayoutProfile } from '#shared/the-thuc/layout-profile';
import { recognise } from '#shared/word-import/recognise';
import { readDocxPackage } from '../word-import/read-docx';
import { buildContext, type RuleFinding, type Rule, type TextRule } from './check-context';
import { openDocx, type DocxPackage } from '../word-file/docx-package';
import { RunFormatResolver } from '../word-file/run-format';
import { recipientsFormat } from './rules/closing-rules';
import { fonts } from './rules/font-rules';
import { headerColumns, headerFormat } from './rules/header-rules';
import { pageNumbers, pageSetup } from './rules/page-rules';
import { headerWrap } from './rules/wrap-rules';
import { separators } from './rules/separator-rules';
import { dataTableRules } from './rules/table-rules';
import { bodyLayout, bodySize } from './rules/body-rules';
import { signatureFormat } from './rules/signature-rules';
import { lastPageAlone } from './rules/last-page';
import { renderedPages } from './layout/rendered-pages';
import {
  dateLine,
  documentWhole,
  issuingBodyPresent,
  kinhGui,
  nationalLines,
  numberLine,
  partyMarks,
  profileMix,
  summaryCase,
  summaryForm,
} from './text-rules/header-text';
import { authorityForm, contentEnding, numberingJumps, recipientsText, signatureParts } from './text-rules/closing-text';

/** The rules on words: what a .doc read as text can be checked for too. */
export const TEXT_RULES: readonly TextRule[] = [
  documentWhole,
  profileMix,
  nationalLines,
  issuingBodyPresent,
  partyMarks,
  numberLine,
  dateLine,
  summaryForm,
  summaryCase,
  kinhGui,
  numberingJumps,
  contentEnding,
  signatureParts,
  authorityForm,
  recipientsText,
];
/** The rules on formatting and layout: a .docx only. */
const FORMAT_RULES: readonly Rule[] = [
  pageSetup,
  pageNumbers,
  fonts,
  headerColumns,
  headerFormat,
  headerWrap,
  separators,
  bodySize,
  bodyLayout,
  dataTableRules,
  signatureFormat,
  recipientsFormat,
];

export interface CheckOptions {
  /** Lay the pages out with LibreOffice, when installed, to see where the signature falls (a second or so; off unless asked). */
  layout?: boolean;
}

/** Findings as the report gives them: where each rule is written, and whether a rule or practice backs it. */
export function withSources(findings: readonly RuleFinding[], profile: LayoutProfile) {
  return findings.map((f) => ({ ...f, source: ruleSource(f.ruleId, profile), basis: ruleBasis(f.ruleId) }));
}

/** A .docx read and its parts recognised: all a check needs but the pages as laid out. */
export interface ReadDocx {
  pkg: DocxPackage;
  fmt: RunFormatResolver;
  recognised: ReturnType<typeof recognise>;
  profileId: ProfileId | undefined;
}

/** Reads the file, refusing at once (an AppError) what is not a Word file one can read — before any layout is paid for. */
export async function readForCheck(bytes: Uint8Array, profileId?: ProfileId): Promise<ReadDocx> {
  const pkg = await openDocx(bytes);
  const fmt = new RunFormatResolver(pkg);
  return { pkg, fmt, recognised: recognise(readDocxPackage(pkg, fmt)), profileId };
}

/** Each rule's judgement of a read file, its pages as LibreOffice laid them out (null: from the file's page breaks). */
export function judgeDocx({ pkg, fmt, recognised, profileId }: ReadDocx, pages: readonly string[] | null): CheckReport {
  const profile = profileId ?? recognised.profile;
  const layout = getLayoutProfile(profile);
  const ctx = buildContext(pkg, fmt, layout, recognised, pages);
  const lastPage = lastPageAlone(ctx);
  const findings = [...TEXT_RULES.flatMap((rule) => rule(ctx)), ...FORMAT_RULES.flatMap((rule) => rule(ctx)), ...lastPage.findings];
  return { profile, profileDetected: profileId === undefined, findings: withSources(findings, layout), textOnly: false, lastPageMethod: lastPage.method };
}

export async function checkDocx(bytes: Uint8Array, profileId?: ProfileId, options: CheckOptions = {}): Promise<CheckReport> {
  const read = await readForCheck(bytes, profileId);
  return judgeDocx(read, options.layout ? await renderedPages(bytes) : null);
}
