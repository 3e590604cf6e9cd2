/**
 * The export view model: every decision about what the Word file says — numbering, casing,
 * the number and date lines, which parts are left out, the content ending, rule lengths —
 * made here, as plain data that tests read without opening a .docx. The docx builders only
 * turn this into XML.
 */
import { blockHasContent, paragraphText, sectionHasContent, DEFAULT_DOC_TYPE } from '../../../shared/domain/report';
import { headingLabel } from '../../../shared/domain/numbering';
import type { Block, FileSection, ReportFile, Run } from '../../../shared/report-format/schema';
import { numberLine, placeDateLine } from '../../../shared/the-thuc/header-lines';
import type { LayoutProfile, Separator, TextStyle } from '../../../shared/the-thuc/layout-profile';
import { getLayoutProfile } from '../../../shared/the-thuc/profiles';
import { estimateTextWidthMm } from '../../../shared/the-thuc/text-width';

export interface StyledLine {
  text: string;
  style: TextStyle;
}

/** A separator with its length resolved: a rule `widthMm` long, or literal text. */
export type ResolvedSeparator = { kind: 'rule'; widthMm: number } | { kind: 'text'; text: string; style: TextStyle };

export type BodyItem =
  | { kind: 'heading'; depth: number; text: string; bold: boolean }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'bullet'; text: string }
  | { kind: 'table'; caption?: string; header: string[]; rows: string[][] };

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
  body: BodyItem[];
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

function headingItem(depth: number, index: number, title: string): BodyItem {
  const label = headingLabel(depth, index);
  const shown = depth === 1 ? upper(title.trim()) : title.trim();
  const text = shown === '' ? label : `${label} ${shown}`;
  // ND30 / HD 05: mục and khoản with a title are bold; điểm and deeper are upright.
  return { kind: 'heading', depth, text, bold: depth <= 2 };
}

function blockItems(block: Block): BodyItem[] {
  if (!blockHasContent(block)) return [];
  switch (block.type) {
    case 'paragraph':
      return [{ kind: 'paragraph', runs: block.runs ?? [{ text: paragraphText(block) }] }];
    case 'bullets':
      return block.items.filter((item) => item.trim() !== '').map((item) => ({ kind: 'bullet' as const, text: item.trim() }));
    case 'table':
      return [{ kind: 'table', caption: block.caption, header: block.header, rows: block.rows }];
  }
}



function sectionItems(sections: readonly FileSection[], depth: number, omitted: string[]): BodyItem[] {
  const items: BodyItem[] = [];
  let index = 0;
  for (const section of sections) {
    if (!sectionHasContent(section)) {
      omitted.push(section.title);
      continue;
    }
    index += 1;
    items.push(headingItem(depth, index, section.title));
    for (const block of section.blocks ?? []) items.push(...blockItems(block));
    items.push(...sectionItems(section.children ?? [], depth + 1, omitted));
  }
  return items;
}

/** "./." after the last sentence (ND30), or a full stop (HD 05); a table gets its own line. */
function withContentEnding(body: BodyItem[], ending: string): BodyItem[] {
  const last = body[body.length - 1];
  const endText = (text: string) => {
    const trimmed = text.replace(/\s+$/, '');
    if (ending === '.') return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed.replace(/[;,:]$/, '')}.`;
    return /[.]$/.test(trimmed) ? `${trimmed}/.` : `${trimmed.replace(/[;,:]$/, '')}${ending}`;
  };
  if (last?.kind === 'paragraph') {
    const runs = [...last.runs];
    const lastRun = runs[runs.length - 1];
    if (lastRun) runs[runs.length - 1] = { ...lastRun, text: endText(lastRun.text) };
    return [...body.slice(0, -1), { kind: 'paragraph', runs }];
  }
  if (last?.kind === 'bullet') return [...body.slice(0, -1), { kind: 'bullet', text: endText(last.text) }];
  if (ending === '.' && last?.kind !== 'table') return body;
  return [...body, { kind: 'paragraph', runs: [{ text: ending }] }];
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
  const textWidthMm = 210 - profile.marginsMm.left - profile.marginsMm.right;

  const left: StyledLine[] = [];
  if (h.parentBody && h.parentBody.trim() !== '') left.push({ text: upper(h.parentBody), style: profile.parentBody });
  left.push({ text: upper(h.issuingBody), style: profile.issuingBody });
  const issuingWidth = Math.min(
    estimateTextWidthMm(upper(h.issuingBody), profile.issuingBody.sizePt, profile.issuingBody.bold),
    profile.headerColumnsMm.left,
  );

  const national = profile.nationalLines.map((l) => ({ text: l.text, style: l.style }));
  const lastNational = national[national.length - 1] as StyledLine;

  const summaryText = h.summary.trim();
  const summaryWidth = Math.min(estimateTextWidthMm(summaryText, profile.summary.sizePt, profile.summary.bold), textWidthMm);

  const omittedEmptyParts: string[] = [];
  const body = withContentEnding(sectionItems(report.sections, 1, omittedEmptyParts), profile.contentEnding);

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
    body,
    recipients: {
      label: { text: 'Nơi nhận:', style: profile.recipientsLabel },
      items: recipientLines(report.recipients).map((text) => ({ text, style: profile.recipientsItem })),
    },
    signature,
    blankLinesForSignature: profile.signature.blankLinesForSignature,
    signerName: { text: s.name.trim(), style: profile.signature.name },
    omittedEmptyParts,
  };
}
