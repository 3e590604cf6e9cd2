/**
 * The export view model: every decision about what the Word file says — numbering, casing,
 * the number and date lines, which parts are left out, the content ending, rule lengths —
 * made here, as plain data that tests read without opening a .docx. The docx builders only
 * turn this into XML.
 */
import { DEFAULT_DOC_TYPE } from '../domain/report';
import { appendixLabel } from '../domain/numbering';
import type { ReportFile } from '../report-format/schema';
import { numberLine, placeDateLine } from '../the-thuc/header-lines';
import { textWidthMm as pageTextWidthMm, type LayoutProfile, type Separator, type TextStyle } from '../the-thuc/layout-profile';
import { getLayoutProfile } from '../the-thuc/profiles';
import { estimateTextWidthMm } from '../the-thuc/text-width';
import { blockItems, keepLastWithSignature, sectionItems, withContentEnding, type BodyItem } from './view-body';

export type { BodyItem } from './view-body';

export interface StyledLine {
  text: string;
  style: TextStyle;
}

/** A separator with its length resolved: a rule `widthMm` long, or literal text. */
export type ResolvedSeparator = { kind: 'rule'; widthMm: number } | { kind: 'text'; text: string; style: TextStyle };

export interface AppendixView {
  label: StyledLine;
  title: StyledLine;
  reference: StyledLine;
  body: BodyItem[];
}

export interface ExportView {
  profile: LayoutProfile;
  textWidthMm: number;
  header: {
    left: StyledLine[];
    underIssuingBody: ResolvedSeparator;
    numberLine: StyledLine;
    national: StyledLine[];
    /** Rule under the last national line, as long as that line. */
    nationalRuleMm: number;
    dateLine: StyledLine;
  };
  docType: StyledLine;
  summary: StyledLine;
  underSummary: ResolvedSeparator;
  /** Kính gửi (state-style reports sent upward); empty for Party-style profiles, which have none. */
  addressees: { label: StyledLine; items: StyledLine[]; inline: boolean };
  body: BodyItem[];
  appendices: AppendixView[];
  recipients: { label: StyledLine; items: StyledLine[] };
  signature: StyledLine[];
  blankLinesForSignature: number;
  signerName: StyledLine;
  omittedEmptyParts: string[];
}

const upper = (text: string) => text.toLocaleUpperCase('vi-VN');

function resolveSeparator(separator: Separator, measuredMm: number): ResolvedSeparator {
  if (separator.kind === 'text') return separator;
  return { kind: 'rule', widthMm: Math.round(measuredMm * separator.widthShareOfText * 10) / 10 };
}

/** One recipient per line, "- " in front; ";" after each, "." after the last (ND30 ô 9b, HD 05). */
export function recipientLines(recipients: readonly string[]): string[] {
  const lines = recipients.map((r) => r.trim().replace(/^[-–+]\s*/, '')).filter((r) => r !== '');
  return lines.map((line, i) => {
    const isLast = i === lines.length - 1;
    const bare = line.replace(/[;.,]+$/, '');
    return `- ${bare}${isLast ? '.' : ';'}`;
  });
}

