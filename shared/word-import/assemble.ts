/**
 * A report (baocao.report/1) from the importer's lines as they stand after the clerk's review:
 * header fields from their lines, parts nested by level, paragraphs, dash items and tables in
 * the part above them, the signature, Nơi nhận, phụ lục. Lines marked `unplaced` are returned
 * for the screen to list; nothing is dropped without being shown.
 */
import { generatedAppendixReference } from '../export-view/view-model';
import { foldVietnamese as fold } from '../text/fold';
import type { Block, FileSection, ReportFile, Run, Signer } from '../report-format/schema';
import { REPORT_FORMAT_ID } from '../report-format/schema';
import type { ProfileId, SectionRole } from '../domain/vocabulary';
import { DEFAULT_DOC_TYPE } from '../domain/report';
import { guessPeriod } from '../domain/report-file-mapping';
import { SIGNER_ROLES, type ImportLine } from './lines';
import { AUTHORITY_LINE, canonicalAuthority } from '../the-thuc/authority-labels';
import { NUMBER, PLACE_DATE } from './recognisers/patterns';
import { CONG_VAN_SUMMARY } from '../the-thuc/doc-types';

/** The role of a part by its title, as the templates name them. */
export function roleOfTitle(title: string): SectionRole {
  const t = title.toLocaleLowerCase('vi-VN');
  if (/quán triệt|triển khai|tuyên truyền|phổ biến/.test(t)) return 'dissemination';
  if (/đánh giá chung/.test(t)) return 'assessment';
  if (/ưu điểm|mặt được/.test(t)) return 'strengths';
  if (/hạn chế|tồn tại|khuyết điểm/.test(t)) return 'limitations';
  if (/nguyên nhân/.test(t)) return 'causes';
  if (/bài học/.test(t)) return 'lessons';
  if (/phương hướng|nhiệm vụ.*(tới|tiếp theo|sau)|giải pháp/.test(t)) return 'directions';
  if (/kiến nghị|đề xuất|đề nghị/.test(t)) return 'recommendations';
  if (/kết quả/.test(t)) return 'results';
  return 'other';
}

function parseNumber(text: string): { number: string; symbol: string } {
  const match = NUMBER.exec(text);
  return match ? { number: match[1] ?? '', symbol: (match[3] ?? '').trim() } : { number: '', symbol: '' };
}

/** The place and date; a draft's blank day keeps the month and year it has ("ngày    tháng 12 năm 2011"). */
function parsePlaceDate(text: string): { place: string; date: string | null; dateMonth?: string } {
  const match = PLACE_DATE.exec(text);
  if (!match) return { place: '', date: null };
  const [, place = '', rawDay = '', rawMonth = '', y = ''] = match;
  // A blank form's date: its place (dots) kept for the clerk to fill in, no day, month or year.
  if (!/^\d{4}$/.test(y)) return { place: place.trim(), date: null };
  const d = rawDay.replace(/\D/g, '');
  const m = rawMonth.replace(/\D/g, '');
  const month = m !== '' && Number(m) >= 1 && Number(m) <= 12 ? m.padStart(2, '0') : '';
  const date = d !== '' && month !== '' ? `${y}-${month}-${d.padStart(2, '0')}` : null;
  const valid = date !== null && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).getUTCDate() === Number(d);
  if (valid) return { place: place.trim(), date };
  return { place: place.trim(), date: null, dateMonth: month !== '' ? `${y}-${month}` : y };
}

interface OpenSection {
  section: FileSection & { blocks: Block[]; children: FileSection[] };
  depth: number;
}

/** A line's runs; a line read without them (an old .doc) is its text. */
const runsOf = (line: ImportLine): Run[] => (line.runs.length > 0 ? line.runs : [{ text: line.text }]);
const paragraphBlock = (line: ImportLine, runs = runsOf(line)): Block => ({ type: 'paragraph', runs, ...(line.centred ? { align: 'center' as const } : {}) });

/** The report fields a header, signature or Nơi nhận line belongs to (where a comment on it is shown). */
export type LineField = 'Phần đầu' | 'Trích yếu' | 'Số, ký hiệu' | 'Địa danh, ngày' | 'Kính gửi' | 'Người ký' | 'Nơi nhận';

/**
 * Where a line went in the report: a unit of a part (its path as sign-off/units.ts names parts,
 * and its index among the part's units), a part's title, a field, or nowhere.
 */
export type LinePlace =
  { kind: 'unit'; part: string; unit: number } | { kind: 'title'; part: string } | { kind: 'field'; field: LineField } | { kind: 'unplaced' };

export interface Assembled {
  report: ReportFile;
  unplaced: ImportLine[];
  /** Each line's place, by line id. */
  places: Record<number, LinePlace>;
}

