/**
 * "Kiểm tra thể thức": checks any .docx against a profile's rules. The profile is taken from
 * the caller or recognised from the header (ĐẢNG CỘNG SẢN VIỆT NAM → party …).
 */
import type { ProfileId } from '../../../shared/domain/vocabulary';
import type { CheckReport } from '../../../shared/the-thuc/findings';
import { getLayoutProfile } from '../../../shared/the-thuc/profiles';
import { ruleSource } from '../../../shared/the-thuc/rule-sources';
import { buildContext, type Rule } from './check-context';
import { bodyParagraphs, openDocx, type DocxPackage } from './docx-package';
import { paragraphText } from './ooxml';
import { bodySize, kinhGuiInParty, recipients, signaturePrefix } from './rules/closing-rules';
import { fonts } from './rules/font-rules';
import { dateLine, headerBlock, numberLine } from './rules/header-rules';
import { pageNumbers, pageSetup } from './rules/page-rules';
import { headerWrap } from './rules/wrap-rules';
import { separators } from './rules/separator-rules';
import { dataTableRules } from './rules/table-rules';
import { bodyLayout, kinhGuiPlace } from './rules/body-rules';
import { signatureBlock } from './rules/signature-rules';
import { lastPageAlone } from './rules/last-page';
import { renderedPages } from './layout/rendered-pages';

const RULES: readonly Rule[] = [pageSetup, pageNumbers, fonts, headerBlock, headerWrap, separators, numberLine, dateLine, bodySize, bodyLayout, kinhGuiPlace, dataTableRules, signatureBlock, signaturePrefix, recipients, kinhGuiInParty];

export function detectProfile(pkg: DocxPackage): ProfileId {
  const head = bodyParagraphs(pkg).slice(0, 12).map(paragraphText).join('\n').toLocaleUpperCase('vi-VN');
  if (head.includes('ĐẢNG CỘNG SẢN VIỆT NAM')) return 'party';
  if (head.includes('ĐOÀN TNCS HỒ CHÍ MINH')) return 'youth-union';
  return 'state';
}

export interface CheckOptions {
  /** Lay the pages out with LibreOffice, when installed, to see where the signature falls (a few seconds; off unless asked). */
  layout?: boolean;
}

export async function checkDocx(bytes: Uint8Array, profileId?: ProfileId, options: CheckOptions = {}): Promise<CheckReport> {
  const pkg = await openDocx(bytes);
  const profile = profileId ?? detectProfile(pkg);
  const ctx = buildContext(pkg, getLayoutProfile(profile));
  const pages = options.layout ? await renderedPages(bytes) : null;
  const lastPage = lastPageAlone(ctx, pages);
  const findings = [...RULES.flatMap((rule) => rule(ctx)), ...lastPage.findings].map((f) => ({ ...f, source: ruleSource(f.ruleId, ctx.profile) }));
  return { profile, profileDetected: profileId === undefined, findings, lastPageMethod: lastPage.method };
}
