/**
 * Text hygiene for every part of a report (see text/sanitize.ts): one place, used when a file
 * is read and when the app saves what the clerk typed.
 */
import { cleanLine, cleanLines, cleanText } from '../text/sanitize';
import { alignOf } from '../domain/report';
import type { Block, FileSection, ReportFile, ReportHeader, Signature, Signer } from './schema';

const optionalLine = (value: string | undefined) => (value === undefined ? undefined : cleanLine(value));

/** Cleans the text of blocks, keeping their shape: the file's forms, or the app's one shape. */
export function cleanBlocks<B extends Block>(blocks: readonly B[]): B[] {
  return blocks.map((b) => cleanBlock(b) as B);
}

function cleanBlock(b: Block): Block {
  {
    if (b.type === 'paragraph') {
      return b.runs
        ? { type: 'paragraph', runs: b.runs.map((r) => ({ ...r, text: cleanText(r.text) })), ...alignOf(b) }
        : { type: 'paragraph', text: cleanText(b.text ?? ''), ...alignOf(b) };
    }
    if (b.type === 'bullets')
      return {
        type: 'bullets',
        items: b.items.map((item) =>
          typeof item === 'string' ? cleanText(item) : { ...item, runs: item.runs.map((r) => ({ ...r, text: cleanText(r.text) })) },
        ),
      };
    if (b.type === 'indicators') {
      const optional = (value: string | undefined) => (value === undefined ? undefined : cleanLine(value));
      return {
        type: 'indicators',
        ...(b.caption === undefined ? {} : { caption: cleanLine(b.caption) }),
        previousLabel: cleanLine(b.previousLabel),
        currentLabel: cleanLine(b.currentLabel),
        ...(b.planLabel === undefined ? {} : { planLabel: cleanLine(b.planLabel) }),
        rows: b.rows.map((r) => ({
          ...(r.code === undefined ? {} : { code: cleanLine(r.code) }),
          name: cleanLine(r.name),
          ...(r.unit === undefined ? {} : { unit: optional(r.unit) }),
          previous: cleanLine(r.previous),
          current: cleanLine(r.current),
          ...(r.plan === undefined ? {} : { plan: optional(r.plan) }),
        })),
      };
    }
    return {
      type: 'table',
      ...(b.caption === undefined ? {} : { caption: cleanLine(b.caption) }),
      header: b.header.map(cleanLine),
      rows: b.rows.map((row) => row.map(cleanText)),
    };
  }
}

export function cleanHeader(h: ReportHeader): ReportHeader {
  return {
    ...h,
    // Names may be broken onto lines where the clerk wants them in the header.
    parentBody: h.parentBody === undefined ? undefined : cleanLines(h.parentBody),
    issuingBody: cleanLines(h.issuingBody),
    number: cleanLine(h.number),
    symbol: cleanLine(h.symbol),
    place: cleanLine(h.place),
    docType: optionalLine(h.docType),
    summary: cleanLine(h.summary),
    ...(h.addressees === undefined ? {} : { addressees: h.addressees.map(cleanLine) }),
  };
}

function cleanSigner<S extends Signer>(s: S): S {
  return {
    ...s,
    onBehalfOf: cleanLine(s.onBehalfOf),
    ...(s.secondAuthority === undefined ? {} : { secondAuthority: { ...s.secondAuthority, onBehalfOf: cleanLine(s.secondAuthority.onBehalfOf) } }),
    // A long position is printed on the lines the clerk (or the office's file) gave it.
    position: cleanLines(s.position),
    name: cleanLine(s.name),
  };
}

export function cleanSignature(s: Signature): Signature {
  const cleaned = cleanSigner(s);
  return s.cosigners === undefined ? cleaned : { ...cleaned, cosigners: s.cosigners.map(cleanSigner) };
}

function cleanSection(s: FileSection): FileSection {
  return {
    ...s,
    title: cleanLine(s.title),
    blocks: s.blocks === undefined ? undefined : cleanBlocks(s.blocks),
    children: s.children?.map(cleanSection),
  };
}

export function cleanAppendix<B extends Block>(a: { title: string; blocks?: B[] }): { title: string; blocks: B[] } {
  return { title: cleanLine(a.title), blocks: cleanBlocks(a.blocks ?? []) };
}

export function cleanReportFile(report: ReportFile): ReportFile {
  return {
    ...report,
    kind: optionalLine(report.kind),
    header: cleanHeader(report.header),
    sections: report.sections.map(cleanSection),
    signature: cleanSignature(report.signature),
    recipients: report.recipients.map(cleanLine),
    ...(report.opening === undefined ? {} : { opening: cleanBlocks(report.opening) }),
    ...(report.closing === undefined ? {} : { closing: cleanBlocks(report.closing) }),
    ...(report.appendices === undefined ? {} : { appendices: report.appendices.map(cleanAppendix) }),
  };
}
