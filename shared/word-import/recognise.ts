/**
 * Recognises a report in a Word document: which line is the cơ quan, the số, the date, the
 * title, each part and its level, the signature, Nơi nhận, each phụ lục — by the words and
 * labels văn thư practice puts there (Nghị định 30, HD 05), with bold, centring, Word's
 * numbering and heading styles as evidence. Whatever program wrote the file: Word with tables
 * or text boxes for the header, LibreOffice, pandoc, or Soạn Báo Cáo itself.
 */
import type { Run } from '../report-format/schema';
import type { ProfileId } from '../domain/vocabulary';
import type { SourceItem, SourceParagraph, WordSource } from './source';
import type { ImportLine, LineRole } from './lines';
import { restoreCase, wordCasing } from './restore-case';
import { AUTHORITY_LINE } from '../the-thuc/authority-labels';

const NATIONAL = /^(CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM$|^Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc$|^ĐẢNG CỘNG SẢN VIỆT NAM$|^ĐOÀN TNCS HỒ CHÍ MINH$/i;
const RULE = /^[-_=*.…\s]{1,}$/;
const NUMBER = /^Số\s*:?\s*(\d*)\s*([/-])\s*(\S.*)$/;
const PLACE_DATE = /^(.*?),?\s*ngày\s*(\d{0,2})\s*tháng\s*(\d{0,2})\s*năm\s*(\d{4})\s*$/i;
const TITLE = /^BÁO CÁO(?: TÓM TẮT)?$/i;
const ADDRESSEE = /^Kính gửi\s*:?\s*(.*)$/i;
const RECIPIENTS_LABEL = /^Nơi nhận\s*:?\s*$/i;
const APPENDIX_LABEL = /^Phụ lục(?:\s+(?:[IVXLC]+|\d+))?\s*\.?$/i;
const APPENDIX_REFERENCE = /^\(Kèm theo\b/i;
const TOC_TITLE = /^MỤC LỤC$/i;
const SIGN_NOTE = /^\((Ký|Chữ ký)[^)]*\)$/i;
const ENDING = /\s*\.\/\.\s*$/;
/** A person's name: two to six words, each with a capital first letter, no digits or end mark. */
const PERSON_NAME = /^(\p{Lu}[\p{Ll}\p{M}]*)(\s+\p{Lu}[\p{Ll}\p{M}]*){1,5}$/u;
/** A level word that begins the second line of a cơ quan's name ("ỦY BAN NHÂN DÂN" / "PHƯỜNG …"). */
const NAME_CONTINUES = /^(PHƯỜNG|XÃ|TỈNH|THÀNH PHỐ|THỊ XÃ|THỊ TRẤN|HUYỆN|QUẬN|ĐẶC KHU|BAN|CHI BỘ|HUYỆN ĐOÀN|TỈNH ĐOÀN|CÔNG TY|TRƯỜNG)\b/;

interface Label {
  kind: 'part' | 'heading';
  level: number;
  /** Letters of the text taken by the label. */
  length: number;
  scheme: string;
}

const LABELS: { re: RegExp; kind: Label['kind']; level: number; scheme: string }[] = [
  { re: /^PHẦN\s+(THỨ\s+\S+|[IVXLC]+|\d+)\s*[.:\-–]?\s*/iu, kind: 'part', level: 0, scheme: 'part' },
  { re: /^[IVXLC]+\s*[.)]\s*/, kind: 'heading', level: 1, scheme: 'roman' },
  { re: /^\d+\.\d+\.\d+\.?\s+/, kind: 'heading', level: 4, scheme: 'decimal3' },
  { re: /^\d+\.\d+\.?\s+/, kind: 'heading', level: 3, scheme: 'decimal2' },
  { re: /^\d+\s*[.)]\s*/, kind: 'heading', level: 2, scheme: 'decimal' },
  { re: /^[a-zđ]\s*\)\s*/, kind: 'heading', level: 3, scheme: 'letter' },
];