export function buildExportView(report: ReportFile, today: Date): ExportView {
  const profile = getLayoutProfile(report.profile);
  const h = report.header;
  const textWidthMm = pageTextWidthMm(profile);

  // A name the clerk broke onto lines is written line by line; the rule under the issuing body
  // is measured on its longest line.
  const linesOf = (name: string) => upper(name).split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const left: StyledLine[] = [];
  if (h.parentBody && h.parentBody.trim() !== '') left.push(...linesOf(h.parentBody).map((text) => ({ text, style: profile.parentBody })));
  const issuingLines = linesOf(h.issuingBody);
  left.push(...(issuingLines.length > 0 ? issuingLines : ['']).map((text) => ({ text, style: profile.issuingBody })));
  const issuingWidth = Math.min(
    Math.max(0, ...issuingLines.map((line) => estimateTextWidthMm(line, profile.issuingBody.sizePt, profile.issuingBody.bold))),
    profile.headerColumnsMm.left,
  );

  const national = profile.nationalLines.map((l) => ({ text: l.text, style: l.style }));
  const lastNational = national[national.length - 1] as StyledLine;

  const summaryText = h.summary.trim();
  const summaryWidth = Math.min(estimateTextWidthMm(summaryText, profile.summary.sizePt, profile.summary.bold), textWidthMm);

  const omittedEmptyParts: string[] = [];
  const outline = report.outline ?? 'sections';
  const body = keepLastWithSignature(
    withContentEnding(
      [...(report.opening ?? []).flatMap(blockItems), ...sectionItems(outline, report.sections, 1, omittedEmptyParts), ...(report.closing ?? []).flatMap(blockItems)],
      profile.contentEnding,
    ),
  );
  const partyStyle = profile.numberStyle === 'party';
  const addressees = partyStyle ? [] : (h.addressees ?? []).map((a) => a.trim().replace(/^[-–]\s*/, '').replace(/[;.,]+$/, '')).filter((a) => a !== '');
  const number = numberLine(profile.numberStyle, h.number, h.symbol).replace(/^Số:?\s?/, '');
  const reference = `(Kèm theo Báo cáo số ${number} ${placeDateLine('', h.date, today.getFullYear())})`;
  const appendices = (report.appendices ?? []).map((a, i) => ({
    label: { text: appendixLabel(partyStyle ? 'party' : 'state', i + 1), style: { sizePt: 14, bold: true } },
    title: { text: upper(a.title.trim()), style: { sizePt: 14, bold: true } },
    reference: { text: reference, style: { sizePt: 14, italic: true } },
    body: (a.blocks ?? []).flatMap(blockItems),
  }));
  // A report sent upward lists "Như trên" first in Nơi nhận (ND30 ô 9a–9b).
  const recipients = addressees.length > 0 && !report.recipients.some((r) => /Như trên/i.test(r)) ? ['Như trên', ...report.recipients] : report.recipients;

  const s = report.signature;
  const signature: StyledLine[] = [];
  const authorityLabel = s.authority === '' ? '' : (profile.authorityLabels[s.authority] ?? s.authority);
  if (authorityLabel !== '' || s.onBehalfOf.trim() !== '') {
    signature.push({ text: upper(`${authorityLabel} ${s.onBehalfOf.trim()}`.trim()), style: profile.signature.authority });
  }
  if (s.position.trim() !== '') signature.push({ text: upper(s.position.trim()), style: profile.signature.position });

  return {
    profile,
    textWidthMm,
    header: {
      left,
      underIssuingBody: resolveSeparator(profile.underIssuingBody, issuingWidth),
      numberLine: { text: numberLine(profile.numberStyle, h.number, h.symbol), style: profile.numberLine },
      national,
      nationalRuleMm: Math.round(estimateTextWidthMm(lastNational.text, lastNational.style.sizePt, lastNational.style.bold) * 10) / 10,
      dateLine: { text: placeDateLine(h.place, h.date, today.getFullYear()), style: profile.dateLine },
    },
    docType: { text: upper((h.docType ?? DEFAULT_DOC_TYPE).trim() || DEFAULT_DOC_TYPE), style: profile.docType },
    summary: { text: summaryText, style: profile.summary },
    underSummary: resolveSeparator(profile.underSummary, summaryWidth),
    addressees: {
      label: { text: 'Kính gửi:', style: { sizePt: profile.body.sizePt } },
      items: (addressees.length === 1 ? addressees : addressees.map((a, i) => `- ${a}${i === addressees.length - 1 ? '.' : ';'}`)).map((text) => ({ text, style: { sizePt: profile.body.sizePt } })),
      inline: addressees.length === 1,
    },
    body,
    appendices,
    recipients: {
      label: { text: 'Nơi nhận:', style: profile.recipientsLabel },
      items: recipientLines(recipients).map((text) => ({ text, style: profile.recipientsItem })),
    },
    signature,
    blankLinesForSignature: profile.signature.blankLinesForSignature,
    signerName: { text: s.name.trim(), style: profile.signature.name },
    omittedEmptyParts,
  };
}
