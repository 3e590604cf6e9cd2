/**
 * The header block and the title: cơ quan chủ quản and cơ quan ban hành (left column), quốc hiệu
 * and tiêu ngữ or the Party's title (right), số and ký hiệu, địa danh and ngày, then the tên loại
 * and its trích yếu — or, for a công văn, the "V/v …" trích yếu under the số. Every tên loại of
 * Nghị định 30 Phụ lục III, HD 05 and the legal documents offices keep is read (doc-types.ts).
 */
import { CONG_VAN_SUMMARY, docTypeOfLine } from '../../the-thuc/doc-types';
import type { SourceParagraph } from '../source';
import type { LineLog } from './line-log';
import {
  ADDRESSEE,
  allBold,
  clean,
  isUpper,
  NAME_CONTINUES,
  NATIONAL,
  NUMBER,
  PLACE_DATE,
  POSITION_WORDS,
  RULE,
  APPENDIX_REFERENCE,
  TOC_TITLE,
} from './patterns';
import { columnsOf, type Piece, type Unit } from './units';
import { labelOf } from './outline-labels';

/** Words that make a line a body's name (a cơ quan), whatever its case (old fonts lose capitals). */
const BODY_WORD =
  /^(ĐẢNG|CHI BỘ|ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|SỞ|PHÒNG|BAN|TRƯỜNG|KHOA|LỚP|HỘI|CÔNG ĐOÀN|LIÊN ĐOÀN|TỔNG LIÊN ĐOÀN|ĐOÀN|MẶT TRẬN|TRUNG TÂM|VIỆN|CỤC|VỤ|TỔNG CỤC|CÔNG TY|CHÍNH PHỦ|QUỐC HỘI|BỘ|THANH TRA|THỦ TƯỚNG|VĂN PHÒNG|TỈNH|THÀNH|HUYỆN|QUẬN|XÃ|PHƯỜNG)(?![\p{L}\p{M}\p{N}])/u;
/** The line naming who issues, repeated before the căn cứ of a quyết định or nghị định. */
const ISSUER_REPEATED =
  /^(ỦY BAN|UỶ BAN|HỘI ĐỒNG|CHÍNH PHỦ|QUỐC HỘI|THỦ TƯỚNG|BỘ TRƯỞNG|CHỦ TỊCH|GIÁM ĐỐC|BAN CHẤP HÀNH|BAN THƯỜNG VỤ|ĐẢNG ỦY|ĐẢNG UỶ)(?![\p{L}\p{M}\p{N}])/u;
const BODY_STARTS = /^(Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Sau khi)(?![\p{L}\p{M}\p{N}])/u;

interface HeaderResult {
  /** The first unit of the body. */
  end: number;
  docType: string;
  /** For the profile's evidence. */
  national: string[];
  bodies: string[];
  number: string | null;
}

interface Name {
  text: string;
  bold: boolean;
  /** Each piece with the place kept for it in reading order. */
  pieces: (Piece & { slot: number })[];
}

/** A công văn's trích yếu written out instead of "V/v": read so only right under the số (a QĐ's "Về việc …" stands under its tên loại). */
const WRITTEN_OUT_SUMMARY = /^về việc(?![\p{L}\p{M}\p{N}])/iu;
const headerish = (text: string) => NATIONAL.test(text) || RULE.test(text) || NUMBER.test(text) || PLACE_DATE.test(text) || CONG_VAN_SUMMARY.test(text);

/** Where the header block ends: the tên loại line, or the last line of header marks (a công văn has no tên loại). */
const isTitleUnit = (u: Unit) =>
  u.kind === 'p' && columnsOf(u).some((p, _, pieces) => docTypeOfLine(p.text) && (p.column === null || (!u.inLayoutTable && pieces.length === 1)));

/** A blank form's place for its cơ quan: dots round the number of its note ("…(1)…", "………(2)"). */
const FORM_BLANK = /^[.…_\s]*\(\d+\)[.…_\s]*$/u;

/** A draft's stamp ("DỰ THẢO", "Dự thảo lần 2") in the header: the clerk's mark, never a cơ quan. */
const DRAFT_STAMP = /^\(?\s*DỰ THẢO(?:\s+(?:LẦN|L)\s*\S+)?\s*\)?$/iu;