const FIELD_OF: Partial<Record<ImportLine['role'], LineField>> = {
  parentBody: 'Phần đầu',
  issuingBody: 'Phần đầu',
  docType: 'Phần đầu',
  number: 'Số, ký hiệu',
  placeDate: 'Địa danh, ngày',
  summary: 'Trích yếu',
  addressee: 'Kính gửi',
  authority: 'Người ký',
  position: 'Người ký',
  signerName: 'Người ký',
  recipient: 'Nơi nhận',
};

/** A layout line's field: the labels and notes of the signature and Nơi nhận are theirs, the rest the header's. */
function layoutField(line: ImportLine): LineField {
  if (line.mark === 'recipientsLabel' || line.mark === 'drafterCode') return 'Nơi nhận';
  if (line.mark === 'signNote') return 'Người ký';
  return 'Phần đầu';
}

export function assembleReport(lines: readonly ImportLine[], profile: ProfileId): Assembled {
  const of = (role: ImportLine['role']) => lines.filter((l) => l.role === role);
  const first = (role: ImportLine['role']) => of(role)[0]?.text ?? '';
  const { number, symbol } = parseNumber(first('number'));
  const { place, date, dateMonth } = parsePlaceDate(first('placeDate'));
  const addressees = of('addressee')
    .map((l) => l.text)
    .filter((t) => t !== '');
  const summary = of('summary')
    .map((l) => l.text)
    .join(' ')
    .trim();

  const opening: Block[] = [];
  const closing: Block[] = [];
  const sections: FileSection[] = [];
  const appendices: { title: string; reference?: string; blocks: Block[] }[] = [];
  const hasParts = lines.some((l) => l.role === 'part');
  let stack: OpenSection[] = [];
  let target: Block[] | null = null;
  let inAppendix = false;

  const pushBlock = (block: Block, into: Block[]) => {
    const last = into[into.length - 1];
    if (block.type === 'bullets' && last?.type === 'bullets') last.items.push(...block.items);
    else into.push(block);
  };
  const contentTarget = (): Block[] => target ?? opening;
  // Where each line lands, as the sign-off review names parts and counts their units.
  const places: Record<number, LinePlace> = {};
  let path = 'Mở đầu';
  const unitsIn = new Map<string, number>();
  const placeUnit = (line: ImportLine, at = path) => {
    // Units with no text are not counted (a blank paragraph is no unit of the comparison).
    if (line.role !== 'table' && line.text.trim() === '') return;
    const unit = unitsIn.get(at) ?? 0;
    unitsIn.set(at, unit + 1);
    places[line.id] = { kind: 'unit', part: at, unit };
  };

  // A title cannot hold a footnote: the notes of the last title open the first text under it
  // (the number moves from the title's end to the text's start; the note is kept).
  let titleNotes: Run[] = [];
  const withTitleNotes = (runs: Run[]): Run[] => {
    const out = titleNotes.length > 0 ? [...titleNotes, ...runs] : runs;
    titleNotes = [];
    return out;
  };
  const flushTitleNotes = () => {
    if (titleNotes.length > 0) pushBlock({ type: 'paragraph', runs: withTitleNotes([]) }, contentTarget());
  };

  for (const line of lines) {
    switch (line.role) {
      case 'part':
      case 'heading': {
        if (inAppendix) {
          pushBlock(paragraphBlock(line), contentTarget());
          placeUnit(line);
          break;
        }
        flushTitleNotes();
        titleNotes = line.runs.filter((r) => r.footnote).map((r) => ({ text: '', footnote: r.footnote }));
        const wanted = line.role === 'part' ? 1 : (line.level ?? 1) + (hasParts ? 1 : 0);
        // A level with none above it hangs under the deepest one there is.
        const depth = Math.max(1, Math.min(wanted, stack.length + 1, 4));
        stack = stack.filter((s) => s.depth < depth);
        const section = { role: roleOfTitle(line.text), title: line.text, blocks: [] as Block[], children: [] as FileSection[] };
        const parent = stack[stack.length - 1];
        (parent ? parent.section.children : sections).push(section);
        stack.push({ section, depth });
        target = section.blocks;
        path = stack.map((s) => s.section.title.trim()).join(' › ');
        places[line.id] = { kind: 'title', part: path };
        break;
      }
      case 'opening':
        pushBlock(paragraphBlock(line), opening);
        placeUnit(line, 'Mở đầu');
        break;
      case 'closing':
        pushBlock(paragraphBlock(line), closing);
        placeUnit(line, 'Kết thúc');
        break;
      case 'paragraph':
        pushBlock(paragraphBlock(line, withTitleNotes(runsOf(line))), contentTarget());
        placeUnit(line);
        break;
      case 'bullet': {
        const runs = withTitleNotes(runsOf(line));
        pushBlock({ type: 'bullets', items: [{ runs, ...(line.level === 2 ? { level: 2 as const } : {}) }] }, contentTarget());
        placeUnit(line);
        break;
      }
      case 'table':
        if (line.table && line.table.header.length > 0) {
          pushBlock(
            { type: 'table', ...(line.table.caption ? { caption: line.table.caption } : {}), header: line.table.header, rows: line.table.rows },
            contentTarget(),
          );
          placeUnit(line);
        }
        break;
      case 'appendixTitle': {
        flushTitleNotes();
        const appendix = { title: line.text, blocks: [] as Block[] };
        appendices.push(appendix);
        target = appendix.blocks;
        inAppendix = true;
        path = `Phụ lục: ${line.text.trim()}`;
        places[line.id] = { kind: 'title', part: path };
        break;
      }
      case 'layout':
        places[line.id] = { kind: 'field', field: layoutField(line) };
        // The phụ lục's "(… kèm theo …)" line as the document wrote it (compared with what the export writes, below).
        if (line.mark === 'appendixReference' && inAppendix) {
          const appendix = appendices[appendices.length - 1];
          if (appendix) appendix.reference = line.text.replace(/\s+/g, ' ').trim();
        }
        break;
      case 'unplaced':
        places[line.id] = { kind: 'unplaced' };
        break;
      default: {
        const field = FIELD_OF[line.role];
        places[line.id] = field ? { kind: 'field', field } : { kind: 'unplaced' };
        break;
      }
    }
  }
  flushTitleNotes();

  // The signer's lines, then each người ký cùng's (a signing table of a liên tịch or a biên bản).
  const signerLines = lines.filter((l) => SIGNER_ROLES.has(l.role) && !l.cosigner);
  const cosignerLines = lines.filter((l) => SIGNER_ROLES.has(l.role) && l.cosigner);
  const cosigners = [...new Set(cosignerLines.map((l) => l.cosigner))].map((n) => signerOf(cosignerLines.filter((l) => l.cosigner === n)));
  const signature: ReportFile['signature'] = { ...signerOf(signerLines), ...(cosigners.length > 0 ? { cosigners } : {}) };
  let recipients = of('recipient')
    .map((l) => l.text)
    .filter((t) => t !== '');
  // The exporter writes "Như trên" first when the report has a Kính gửi and a Nơi nhận (kept
  // when it is the whole list, which the exporter would not write again).
  const others = recipients.filter((r) => !/^Như trên$/i.test(r));
  if (addressees.length > 0 && others.length > 0) recipients = others;

  const report: ReportFile = {
    format: REPORT_FORMAT_ID,
    profile,
    period: guessPeriod(summary),
    ...(hasParts ? { outline: 'parts' as const } : {}),
    header: {
      parentBody: first('parentBody'),
      issuingBody: first('issuingBody'),
      number,
      symbol,
      place,
      date,
      ...(dateMonth && first('placeDate') !== '' ? { dateMonth } : {}),
      // The tên loại as the file has it: a công văn has none.
      docType: of('docType').length > 0 ? first('docType') : lines.some((l) => l.role === 'summary' && CONG_VAN_SUMMARY.test(l.text)) ? '' : DEFAULT_DOC_TYPE,
      summary,
      ...(addressees.length > 0 ? { addressees } : {}),
    },
    ...(opening.length > 0 ? { opening } : {}),
    sections,
    ...(closing.length > 0 ? { closing } : {}),
    ...(appendices.length > 0 ? { appendices } : {}),
    signature,
    recipients,
  };
  // A "(Kèm theo Báo cáo số …)" the export would write the same way is not kept: it follows the
  // report's number and date when they change. One that says more (another tên loại, the issuer) is.
  const comparable = (text: string) =>
    fold(text)
      .toLowerCase()
      .replace(/nam\s*\d{4}/g, 'nam')
      .replace(/[\s.…]+/g, '');
  const generated = comparable(generatedAppendixReference(report, new Date()));
  for (const appendix of report.appendices ?? [])
    if (appendix.reference !== undefined && comparable(appendix.reference) === generated) delete appendix.reference;
  return { report, unplaced: lines.filter((l) => l.role === 'unplaced'), places };
}

/** A signer from its lines: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / name; "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / name. */
function signerOf(lines: readonly ImportLine[]): Signer {
  const [firstAuthority, secondAuthority] = lines.filter((l) => l.role === 'authority').map((l) => AUTHORITY_LINE.exec(l.text));
  const authorityOf = (m: RegExpExecArray | null | undefined) =>
    m ? { authority: canonicalAuthority(m[1] ?? ''), onBehalfOf: (m[2] ?? '').trim() } : { authority: '' as const, onBehalfOf: '' };
  return {
    ...authorityOf(firstAuthority),
    ...(secondAuthority ? { secondAuthority: authorityOf(secondAuthority) } : {}),
    // The office's own line breaks are kept (the export prints the position on the same lines).
    position: lines
      .filter((l) => l.role === 'position')
      .map((l) => l.text.trim())
      .filter((p) => p !== '')
      .join('\n'),
    name: lines.find((l) => l.role === 'signerName')?.text ?? '',
  };
}
