/**
 * Where each part of a document is, as the Word reader recognised it: the checker judges the
 * same lines the import reads — quốc hiệu, cơ quan, số, ngày, tên loại, trích yếu, Kính gửi, the
 * content, the signature and Nơi nhận — however the office laid them out (a table, tab stops,
 * runs of spaces, an old .doc read as text). One reading for import, consolidation, bản trình and
 * the checker, so a file the reader understands is never judged as missing its parts.
 *
 * Each line keeps its .docx paragraph (null for a .doc) for the rules that look at formatting.
 */
import type { ImportLine, LineRole } from '#shared/word-import/lines';
import type { Recognised } from '#shared/word-import/recognise';
import { isPersonalPaper, isQuocHoiDocType, LEGAL_DOC_TYPES } from '#shared/the-thuc/doc-types';
import { APPENDIX_REFERENCE } from '#shared/word-import/recognisers/patterns';
import type { ProfileEvidence } from '#shared/word-import/recognisers/profile-evidence';
import type { Casing } from '#shared/word-import/restore-case';

/** A recognised line and, in a .docx, the paragraph it stands in. */
export interface MapLine<P = unknown> {
  line: ImportLine;
  para: P | null;
  /** Its place among all the lines, in reading order. */
  index: number;
}

type DocumentKind =
  /** A văn bản hành chính (ND30) or a Party document (HD 05): every rule applies. */
  | 'administrative'
  /** A văn bản quy phạm pháp luật (luật, nghị định, thông tư): its own ending and, for a luật, no Nơi nhận. */
  | 'legal'
  /** A quy định, quy chế, điều lệ … issued with a quyết định: its header carries no số, no date, no Nơi nhận. */
  | 'attachment'
  /** No header and no signature: a draft's excerpt, judged only as such. */
  | 'fragment';

export interface DocumentMap<P = unknown> {
  /** Every line in reading order. */
  all: MapLine<P>[];
  textOnly: boolean;
  /** Read as text from old-font letters (.VnTime, VNI in a .doc): their capitals are lost, so case is not judged. */
  caseUnknown: boolean;
  profileEvidence: ProfileEvidence;
  /** How the document's sentences write each word (the reader's), to suggest a line in capitals in its case. */
  casing: Casing;
  kind: DocumentKind;
  /** The tên loại as the title writes it ("" for a công văn). */
  docType: string;
  national: MapLine<P>[];
  parentBody: MapLine<P>[];
  /** The cơ quan ban hành: its first line and the lines it continues on. */
  issuingBody: MapLine<P>[];
  number: MapLine<P> | null;
  placeDate: MapLine<P> | null;
  docTypeLine: MapLine<P> | null;
  summary: MapLine<P>[];
  /** "Kính gửi: …" and the addressee lines after it. */
  kinhGui: MapLine<P>[];
  /** The content between the title and the signature: paragraphs, dash items, headings. */
  body: MapLine<P>[];
  /** A "./." typed on its own line after the content. */
  endingMark: MapLine<P> | null;
  authority: MapLine<P>[];
  position: MapLine<P>[];
  signerName: MapLine<P> | null;
  /** Every line of the signature block (quyền hạn to name, notes included), in order. */
  signature: MapLine<P>[];
  recipientsLabel: MapLine<P> | null;
  /** Each Nơi nhận item, with the lines a long item continues on. */
  recipients: { item: MapLine<P>; continued: MapLine<P>[] }[];
}

const BODY_ROLES = new Set<LineRole>(['opening', 'part', 'heading', 'paragraph', 'bullet', 'closing']);
const SIGNATURE_ROLES = new Set<LineRole>(['authority', 'position', 'signerName', 'recipient']);