function findTitle(all: readonly Unit[]): { titleAt: number; headerEnd: number } {
  let headerEnd = 0;
  let dated = false;
  for (let i = 0; i < Math.min(all.length, 40); i += 1) {
    const u = all[i]!;
    if (u.kind === 'table') break;
    const pieces = columnsOf(u);
    if (pieces.length === 0) continue;
    // A tên loại stands across the page: a line of a column ("CHƯƠNG TRÌNH" in a cơ quan's name) is not one.
    if (isTitleUnit(u)) return { titleAt: i, headerEnd: i };
    // Past the date, a line in capitals across the page, out of the header's table, is the title even
    // when it names no tên loại ("PHÂN CÔNG NHIỆM VỤ"): a cơ quan's name never comes after the date.
    if (
      dated &&
      !u.inLayoutTable &&
      pieces.length === 1 &&
      pieces[0]!.column === null &&
      isUpper(u.text) &&
      !headerish(u.text) &&
      !labelOf(u.text) &&
      !DRAFT_STAMP.test(u.text)
    )
      return { titleAt: i, headerEnd: i };
    if (pieces.some((p) => PLACE_DATE.test(p.text))) dated = true;
    // A Kính gửi typed above the tên loại is in the header too (misplaced: the checker says so); one after the header of a công văn is not.
    const kinhGuiAboveTitle = pieces.some((p) => ADDRESSEE.test(p.text)) && all.slice(i + 1, i + 8).some(isTitleUnit);
    const isHeader =
      u.inLayoutTable ||
      kinhGuiAboveTitle ||
      pieces.some((p) => headerish(p.text)) ||
      pieces.every((p) => isUpper(p.text) || BODY_WORD.test(p.text.toUpperCase()));
    if (!isHeader) break;
    headerEnd = i + 1;
  }
  return { titleAt: -1, headerEnd };
}

/** The cơ quan's column and the column of a line across the page are one side: the left. */
const leftSide = (column: number | null) => column === null || column === 0;

