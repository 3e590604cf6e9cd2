/**
 * Formatting profiles as data. Sources:
 * - state: Nghị định 30/2020/NĐ-CP, Phụ lục I (sizes, styles, margins, number and date forms).
 * - party: Hướng dẫn 05-HD/VPTW (27/5/2026), which replaced HD 36-HD/VPTW.
 * - youth-union: Hướng dẫn 29-HD/TWĐTN-VP (2013) as summarised in secondary sources.
 * - trade-union (QĐ 933/QĐ-TLĐ, 2024) and front (QĐ 207/QĐ-MTTW-BTT, 2025) follow the ND30 layout.
 * Values marked [choice] are app choices inside a range the rule allows, or practice where the
 * rule is silent; values marked [uncertain] could not be checked against the rule text.
 */
import type { ProfileId } from '../domain/vocabulary';
import type { LayoutProfile } from './layout-profile';

const stateProfile: LayoutProfile = {
  id: 'state',
  family: 'state',
  citation: 'ND30, Phụ lục I',
  label: 'Cơ quan nhà nước (Nghị định 30/2020/NĐ-CP)',
  source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I',
  // ND30 allows 20–25 / 20–25 / 30–35 / 15–20 mm; we take the common 20/20/30/15 [choice].
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  headerDistanceMm: 10, // not set by ND30; 10–12 mm is usual practice [choice]
  nationalLines: [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: { sizePt: 13, bold: true } }, // 12–13 [choice 13]
    { text: 'Độc lập - Tự do - Hạnh phúc', style: { sizePt: 14, bold: true } }, // 13–14 [choice 14]
  ],
  parentBody: { sizePt: 13 }, // 12–13, not bold [choice 13]
  issuingBody: { sizePt: 13, bold: true }, // 12–13, bold [choice 13]
  underIssuingBody: { kind: 'rule', widthShareOfText: 0.4 }, // 1/3–1/2 of the line
  numberStyle: 'state',
  numberLine: { sizePt: 13 },
  dateLine: { sizePt: 14, italic: true }, // 13–14 italic [choice 14]
  docType: { sizePt: 14, bold: true },
  summary: { sizePt: 14, bold: true },
  congVanSummary: { sizePt: 12 }, // 12–13, upright [choice 12, ND30's sample]
  underSummary: { kind: 'rule', widthShareOfText: 0.4 },
  // Body 13–14 pt, indent 1–1.27 cm, ≥ 6 pt between paragraphs, single to 1.5 lines.
  body: { sizePt: 14, firstLineIndentMm: 12.7, spacingBeforePt: 6, spacingAfterPt: 0, line: { kind: 'multiple', value: 1.15 } },
  contentEnding: './.',
  authorityLabels: { 'TM.': 'TM.', 'KT.': 'KT.', 'Q.': 'Q.', 'TL.': 'TL.', 'TUQ.': 'TUQ.' },
  signature: {
    authority: { sizePt: 14, bold: true },
    position: { sizePt: 14, bold: true },
    name: { sizePt: 14, bold: true },
    blankLinesForSignature: 4, // not set by the rule; about four lines is usual [choice]
  },
  recipientsLabel: { sizePt: 12, bold: true, italic: true },
  recipientsItem: { sizePt: 11 },
  pageNumber: { sizePt: 14 }, // 13–14 [choice 14]
  headerColumnsMm: { left: 70, right: 105 }, // practice: 7.0–7.5 cm + 9.75–10.3 cm [choice]
  examples: {
    parentBody: 'UBND TỈNH QUẢNG NGÃI',
    issuingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG NGHĨA LỘ',
    symbol: 'BC-UBND',
    onBehalfOf: 'ỦY BAN NHÂN DÂN',
    position: 'CHỦ TỊCH',
  },
  conventions: {
    signer: { onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' },
    recipients: ['Lưu: VT, VP.'],
    symbolSeparator: '-',
    fileCopyHint: 'Lưu: VT, …',
  },
  accepted: {
    marginsMm: { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] },
    nationalPt: [12, 13],
    mottoPt: [13, 14],
    parentBodyPt: [12, 13],
    issuingBodyPt: [12, 13],
    numberLinePt: [13, 13],
    dateLinePt: [13, 14],
    docTypePt: [13, 14],
    summaryPt: [13, 14],
    signaturePt: [13, 14],
    bodyPt: [13, 14],
    pageNumberPt: [13, 14],
    recipientsLabelPt: [12, 12],
    recipientsItemPt: [11, 11],
    bodyIndentMm: [10, 12.7], // 1 cm or 1.27 cm
    bodySpacingMinPt: 6,
    bodyLine: { kind: 'multiple', range: [1, 1.5], exactMinPt: 15 }, // single (or exactly 15 pt) to 1.5 lines
    ruleShare: { national: [0.85, 1.15], issuingBody: [0.3, 0.55], summary: [0.3, 0.55] },
  },
};