function labelOf(text: string): Label | null {
  for (const { re, kind, level, scheme } of LABELS) {
    const match = re.exec(text);
    // A heading label needs a title after it; "Phần thứ nhất" may stand alone (its title on the next line).
    if (match && (match[0].length < text.length || kind === 'part')) return { kind, level, length: match[0].length, scheme };
  }
  return null;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
const isUpper = (text: string) => /\p{L}/u.test(text) && text === text.toUpperCase();
const allBold = (p: SourceParagraph) => p.runs.some((r) => r.text.trim() !== '') && p.runs.every((r) => r.bold || r.text.trim() === '');

/** Runs without their first `count` letters (a label or a dash), trimmed, marks kept. */
export function dropLeading(runs: readonly Run[], count: number): Run[] {
  let left = count;
  const out: Run[] = [];
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  if (out[0]) out[0] = { ...out[0], text: out[0].text.replace(/^\s+/, '') };
  const last = out[out.length - 1];
  if (last) out[out.length - 1] = { ...last, text: last.text.replace(/\s+$/, '') };
  return out.filter((r) => r.text !== '');
}

/** A unit of the document in reading order: a paragraph (from the body, a cell or a text box) or a data table. */
type Unit = { kind: 'p'; p: SourceParagraph; inLayoutTable: boolean } | { kind: 'table'; rows: string[][] };

const SIGNATURE_MARK = (text: string) => RECIPIENTS_LABEL.test(text) || AUTHORITY_LINE.test(text);
const HEADER_MARK = (text: string) => NATIONAL.test(text) || NUMBER.test(text) || PLACE_DATE.test(text);

/** Tables that only lay out the header or the signature block are read as their paragraphs. */
function isLayoutTable(rows: SourceParagraph[][][], beforeTitle: boolean): boolean {
  const texts = rows.flat(2).map((p) => clean(p.text));
  return beforeTitle || texts.some((t) => SIGNATURE_MARK(t) || HEADER_MARK(t));
}

/** A paragraph with line breaks ("Shift+Enter", <br>) is one line per break: headers are often typed so. */
function splitLines(p: SourceParagraph): SourceParagraph[] {
  if (!p.text.includes('\n')) return [p];
  const out: SourceParagraph[] = [{ ...p, runs: [], text: '' }];
  for (const run of p.runs) {
    run.text.split('\n').forEach((piece, i) => {
      if (i > 0) out.push({ ...p, runs: [], text: '', label: null, bullet: false });
      const line = out[out.length - 1]!;
      if (piece !== '') line.runs.push({ ...run, text: piece });
      line.text += piece;
    });
  }
  return out;
}

function units(items: readonly SourceItem[]): Unit[] {
  const out: Unit[] = [];
  let seenTitle = false;
  for (const item of items) {
    if (item.kind === 'paragraph') {
      for (const p of splitLines(item)) {
        if (TITLE.test(clean(p.text))) seenTitle = true;
        out.push({ kind: 'p', p, inLayoutTable: false });
      }
    } else if (isLayoutTable(item.rows.map((row) => row.map((cell) => cell.flatMap(splitLines))), !seenTitle)) {
      // Column by column within each row: a header's left column, then its right.
      for (const row of item.rows) for (const cell of row) for (const p of cell.flatMap(splitLines)) {
        if (TITLE.test(clean(p.text))) seenTitle = true;
        out.push({ kind: 'p', p, inLayoutTable: true });
      }
    } else out.push({ kind: 'table', rows: item.rows.map((row) => row.map((cell) => cell.map((p) => clean(p.text)).filter((t) => t !== '').join('\n'))) });
  }
  return out;
}

export interface Recognised {
  lines: ImportLine[];
  profile: ProfileId;
}

export function recognise(source: WordSource): Recognised {
  const all = units(source.items);
  const lines: ImportLine[] = [];
  let nextId = 0;
  const add = (role: LineRole, p: SourceParagraph | null, extra: Partial<ImportLine> = {}): ImportLine => {
    const text = p ? clean(p.text) : '';
    const line: ImportLine = { id: nextId++, role, source: p ? p.text.trim() : '', text, runs: p ? p.runs : [], ...(p?.suggestions?.length ? { suggestions: p.suggestions } : {}), ...(p?.comments?.length ? { comments: p.comments } : {}), ...extra };
    lines.push(line);
    return line;
  };
  const casing = wordCasing(all.flatMap((u) => (u.kind === 'p' ? [u.p.text] : u.rows.flat())));

  const titleAt = all.findIndex((u) => u.kind === 'p' && TITLE.test(clean(u.p.text)));
  // The signature block: its first mark after the title; the phụ lục and Mục lục after it.
  const from = Math.max(0, titleAt);
  let signatureAt = all.findIndex((u, i) => i > from && u.kind === 'p' && SIGNATURE_MARK(clean(u.p.text)));
  if (signatureAt < 0) signatureAt = all.length;
  // A body paragraph laid out in the signature's table is still the signature: start at the table's first paragraph.
  while (signatureAt > from + 1 && all[signatureAt - 1]?.kind === 'p' && (all[signatureAt - 1] as { inLayoutTable: boolean }).inLayoutTable && all[signatureAt]?.kind === 'p' && (all[signatureAt] as { inLayoutTable: boolean }).inLayoutTable) signatureAt -= 1;

  // 1. Header block.
  const headerUnits = titleAt < 0 ? [] : all.slice(0, titleAt);
  let profile: ProfileId = 'state';
  const names: { p: SourceParagraph; bold: boolean }[] = [];
  for (const u of headerUnits) {
    if (u.kind === 'table') {
      add('unplaced', null, { source: u.rows.map((r) => r.join(' | ')).join('\n'), note: 'Bảng ở phần đầu văn bản' });
      continue;
    }
    const text = clean(u.p.text);
    if (text === '') continue;
    if (/ĐẢNG CỘNG SẢN VIỆT NAM/i.test(text)) profile = 'party';
    if (/^ĐOÀN TNCS HỒ CHÍ MINH$/i.test(text)) profile = 'youth-union';
    if (NATIONAL.test(text) || RULE.test(text)) add('layout', u.p, { note: 'Quốc hiệu, tiêu ngữ, đường kẻ: tạo lại theo thể thức' });
    else if (NUMBER.test(text)) add('number', u.p);
    else if (PLACE_DATE.test(text)) add('placeDate', u.p);
    else if (isUpper(text)) names.push({ p: u.p, bold: allBold(u.p) });
    else add('unplaced', u.p, { note: 'Dòng ở phần đầu văn bản không nhận ra' });
  }
  // Cơ quan names: the chủ quản upright, the ban hành bold (ND30 ô 2); a name broken over lines is joined.
  const groups: { text: string; bold: boolean; parts: SourceParagraph[] }[] = [];
  for (const name of names) {
    const text = clean(name.p.text);
    const last = groups[groups.length - 1];
    const sameWeight = last && last.bold === name.bold;
    if (last && sameWeight && (NAME_CONTINUES.test(text) || source.textOnly === false)) {
      last.text = `${last.text} ${text}`;
      last.parts.push(name.p);
    } else groups.push({ text, bold: name.bold, parts: [name.p] });
  }
  const issuing = groups.length === 1 ? groups[0] : (groups.find((g) => g.bold && g !== groups[0]) ?? groups[groups.length - 1]);
  for (const group of groups) {
    const role: LineRole = group === issuing ? 'issuingBody' : groups.indexOf(group) < groups.indexOf(issuing!) ? 'parentBody' : 'unplaced';
    group.parts.forEach((p, i) => add(i === 0 ? role : 'layout', p, i === 0 ? { text: group.text, source: group.parts.map((x) => x.text.trim()).join('\n') } : { note: 'Nối vào dòng trên' }));
  }
  const issuingText = issuing?.text ?? '';
  if (profile === 'state') {
    if (/CÔNG ĐOÀN|LIÊN ĐOÀN LAO ĐỘNG/.test(issuingText)) profile = 'trade-union';
    else if (/MẶT TRẬN TỔ QUỐC|MTTQ/.test(issuingText)) profile = 'front';
  }

  // 2. Title, trích yếu, Kính gửi.
  let at = titleAt < 0 ? 0 : titleAt;
  if (titleAt >= 0) {
    add('docType', (all[titleAt] as { p: SourceParagraph }).p);
    at = titleAt + 1;
    let summaryLines = 0;
    while (at < signatureAt) {
      const u = all[at];
      if (!u || u.kind !== 'p') break;
      const text = clean(u.p.text);
      if (text === '') {
        if (summaryLines > 0) break;
        at += 1;
        continue;
      }
      if (RULE.test(text)) {
        add('layout', u.p, { note: 'Đường kẻ dưới trích yếu' });
        at += 1;
        break;
      }
      // A text-only file (.doc) has no centring or bold to go by: the lines up to a rule or a blank are the trích yếu.
      if (ADDRESSEE.test(text) || labelOf(text) || summaryLines >= 4 || (!source.textOnly && u.p.align !== 'center' && !allBold(u.p))) break;
      add('summary', u.p);
      summaryLines += 1;
      at += 1;
    }
  }

  // 3. The body, up to the signature.
  let lastHeading: { level: number; scheme: string } | null = null;
  let seenHeading = false;
  let inAddressees = false;
  let pendingCaption: ImportLine | null = null;
  for (; at < signatureAt; at += 1) {
    const u = all[at] as Unit;
    if (u.kind === 'table') {
      const [header = [], ...rows] = u.rows;
      const caption = pendingCaption ? pendingCaption.text : undefined;
      if (pendingCaption) {
        pendingCaption.role = 'layout';
        pendingCaption.note = 'Tên bảng: đi cùng bảng';
      }
      pendingCaption = null;
      add('table', null, { source: u.rows.map((r) => r.join(' | ')).join('\n'), text: caption ?? '', table: { ...(caption ? { caption } : {}), header, rows } });
      continue;
    }
    const p = u.p;
    const text = clean(p.text);
    pendingCaption = null;
    if (text === '') continue;
    const addressee = ADDRESSEE.exec(text);
    if (addressee && !seenHeading) {
      inAddressees = true;
      // "Kính gửi: A; B" on one line is two addressees.
      const inline = addressee[1]!.split(/;\s*/).map((a) => a.replace(/[;.,]+$/, '').trim()).filter((a) => a !== '');
      if (inline.length === 0) add('layout', p, { note: '“Kính gửi:”' });
      inline.forEach((a, i) => add('addressee', i === 0 ? p : null, { text: a, source: i === 0 ? p.text.trim() : '' }));
      continue;
    }
    if (RULE.test(text)) {
      add('layout', p, { note: 'Đường kẻ' });
      continue;
    }
    if (inAddressees && /^[-–]\s*/.test(text)) {
      add('addressee', p, { text: text.replace(/^[-–]\s*/, '').replace(/[;.,]+$/, '').trim() });
      continue;
    }
    inAddressees = false;
    if (text === './.') {
      add('layout', p, { note: 'Dấu kết thúc “./.”' });
      continue;
    }
    const shown = p.label ? `${p.label} ${text}` : text;
    const label = p.bullet ? null : labelOf(shown);
    const labelLength = p.label ? 0 : (label?.length ?? 0);
    const headingLike = p.outlineLevel !== null || allBold(p) || (shown.length <= 150 && !/[.;:,]$/.test(shown));
    if (label?.kind === 'part' && headingLike) {
      const title = clean(shown.slice(label.length));
      const line = add('part', p, { text: title, runs: dropLeading(p.runs, labelLength) });
      // "PHẦN THỨ NHẤT" alone on its line: the title is the next line.
      if (title === '') {
        const next = all[at + 1];
        if (next?.kind === 'p' && clean(next.p.text) !== '') {
          line.role = 'layout';
          line.note = 'Nhãn “Phần thứ …”';
          add('part', next.p, { text: restoreCase(clean(next.p.text), casing) });
          at += 1;
        }
      } else line.text = restoreCase(title, casing);
      seenHeading = true;
      lastHeading = null;
      continue;
    }
    if (label && headingLike) {
      // "a)" under "1.1." is one level deeper than under "1.".
      let level = label.level;
      if (label.scheme === 'letter' && lastHeading && lastHeading.scheme !== 'letter') level = Math.min(4, lastHeading.level + 1);
      if (label.scheme === 'letter' && lastHeading?.scheme === 'letter') level = lastHeading.level;
      const title = clean(shown.slice(label.length));
      add('heading', p, { level, text: level === 1 ? restoreCase(title, casing) : title, runs: dropLeading(p.runs, labelLength) });
      lastHeading = { level, scheme: label.scheme };
      seenHeading = true;
      continue;
    }
    if (p.outlineLevel !== null && shown.length <= 200) {
      const level = Math.min(4, p.outlineLevel + 1);
      add('heading', p, { level, text: isUpper(text) ? restoreCase(text, casing) : text });
      lastHeading = { level, scheme: 'style' };
      seenHeading = true;
      continue;
    }
    if (/^(Bảng|Biểu)\s+\S+/i.test(text) && (p.align === 'center' || allBold(p) || /^(Bảng|Biểu)\s+\d/i.test(text)) && all[at + 1]?.kind === 'table') {
      pendingCaption = add('paragraph', p);
      continue;
    }
    const dash = /^([-–—•+])\s*/.exec(text);
    if (p.bullet || dash) {
      const level = p.bullet ? Math.min(2, (p.listLevel ?? 0) + 1) : dash![1] === '+' ? 2 : 1;
      const dashLength = p.bullet ? 0 : (/^\s*[-–—•+]\s*/.exec(p.text)?.[0].length ?? 0);
      add('bullet', p, { level, text: clean(text.slice(p.bullet ? 0 : dash![0].length)), runs: dropLeading(p.runs, dashLength) });
      continue;
    }
    add(seenHeading ? (/^Trên đây\b/.test(text) ? 'closing' : 'paragraph') : 'opening', p);
  }
  // "Trên đây …" closes the report only after the last part's heading; earlier it is a part's own sentence.
  const lastHeadingAt = lines.reduce((at, l, i) => (l.role === 'heading' || l.role === 'part' ? i : at), -1);
  for (const l of lines.slice(0, lastHeadingAt)) if (l.role === 'closing') l.role = 'paragraph';
  // After the first "Trên đây …", what is left before the signature closes the report too.
  const closingAt = lines.findIndex((l) => l.role === 'closing');
  if (closingAt >= 0) for (const l of lines.slice(closingAt)) if (l.role === 'paragraph') l.role = 'closing';
  // ND30's "./." ends the last paragraph: the exporter writes it again.
  const lastText = [...lines].reverse().find((l) => ['paragraph', 'bullet', 'closing', 'opening'].includes(l.role));
  if (lastText && ENDING.test(lastText.text)) {
    lastText.text = lastText.text.replace(ENDING, '.');
    const lastRun = lastText.runs[lastText.runs.length - 1];
    if (lastRun) lastText.runs = [...lastText.runs.slice(0, -1), { ...lastRun, text: lastRun.text.replace(ENDING, '.') }];
  }

  // 4. Signature block and Nơi nhận, then phụ lục (or a Mục lục page).
  let zone: 'signature' | 'recipients' | 'appendix' | 'toc' = 'signature';
  let signatureLines = 0;
  let seenSigner = false;
  let expectAppendixTitle = false;
  for (at = signatureAt; at < all.length; at += 1) {
    const u = all[at] as Unit;
    if (u.kind === 'table') {
      if (zone === 'appendix') add('table', null, { source: u.rows.map((r) => r.join(' | ')).join('\n'), table: { header: u.rows[0] ?? [], rows: u.rows.slice(1) } });
      else add('unplaced', null, { source: u.rows.map((r) => r.join(' | ')).join('\n'), note: 'Bảng sau phần chữ ký' });
      continue;
    }
    const p = u.p;
    const text = clean(p.text);
    if (text === '') continue;
    if (APPENDIX_LABEL.test(text)) {
      zone = 'appendix';
      expectAppendixTitle = true;
      add('layout', p, { note: 'Số phụ lục: đánh lại khi xuất' });
      continue;
    }
    if (TOC_TITLE.test(text)) {
      zone = 'toc';
      add('layout', p, { note: 'Mục lục: tạo lại khi xuất' });
      continue;
    }
    if (zone === 'toc') {
      add('layout', p, { note: 'Mục lục: tạo lại khi xuất' });
      continue;
    }
    if (zone === 'appendix') {
      if (expectAppendixTitle) {
        add('appendixTitle', p, { text: restoreCase(text, casing) });
        expectAppendixTitle = false;
      } else if (APPENDIX_REFERENCE.test(text)) add('layout', p, { note: 'Dòng “Kèm theo Báo cáo số …”: viết lại khi xuất' });
      else {
        const dash = /^([-–—•+])\s*/.exec(text);
        if (dash) add('bullet', p, { level: dash[1] === '+' ? 2 : 1, text: clean(text.slice(dash[0].length)), runs: dropLeading(p.runs, /^\s*[-–—•+]\s*/.exec(p.text)?.[0].length ?? 0) });
        else add('paragraph', p);
      }
      continue;
    }
    if (RECIPIENTS_LABEL.test(text)) {
      zone = 'recipients';
      add('layout', p, { note: '“Nơi nhận:”' });
      continue;
    }
    if (SIGN_NOTE.test(text)) {
      add('layout', p, { note: 'Ghi chú chỗ ký' });
      continue;
    }
    // In a two-column signature table, Nơi nhận's column comes first: a dash line is a recipient.
    if (/^[-–+]\s*/.test(text) && (zone === 'recipients' || p.align !== 'center')) {
      add('recipient', p, { text: text.replace(/^[-–+]\s*/, '').replace(/[;.]+$/, '').trim() });
      continue;
    }
    if (AUTHORITY_LINE.test(text)) {
      zone = 'signature';
      add('authority', p);
      signatureLines = 1;
      continue;
    }
    if (zone === 'recipients' && !p.inTextBox && p.align !== 'center' && !allBold(p)) {
      add('recipient', p, { text: text.replace(/[;.]+$/, '').trim() });
      continue;
    }
    zone = 'signature';
    // The chức vụ in capitals; the name after the room left to sign; anything else is shown, not guessed.
    if (isUpper(text) && !seenSigner && signatureLines < 4) add('position', p);
    else if (!seenSigner && PERSON_NAME.test(text)) {
      add('signerName', p);
      seenSigner = true;
    } else add('unplaced', p, { note: 'Dòng ở phần chữ ký, nơi nhận không nhận ra' });
    signatureLines += 1;
  }
  return { lines, profile };
}