export function readHeader(all: readonly Unit[], log: LineLog): HeaderResult {
  const { titleAt, headerEnd } = findTitle(all);
  // With no tên loại and nothing of a header — no quốc hiệu, số or date — the lines in capitals
  // at the top are the title of a list, a checklist or an excerpt ("DANH MỤC VĂN BẢN …", "MỤC
  // LỤC"), never a cơ quan: the file has no header, and those lines are its content. Narrower than
  // `headerish` on purpose: a rule is drawn under a list's title as under a cơ quan, and a "V/v …"
  // stands only under a số, itself a mark.
  const marked = (u: Unit) => u.kind === 'p' && columnsOf(u).some((p) => NATIONAL.test(p.text) || NUMBER.test(p.text) || PLACE_DATE.test(p.text));
  const end = titleAt >= 0 ? titleAt : all.slice(0, headerEnd).some(marked) ? headerEnd : 0;
  const result: HeaderResult = { end, docType: '', national: [], bodies: [], number: null };
  const nameLines: Name[] = [];
  let summaryColumn: number | null | undefined;
  /** The column of the số line, while the next line in it is still to come. */
  let numberColumn: number | null | undefined;
  let inAddressees = false;

  for (let i = 0; i < end; i += 1) {
    const u = all[i]!;
    if (u.kind === 'table') continue;
    for (const piece of columnsOf(u)) {
      const text = piece.text;
      if (text === '') continue;
      // Only the line right under the số, in its column, may be a trích yếu written out.
      const afterNumber = numberColumn;
      if (piece.column === numberColumn) numberColumn = undefined;
      if (NATIONAL.test(text)) {
        result.national.push(text);
        log.add('layout', piece.p, { note: 'Quốc hiệu, tiêu ngữ: tạo lại theo thể thức', mark: 'national' });
      } else if (RULE.test(text)) log.add('layout', piece.p, { note: 'Đường kẻ: tạo lại theo thể thức', mark: 'rule' });
      else if (NUMBER.test(text) && result.number === null) {
        result.number = text;
        numberColumn = piece.column;
        log.add('number', piece.p);
        continue;
      } else if (PLACE_DATE.test(text)) log.add('placeDate', piece.p);
      else if (ADDRESSEE.test(text) || (inAddressees && /^[-–]/.test(text))) {
        inAddressees = true;
        addressees(piece.p, text, log);
      } else if (inAddressees && continuesAddressee(piece.p, text, log)) {
        // Joined to the Kính gửi item above it.
      } else if (CONG_VAN_SUMMARY.test(text) || (afterNumber !== undefined && piece.column === afterNumber && WRITTEN_OUT_SUMMARY.test(text))) {
        summaryColumn = piece.column;
        log.add('summary', piece.p);
      } else if (summaryColumn !== undefined && leftSide(piece.column) === leftSide(summaryColumn) && !isUpper(text)) log.add('summary', piece.p);
      else if (DRAFT_STAMP.test(text)) log.add('unplaced', piece.p, { note: 'Dấu “Dự thảo” của bản nháp: không phải tên cơ quan' });
      else if (piece.column !== null && piece.column > 0) log.add('unplaced', piece.p, { note: 'Dòng ở cột phải của phần đầu không nhận ra' });
      else if (isUpper(text) || FORM_BLANK.test(text) || (log.textOnly && BODY_WORD.test(text.toUpperCase()) && text.split(' ').length <= 10)) {
        nameLines.push({ text: isUpper(text) ? text : text.toUpperCase(), bold: allBold(piece.p), pieces: [{ ...piece, slot: log.reserve() }] });
      } else log.add('unplaced', piece.p, { note: 'Dòng ở phần đầu văn bản không nhận ra' });
    }
  }
  nameRoles(nameLines, log);
  result.bodies = nameLines.map((n) => n.text);

  if (titleAt < 0) return result;
  // The tên loại and its trích yếu.
  const title = all[titleAt] as Extract<Unit, { kind: 'p' }>;
  const titlePiece = columnsOf(title).find((p) => docTypeOfLine(p.text)) ?? { p: title.p, text: title.text, column: null };
  result.docType = titlePiece.text.toUpperCase();
  log.add('docType', titlePiece.p, { text: result.docType });
  let at = titleAt + 1;
  let summaryLines = 0;
  while (at < all.length) {
    const u = all[at];
    if (!u || u.kind !== 'p') break;
    const text = u.text;
    if (text === '') {
      if (summaryLines > 0) break;
      at += 1;
      continue;
    }
    if (RULE.test(text)) {
      log.add('layout', u.p, { note: 'Đường kẻ dưới trích yếu', mark: 'rule' });
      at += 1;
      break;
    }
    // A Kính gửi typed between the tên loại and the trích yếu (misplaced: the checker says so): the trích yếu follows it.
    if (ADDRESSEE.test(text) && summaryLines === 0) {
      addressees(u.p, text, log);
      at += 1;
      continue;
    }
    if (CONG_VAN_SUMMARY.test(text) && summaryLines === 0) {
      log.add('summary', u.p);
      summaryLines += 1;
      at += 1;
      continue;
    }
    const formatted = !log.textOnly && u.p.runs.length > 0;
    // A field of a form ("Họ và tên: …", "Thời gian: …") begins the body too.
    // The trích yếu may begin like a căn cứ ("Thực hiện quy trình, thủ tục …"): set bold and centered under the tên loại, it is still the trích yếu.
    const titleLike = formatted && summaryLines === 0 && u.p.align === 'center' && allBold(u.p) && !/[;:]$/.test(text);
    const looksLikeBody =
      (BODY_STARTS.test(text) && !titleLike) ||
      ADDRESSEE.test(text) ||
      APPENDIX_REFERENCE.test(text) ||
      // The document's mục lục, under its title block.
      TOC_TITLE.test(text) ||
      u.p.tableOfContents === true ||
      // A part's label, also typed with no space after it ("I.Tổng quan về …").
      labelOf(text) !== null ||
      /[;:]$/.test(text) ||
      /^[\p{L}\s]{2,30}:\s/u.test(text) ||
      text.length > 300;
    if (looksLikeBody || summaryLines >= 4 || (formatted && u.p.align !== 'center' && !allBold(u.p))) break;
    // Right under the tên loại, the issuer or a chức vụ in capitals is the thẩm quyền line of a tên loại
    // with no trích yếu (a giấy phép named on its tên loại line), never its trích yếu: the Word file the
    // export writes draws the rule between them, where a typed rule line stood.
    if (summaryLines === 0 && isUpper(text) && (ISSUER_REPEATED.test(text) || POSITION_WORDS.exec(text)?.index === 0)) break;
    // The issuer named again before the căn cứ ("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ") ends the trích yếu.
    if (summaryLines > 0 && isUpper(text) && (ISSUER_REPEATED.test(text) || POSITION_WORDS.test(text) || result.bodies.some((b) => clean(b) === text))) break;
    log.add('summary', u.p);
    summaryLines += 1;
    at += 1;
  }
  // The issuer repeated on its own line(s) before the căn cứ: a thể thức line of quyết định and nghị định.
  while (at < all.length) {
    const u = all[at];
    if (!u || u.kind !== 'p') break;
    if (u.text === '') {
      at += 1;
      continue;
    }
    const repeated =
      isUpper(u.text) &&
      !labelOf(u.text) &&
      (ISSUER_REPEATED.test(u.text) || POSITION_WORDS.test(u.text) || result.bodies.some((b) => clean(b) === u.text) || NAME_CONTINUES.test(u.text));
    if (!repeated || docTypeOfLine(u.text)) break;
    log.add('layout', u.p, { note: 'Thẩm quyền ban hành nhắc lại trước phần căn cứ', mark: 'issuerRepeated' });
    at += 1;
  }
  result.end = at;
  return result;
}