const partyProfile: LayoutProfile = {
  id: 'party',
  family: 'party',
  citation: 'HD 05-HD/VPTW',
  label: 'Tổ chức Đảng (Hướng dẫn 05-HD/VPTW)',
  source: 'Hướng dẫn 05-HD/VPTW ngày 27/5/2026 (thay Hướng dẫn 36-HD/VPTW)',
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 }, // fixed values in HD 05
  headerDistanceMm: 10, // page number 10 mm from the top edge
  nationalLines: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: { sizePt: 15, bold: true } }],
  parentBody: { sizePt: 14 },
  issuingBody: { sizePt: 14, bold: true },
  underIssuingBody: { kind: 'text', text: '*', style: { sizePt: 14 } },
  numberStyle: 'party',
  numberLine: { sizePt: 14 },
  dateLine: { sizePt: 14, italic: true },
  docType: { sizePt: 16, bold: true }, // 15–16 [choice 16]
  summary: { sizePt: 14, bold: true }, // 14–15 [choice 14]
  congVanSummary: { sizePt: 12, italic: true }, // 12, italic (HD 05; HD 36 before it)
  underSummary: { kind: 'text', text: '-----', style: { sizePt: 14 } },
  // 14–15 pt, indent about 10 mm, ≥ 6 pt between paragraphs, exactly 18–22 pt [choice 18].
  body: { sizePt: 14, firstLineIndentMm: 10, spacingBeforePt: 6, spacingAfterPt: 0, line: { kind: 'exact', pt: 18 } },
  contentEnding: '.',
  authorityLabels: { 'TM.': 'T/M', 'KT.': 'K/T', 'Q.': 'Q.', 'TL.': 'T/L', 'TUQ.': null },
  signature: {
    authority: { sizePt: 14, bold: true },
    position: { sizePt: 14 }, // not bold in HD 05 (differs from ND30)
    name: { sizePt: 14, bold: true },
    blankLinesForSignature: 4,
  },
  recipientsLabel: { sizePt: 14, underline: true },
  recipientsItem: { sizePt: 12 },
  pageNumber: { sizePt: 14 },
  headerColumnsMm: { left: 75, right: 105 }, // the 14 pt italic date line needs the wide right column [choice]
  examples: { parentBody: 'ĐẢNG BỘ TỈNH QUẢNG NGÃI', issuingBody: 'ĐẢNG ỦY PHƯỜNG NGHĨA LỘ', symbol: 'BC/ĐU', onBehalfOf: 'BAN THƯỜNG VỤ', position: 'BÍ THƯ' },
  conventions: {
    signer: { onBehalfOf: 'BAN THƯỜNG VỤ', position: 'BÍ THƯ' },
    recipients: ['Lưu Văn phòng.'],
    symbolSeparator: '/',
    fileCopyHint: 'Lưu Văn phòng …',
  },
  accepted: {
    marginsMm: { top: [20, 20], bottom: [20, 20], left: [30, 30], right: [15, 15] },
    nationalPt: [15, 15],
    parentBodyPt: [14, 14],
    issuingBodyPt: [14, 14],
    numberLinePt: [14, 14],
    dateLinePt: [14, 14],
    docTypePt: [15, 16],
    summaryPt: [14, 15],
    signaturePt: [14, 14],
    bodyPt: [14, 15],
    pageNumberPt: [14, 14],
    recipientsLabelPt: [14, 14],
    recipientsItemPt: [12, 12],
    bodyIndentMm: [8, 12.7], // about 1 cm
    bodySpacingMinPt: 6,
    bodyLine: { kind: 'exact', rangePt: [17, 22] }, // exactly 18–22 pt (HD 05); 17 pt seen in practice
    ruleShare: { national: [0.85, 1.15], issuingBody: [0.3, 0.55], summary: [0.3, 0.55] },
  },
};