export function buildDocumentMap<P>(
  recognised: Recognised,
  source: { textOnly: boolean; converted: readonly string[] },
  paraOf: (line: ImportLine) => P | null,
): DocumentMap<P> {
  const textOnly = source.textOnly;
  const lines = recognised.lines.map((line, index) => ({ line, para: paraOf(line), index }));
  const role = (r: LineRole) => lines.filter((l) => l.line.role === r);
  const first = (r: LineRole) => lines.find((l) => l.line.role === r) ?? null;
  const marked = (mark: ImportLine['mark']) => lines.filter((l) => l.line.mark === mark);

  // The signature block: from its first line (quyền hạn, chức vụ, name, Nơi nhận) to its last.
  const signatureAt = lines.findIndex((l) => SIGNATURE_ROLES.has(l.line.role) || l.line.mark === 'recipientsLabel');
  let signatureEnd = -1;
  lines.forEach((l, i) => {
    if (SIGNATURE_ROLES.has(l.line.role) || l.line.mark === 'recipientsLabel' || (l.line.mark === 'continues' && i > signatureAt && signatureAt >= 0))
      signatureEnd = i;
  });
  const inSignature = (i: number) => signatureAt >= 0 && i >= signatureAt && i <= signatureEnd;
  const bodyEnd = signatureAt >= 0 ? signatureAt : lines.length;

  const continuing = (from: number) => {
    const out: MapLine<P>[] = [];
    for (let i = from + 1; i < lines.length && lines[i]!.line.mark === 'continues'; i += 1) out.push(lines[i]!);
    return out;
  };
  const issuingAt = lines.findIndex((l) => l.line.role === 'issuingBody');
  const recipients = lines.flatMap((l, i) => (l.line.role === 'recipient' ? [{ item: l, continued: continuing(i) }] : []));

  const docTypeLine = first('docType');
  const docType = (docTypeLine?.line.text ?? '').toUpperCase();
  const summary = role('summary');
  const hasHeader = marked('national').length > 0 || issuingAt >= 0 || first('number') !== null;
  const hasSignature = role('signerName').length > 0 || role('authority').length > 0 || role('position').length > 0;
  const afterTitle = lines.slice(lines.indexOf(docTypeLine ?? lines[0]!) + 1, lines.indexOf(docTypeLine ?? lines[0]!) + 8);
  let kind: DocumentKind = 'administrative';
  if (!hasHeader && !hasSignature) kind = 'fragment';
  else if (docTypeLine && afterTitle.some((l) => APPENDIX_REFERENCE.test(l.line.source.trim()))) kind = 'attachment';
  else if (LEGAL_DOC_TYPES.some((t) => docType === t.name) || /^Luật số/i.test(first('number')?.line.text ?? '')) kind = 'legal';

  return {
    all: lines,
    textOnly,
    caseUnknown: textOnly && source.converted.length > 0,
    profileEvidence: recognised.profileEvidence,
    casing: recognised.casing,
    kind,
    docType,
    national: marked('national'),
    parentBody: role('parentBody'),
    issuingBody: issuingAt >= 0 ? [lines[issuingAt]!, ...continuing(issuingAt)] : [],
    number: first('number'),
    placeDate: first('placeDate'),
    docTypeLine,
    summary,
    kinhGui: lines.filter((l) => l.line.role === 'addressee' || l.line.mark === 'kinhGui'),
    body: lines.filter((l, i) => i < bodyEnd && BODY_ROLES.has(l.line.role)),
    endingMark: lines.find((l, i) => i < bodyEnd && l.line.mark === 'ending') ?? null,
    authority: role('authority'),
    position: role('position'),
    signerName: first('signerName'),
    signature: lines.filter((l, i) => inSignature(i) && (['authority', 'position', 'signerName'].includes(l.line.role) || l.line.mark === 'signNote')),
    recipientsLabel: lines.find((l) => l.line.mark === 'recipientsLabel') ?? null,
    recipients,
  };
}

/** Whether a document of this kind must carry the part. */
export function needsNumberAndDate(map: DocumentMap): boolean {
  return map.kind === 'administrative' || map.kind === 'legal';
}

export function needsRecipients(map: DocumentMap): boolean {
  // The Quốc hội's documents carry no Nơi nhận; nor does a person's own paper.
  return (map.kind === 'administrative' || map.kind === 'legal') && !isQuocHoiDocType(map.docType) && !isPersonalDocument(map);
}

/** A person's own paper — written and signed by its writer, not issued by a body: no số, no Nơi nhận. */
export function isPersonalDocument(map: DocumentMap): boolean {
  return map.docTypeLine !== null && isPersonalPaper(map.docTypeLine.line.source);
}