/**
 * A Kính gửi item's next line: it goes on with a small letter ("Kính gửi: Các tổ chức, cá nhân hoạt
 * động …" / "trên địa bàn tỉnh Lào Cai"), or after a comma ("- Các Sở: Công Thương, Tài chính, Xây
 * dựng," / "Nông nghiệp và Môi trường;"). Joined to the item, its comma kept; false when it is no such line.
 */
export function continuesAddressee(p: SourceParagraph, text: string, log: LineLog): boolean {
  const last = log.lines.at(-1);
  if (last?.role !== 'addressee' || /^[-–]/.test(text)) return false;
  const afterComma = /,\s*$/.test(last.source);
  if (!afterComma && !/^\p{Ll}/u.test(text)) return false;
  last.text = `${last.text}${afterComma ? ',' : ''} ${text.replace(/[;.,]+$/, '')}`;
  log.add('layout', p, { note: 'Dòng tiếp của Kính gửi', mark: 'continues' });
  return true;
}

/** "Kính gửi: A; B" on one line is two addressees; "Kính gửi:" alone is followed by dash lines. */
export function addressees(p: SourceParagraph, text: string, log: LineLog): void {
  const first = /^Kính (?:gửi|trình)\s*:?\s*(.*)$/i.exec(text);
  const rest = first ? first[1]! : text.replace(/^[-–]\s*/, '');
  const inline = rest
    .split(/;\s*/)
    .map((a) =>
      a
        .replace(/^[-–]\s*/, '')
        .replace(/[;.,]+$/, '')
        .trim(),
    )
    .filter((a) => a !== '');
  if (inline.length === 0) {
    log.add('layout', p, { note: '“Kính gửi:”', mark: 'kinhGui' });
    return;
  }
  inline.forEach((a, i) => log.add('addressee', i === 0 ? p : null, { text: a, source: i === 0 ? p.text.replace(/\t+/g, ' ').trim() : '' }));
}

/**
 * Cơ quan names: the chủ quản upright, the ban hành bold (ND30 ô 2); a name broken over lines is
 * joined when its next line starts with a level ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ CẦN THƠ"). Without
 * bold to go by (an old .doc), the last name is the ban hành and those above it its chủ quản.
 */
function nameRoles(lines: Name[], log: LineLog): void {
  const groups: Name[] = [];
  // With bold to go by (the ban hành bold, the chủ quản not), a run of lines of one weight is one name however
  // it is broken ("BAN CHỈ ĐẠO THỰC HIỆN / CHƯƠNG TRÌNH / MỤC TIÊU QUỐC GIA"); else a line joins the one above
  // when it starts with a level ("ỦY BAN NHÂN DÂN / THÀNH PHỐ CẦN THƠ").
  const byWeight = lines.some((l) => l.bold) && lines.some((l) => !l.bold) && !log.textOnly;
  for (const line of lines) {
    const last = groups[groups.length - 1];
    if (last && last.bold === line.bold && (byWeight || NAME_CONTINUES.test(line.text))) {
      // The office's own line break is kept: the export prints the name on the same lines.
      last.text = `${last.text}\n${line.text}`;
      last.pieces.push(...line.pieces);
    } else groups.push({ ...line, pieces: [...line.pieces] });
  }
  lines.splice(0, lines.length, ...groups);
  if (groups.length === 0) return;
  const bold = groups.filter((g) => g.bold);
  const issuing = bold.length === 1 && bold[0] !== groups[0] ? bold[0]! : groups[groups.length - 1]!;
  const issuingAt = groups.indexOf(issuing);
  const parents = groups.slice(0, issuingAt);
  const parentText = parents.map((g) => g.text).join('\n');
  parents.forEach((g, gi) =>
    g.pieces.forEach((piece, i) =>
      log.fill(
        piece.slot,
        gi === 0 && i === 0 ? 'parentBody' : 'layout',
        piece.p,
        gi === 0 && i === 0
          ? { text: parentText, source: parents.flatMap((x) => x.pieces.map((pp) => pp.text)).join('\n') }
          : { note: 'Nối vào dòng trên', mark: 'continues' },
      ),
    ),
  );
  issuing.pieces.forEach((piece, i) =>
    log.fill(
      piece.slot,
      i === 0 ? 'issuingBody' : 'layout',
      piece.p,
      i === 0 ? { text: issuing.text, source: issuing.pieces.map((x) => x.text).join('\n') } : { note: 'Nối vào dòng trên', mark: 'continues' },
    ),
  );
  for (const g of groups.slice(issuingAt + 1))
    for (const piece of g.pieces) log.fill(piece.slot, 'unplaced', piece.p, { note: 'Tên ở phần đầu không nhận ra' });
}