const youthUnionProfile: LayoutProfile = {
  ...partyProfile,
  id: 'youth-union',
  citation: 'HD 29-HD/TWĐTN-VP theo HD 05-HD/VPTW',
  label: 'Đoàn TNCS Hồ Chí Minh',
  source: 'Hướng dẫn 29-HD/TWĐTN-VP (2013) [uncertain: secondary summaries]; other values as HD 05',
  marginsMm: { top: 20, bottom: 20, left: 30, right: 20 }, // right 20 mm per the Đoàn summary [uncertain]
  accepted: { ...partyProfile.accepted, marginsMm: { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } },
  nationalLines: [{ text: 'ĐOÀN TNCS HỒ CHÍ MINH', style: { sizePt: 15, bold: true } }],
  underIssuingBody: { kind: 'text', text: '***', style: { sizePt: 14 } },
  examples: { parentBody: 'TỈNH ĐOÀN QUẢNG NGÃI', issuingBody: 'BCH ĐOÀN PHƯỜNG NGHĨA LỘ', symbol: 'BC/ĐTN', onBehalfOf: 'BAN THƯỜNG VỤ', position: 'BÍ THƯ' },
  // Đoàn documents are signed "TM. BAN THƯỜNG VỤ", with a dot (state style) [C1].
  authorityLabels: { 'TM.': 'TM.', 'KT.': 'KT.', 'Q.': 'Q.', 'TL.': 'TL.', 'TUQ.': 'TUQ.' },
};

const tradeUnionProfile: LayoutProfile = {
  ...stateProfile,
  id: 'trade-union',
  citation: 'QĐ 933/QĐ-TLĐ theo ND30, Phụ lục I',
  label: 'Công đoàn (theo bố cục Nghị định 30)',
  source: 'QĐ 933/QĐ-TLĐ (2024), bố cục theo Nghị định 30/2020/NĐ-CP [sizes uncertain]',
  conventions: { ...stateProfile.conventions, signer: { onBehalfOf: 'BAN THƯỜNG VỤ', position: 'CHỦ TỊCH' } },
  examples: {
    parentBody: 'LĐLĐ TỈNH QUẢNG NGÃI',
    issuingBody: 'CÔNG ĐOÀN PHƯỜNG NGHĨA LỘ',
    symbol: 'BC-CĐ',
    onBehalfOf: 'BAN CHẤP HÀNH',
    position: 'CHỦ TỊCH',
  },
};

const frontProfile: LayoutProfile = {
  ...stateProfile,
  id: 'front',
  citation: 'QĐ 207/QĐ-MTTW-BTT theo ND30, Phụ lục I',
  label: 'Mặt trận Tổ quốc (theo bố cục Nghị định 30)',
  source: 'QĐ 207/QĐ-MTTW-BTT (2025), bố cục theo Nghị định 30/2020/NĐ-CP [sizes uncertain]',
  conventions: { ...stateProfile.conventions, signer: { onBehalfOf: 'BAN THƯỜNG TRỰC', position: 'CHỦ TỊCH' } },
  examples: {
    parentBody: 'ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI',
    issuingBody: 'ỦY BAN MTTQ VIỆT NAM PHƯỜNG NGHĨA LỘ',
    symbol: 'BC-MTTQ-BTT',
    onBehalfOf: 'BAN THƯỜNG TRỰC',
    position: 'CHỦ TỊCH',
  },
};

export const LAYOUT_PROFILES: Record<ProfileId, LayoutProfile> = {
  state: stateProfile,
  party: partyProfile,
  'youth-union': youthUnionProfile,
  'trade-union': tradeUnionProfile,
  front: frontProfile,
};

export function getLayoutProfile(id: ProfileId): LayoutProfile {
  return LAYOUT_PROFILES[id];
}
