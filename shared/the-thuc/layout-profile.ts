/**
 * The shape of a formatting profile (thể thức): every number the exporter needs to lay out
 * a báo cáo for one kind of organisation. Profiles are data (profiles.ts); the exporter has
 * no layout numbers of its own.
 */
import type { Authority, ProfileId } from '../domain/vocabulary';
import { A4_MM } from './units';

export interface TextStyle {
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** What stands under a header line: a drawn rule of a share of the text width, or literal text. */
export type Separator = { kind: 'rule'; widthShareOfText: number } | { kind: 'text'; text: string; style: TextStyle };

export type LineSpacing = { kind: 'multiple'; value: number } | { kind: 'exact'; pt: number };

/**
 * Which tradition of layout a profile belongs to: "state" (Nghị định 30 — state bodies, Công
 * đoàn, Mặt trận) or "party" (Hướng dẫn 05 — the Party, and the Đoàn after it). Code that differs
 * by tradition asks this, not the number form or the signing words.
 */
type ProfileFamily = 'state' | 'party';

export interface LayoutProfile {
  id: ProfileId;
  family: ProfileFamily;
  /** Vietnamese name shown to the clerk. */
  label: string;
  /** The rule text the profile follows. */
  source: string;
  /** Short citation of that rule text, put in front of each checker finding's item ("ND30, Phụ lục I"). */
  citation: string;
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** Distance of the page-number header from the top edge. */
  headerDistanceMm: number;
  /** Right column, top: quốc hiệu + tiêu ngữ, or ĐẢNG CỘNG SẢN VIỆT NAM; a rule under the last line. */
  nationalLines: { text: string; style: TextStyle }[];
  parentBody: TextStyle;
  issuingBody: TextStyle;
  underIssuingBody: Separator;
  /** `Số: 05/BC-UBND` (state) or `Số 05-BC/ĐU` (party). */
  numberStyle: 'state' | 'party';
  numberLine: TextStyle;
  dateLine: TextStyle;
  docType: TextStyle;
  summary: TextStyle;
  /** A công văn's "V/v …" trích yếu, under the số (ND30 ô 5b; HD 05): it has no tên loại. */
  congVanSummary: TextStyle;
  underSummary: Separator;
  body: { sizePt: number; firstLineIndentMm: number; spacingBeforePt: number; spacingAfterPt: number; line: LineSpacing };
  /** Written after the last sentence of the content: "./." (ND30 samples) or "." (HD 05). */
  contentEnding: string;
  /** How the canonical authority (TM., KT. …) is written; null where the profile has no such form. */
  authorityLabels: Record<Exclude<Authority, ''>, string | null>;
  signature: { authority: TextStyle; position: TextStyle; name: TextStyle; blankLinesForSignature: number };
  recipientsLabel: TextStyle;
  recipientsItem: TextStyle;
  pageNumber: TextStyle;
  /** Header table column widths; the right one must hold the quốc hiệu on one line. */
  headerColumnsMm: { left: number; right: number };
  /** Examples shown in empty fields, in this kind of organisation's own words (tỉnh and xã/phường level). */
  examples: { parentBody: string; issuingBody: string; symbol: string; onBehalfOf: string; position: string };
  /** What the rule accepts (the exporter's choices above fall inside): used by the checker. */
  accepted: AcceptedRanges;
  /** This tradition's usual words: what a new report starts with, and how hints are worded. */
  conventions: Conventions;
}

interface Conventions {
  /** The usual signer of a report: TM. + this body, and the position. */
  signer: { onBehalfOf: string; position: string };
  /** Nơi nhận of a new report: the file-copy line. */
  recipients: string[];
  /** Between the document kind and the body in the ký hiệu: "BC-UBND" (state) or "BC/ĐU" (Party). */
  symbolSeparator: '-' | '/';
  /** The file-copy line as the checklist describes it. */
  fileCopyHint: string;
}

/** Closed ranges [min, max]; a fixed value has min = max. Millimetres and points. */
export type Range = readonly [number, number];

interface AcceptedRanges {
  marginsMm: { top: Range; bottom: Range; left: Range; right: Range };
  /** Size of the first national line (quốc hiệu / ĐẢNG CỘNG SẢN VIỆT NAM). */
  nationalPt: Range;
  /** Size of the tiêu ngữ (state layouts only). */
  mottoPt?: Range;
  /** Size of the cơ quan chủ quản's name (the cơ quan cấp trên in a Party document). */
  parentBodyPt: Range;
  /** Size of the cơ quan ban hành's name. */
  issuingBodyPt: Range;
  numberLinePt: Range;
  dateLinePt: Range;
  /** Size of the tên loại ("BÁO CÁO", "QUYẾT ĐỊNH"). */
  docTypePt: Range;
  /** Size of the trích yếu under the tên loại (a công văn's "V/v …" line is set apart). */
  summaryPt: Range;
  /** Size of the signature's lines: quyền hạn, chức vụ, họ tên. */
  signaturePt: Range;
  bodyPt: Range;
  pageNumberPt: Range;
  recipientsLabelPt: Range;
  recipientsItemPt: Range;
  /** Body: first-line indent, space between paragraphs (at least), and line spacing (multiple, or exact pt). */
  bodyIndentMm: Range;
  bodySpacingMinPt: number;
  /** Line spacing: multiples of a single line (with an "exactly" floor in pt), or exactly so many pt. */
  bodyLine: { kind: 'multiple'; range: Range; exactMinPt: number } | { kind: 'exact'; rangePt: Range };
  /**
   * Length of the rules under header lines, as a share of the line above: under the tiêu ngữ (or
   * the Party title) as long as it, under the cơ quan and the trích yếu 1/3–1/2. A drawn rule
   * never matches to the millimetre: the ranges carry a tolerance.
   */
  ruleShare: { national: Range; issuingBody: Range; summary: Range };
}

/** Width of the text on an A4 page (portrait, or landscape for wide tables) between the profile's margins. */
export function textWidthMm(profile: Pick<LayoutProfile, 'marginsMm'>, landscape = false): number {
  return (landscape ? A4_MM.height : A4_MM.width) - profile.marginsMm.left - profile.marginsMm.right;
}
