/**
 * The signature block and Nơi nhận, however laid out: a two-column table (Nơi nhận left, the
 * signature right), tab stops, runs of spaces, or one column after the other. Quyền hạn lines
 * (TM., KT., TL., Q., TUQ.; the Party's T/M, K/T, T/L) — two of them when a deputy signs for a
 * collective ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH") — the chức vụ, the room to sign, the name;
 * each recipient, a long one broken over lines joined back, the file copy line ending the list.
 *
 * Where it starts: body text can hold signature-like lines (a thông tư on thể thức shows samples),
 * so of the places a signature could begin, the first whose block is complete — a name is found —
 * and is followed by nothing, or by the start of a document sent with it, is the signature.
 */
import { docTypeOfLine } from '../../the-thuc/doc-types';
import { AUTHORITY_LINE } from '../../the-thuc/authority-labels';
import type { SourceParagraph } from '../source';
import type { ImportLine, LineRole } from '../lines';
import type { LineLog } from './line-log';
import {
  APPENDIX_LABEL,
  APPENDIX_LABEL_WITH_NAME,
  APPENDIX_REFERENCE,
  clean,
  isUpper,
  NATIONAL,
  NUMBER,
  PLACE_DATE,
  POSITION_WORDS,
  RECIPIENTS_LABEL,
  RULE,
  SIGN_NOTE,
  signerName,
  TOC_TITLE,
} from './patterns';
import { columnsOf, type Unit } from './units';
import { labelOf } from './outline-labels';

interface Assignment {
  role: LineRole;
  p: SourceParagraph | null;
  extra: Partial<ImportLine>;
}

interface Block {
  start: number;
  end: number;
  complete: boolean;
  assignments: Assignment[];
  authorities: string[];
  fileCopy: string | null;
  /** Two names read: a table of signers, not one signature. */
  severalSigners: boolean;
}

const DASH = /^[-–+]\s*/;
/** How a person signs a paper of their own: "NGƯỜI KHAI", "NGƯỜI LÀM ĐƠN", "NGƯỜI ĐỀ NGHỊ" … */
const PERSONAL_SIGNER = /^NGƯỜI (KÊ KHAI|KHAI|VIẾT|LÀM ĐƠN|ĐỀ NGHỊ|CAM KẾT|TƯỜNG TRÌNH|GIẢI TRÌNH)$/u;
/** A person's signing label in any case: an old .doc read as text has lost the capitals its font gave it ("Người khai"). */
const isPersonalSigner = (text: string) => PERSONAL_SIGNER.test(clean(text).toLocaleUpperCase('vi-VN'));
const isPosition = (text: string) =>
  (isUpper(text) && text.split(' ').length <= 10 && !labelOf(text) && (POSITION_WORDS.test(text) || AUTHORITY_LINE.test(text))) || isPersonalSigner(text);

/** Reads a signature block from `start`, without writing anything: what each line is, and where the block ends. */
function parseBlock(all: readonly Unit[], start: number): Block {
  const out: Block = { start, end: start, complete: false, assignments: [], authorities: [], fileCopy: null, severalSigners: false };
  const assign = (role: LineRole, p: SourceParagraph | null, extra: Partial<ImportLine> = {}) => out.assignments.push({ role, p, extra });
  let inRecipients = false;
  let recipientsDone = false;
  let lastRecipient: Assignment | null = null;
  let lastEnded = true;
  /** The last recipient ended with ".": the list's end (ND30), so a name under it is the signer's. */
  let lastClosed = false;
  let positions = 0;
  let sinceProgress = 0;
  /** The line before is a person's signing label ("NGƯỜI KHAI"): a line in lower case under it is the writer's post. */
  const afterPersonalLabel = () => {
    const last = out.assignments[out.assignments.length - 1];
    return last?.role === 'position' && last.p !== null && isPersonalSigner(last.p.text);
  };
  /** The người ký cùng of a signing table read so far, and whether the signer (its lead cell) is. */
  let cosigners = 0;
  let leadRead = false;
  let at = start;
  for (; at < all.length; at += 1) {
    const u = all[at]!;
    if (u.kind === 'p' && u.signer) {
      // A signing table, cell by cell: the signer at the right of its first row, the others người ký cùng.
      const cell = u.signer;
      const lead = cell.lead && !leadRead;
      const extra = lead ? {} : { cosigner: (cosigners += 1) };
      let end = at;
      const sameCell = (v: Unit | undefined) => v?.kind === 'p' && v.signer?.id === cell.id;
      while (sameCell(all[end])) end += 1;
      const lines = all.slice(at, end).filter((v): v is Extract<Unit, { kind: 'p' }> => v.kind === 'p' && v.text !== '');
      const nameAt = lines.reduce((last, v, k) => (SIGN_NOTE.test(v.text) ? last : k), -1);
      let authority: Assignment | null = null;
      lines.forEach((v, k) => {
        const last = out.assignments[out.assignments.length - 1];
        if (SIGN_NOTE.test(v.text)) assign('layout', v.p, { note: 'Ghi chú chỗ ký', mark: 'signNote' });
        else if (k === 0 && PLACE_DATE.test(v.text)) assign('unplaced', v.p, { note: 'Ngày ký ghi trên chữ ký của một người ký' });
        else if (k === nameAt) assign('signerName', v.p, { text: signerName(v.text) as string, ...extra });
        else if (AUTHORITY_LINE.test(v.text)) {
          if (lead) out.authorities.push(v.text);
          assign('authority', v.p, { text: v.text, ...extra });
          authority = out.assignments[out.assignments.length - 1]!;
        } else if (authority && last === authority && k + 1 < nameAt && !POSITION_WORDS.test(v.text)) {
          // "TM. BAN CHẤP HÀNH CÔNG" / "ĐOÀN" / "CHỦ TỊCH": a quyền hạn wrapped in half the page (a PDF keeps the break), not a chức vụ.
          authority.extra.text = `${authority.extra.text ?? ''} ${v.text}`;
          if (lead) out.authorities[out.authorities.length - 1] = authority.extra.text;
          assign('layout', v.p, { note: 'Nối vào dòng quyền hạn ở trên', mark: 'continues' });
        } else assign('position', v.p, extra);
      });
      if (lead) leadRead = out.complete = true;
      sinceProgress = 0;
      at = end - 1;
      continue;
    }
    if (u.kind === 'table') {
      if (out.complete) break;
      assign('unplaced', null, { source: u.rows.map((r) => r.join(' | ')).join('\n'), note: 'Bảng ở phần chữ ký' });
      continue;
    }
    const pieces = columnsOf(u);
    if (pieces.length === 0) continue;
    // Where a document sent with this one starts (a phụ lục's own label, a title a "(Kèm theo …)" caption follows)
    // the block ends, the name read or not: it is never one more line of the chức vụ (a form's signer still "(Họ và tên)").
    if (positions + out.authorities.length > 0 && startsAttachment(all, at)) break;
    // Once the name is found, only more of Nơi nhận, notes and the drafter's code belong to the block.
    if (out.complete) {
      const belongs = pieces.every((pc) => {
        const t = pc.text;
        return (
          SIGN_NOTE.test(t) ||
          RECIPIENTS_LABEL.test(t) ||
          (inRecipients && !recipientsDone && (DASH.test(t) || pc.column === 0)) ||
          (recipientsDone && /^\S+\/\S+$/.test(t) && pc.column !== null)
        );
      });
      if (!belongs) break;
    }
    let progressed = false;
    for (const piece of pieces) {
      const text = piece.text;
      // "Hồ Quyết Thắng" laid out with spaces under a list that ended with ".": the signer, not one more recipient.
      const nameAfterList = lastClosed && !DASH.test(text) && signerName(text) !== null && (positions > 0 || out.authorities.length > 0);
      const left =
        piece.column === 0 ||
        (piece.column === null && (RECIPIENTS_LABEL.test(text) || (inRecipients && !recipientsDone && !nameAfterList && (DASH.test(text) || !isUpper(text)))));
      if (RECIPIENTS_LABEL.test(text)) {
        inRecipients = true;
        assign('layout', piece.p, { note: '“Nơi nhận:”', mark: 'recipientsLabel' });
        progressed = true;
      } else if (left && inRecipients && !recipientsDone) {
        const item = text
          .replace(DASH, '')
          .replace(/[;.]+$/, '')
          .trim();
        if (DASH.test(text) || !lastRecipient || lastEnded) {
          lastRecipient = { role: 'recipient', p: piece.p, extra: { text: item } };
          out.assignments.push(lastRecipient);
        } else {
          // A long recipient broken over lines: its next line has no dash.
          lastRecipient.extra.text = `${lastRecipient.extra.text ?? ''} ${item}`.trim();
          assign('layout', piece.p, { note: 'Nối vào dòng nơi nhận ở trên', mark: 'continues' });
        }
        lastEnded = /[;.]$/.test(text);
        lastClosed = /\.$/.test(text);
        if (/^Lưu(?![\p{L}\p{M}\p{N}])/iu.test(lastRecipient.extra.text ?? '')) {
          recipientsDone = true;
          out.fileCopy = lastRecipient.extra.text ?? null;
        }
        progressed = true;
      } else if (left && recipientsDone && /^\S+\/\S+$/.test(text)) {
        assign('layout', piece.p, { note: 'Ký hiệu người soạn thảo, số bản', mark: 'drafterCode' });
      } else if (SIGN_NOTE.test(text)) {
        assign('layout', piece.p, { note: 'Ghi chú chỗ ký', mark: 'signNote' });
      } else if (AUTHORITY_LINE.test(text)) {
        out.authorities.push(text);
        assign('authority', piece.p);
        progressed = true;
      } else if (signerName(text) && (positions > 0 || out.authorities.length > 0 || piece.column !== 0)) {
        // A second name beside the first ("Vũ Hồng Hưởng⇥Trần Đức Minh" under two posts): several signers, which
        // the report's one signature cannot hold — the lines stay in the content rather than lose a name.
        if (out.complete) out.severalSigners = true;
        assign('signerName', piece.p, { text: signerName(text) as string });
        out.complete = true;
        progressed = true;
      } else if ((isUpper(text) || isPersonalSigner(text)) && !out.complete && positions < 3 && !RULE.test(text) && !NATIONAL.test(text)) {
        assign('position', piece.p);
        positions += 1;
        progressed = true;
      } else if (afterPersonalLabel() && !out.complete && text.split(' ').length <= 10 && !/[.;:]$/.test(text)) {
        // The writer's own post under a person's paper's signing label ("NGƯỜI KHAI" / "Trưởng Ban Quản lý các KCN").
        assign('position', piece.p);
        positions += 1;
        progressed = true;
      } else if (PLACE_DATE.test(text) && !out.complete && positions === 0 && out.authorities.length === 0) {
        // A giấy phép dates itself above the chức vụ: the document's date when its header has none (writeSignature decides).
        assign('placeDate', piece.p, { note: 'Địa danh, ngày tháng đặt trên chức vụ' });
      } else assign('unplaced', piece.p, { note: 'Dòng ở phần chữ ký, nơi nhận không nhận ra' });
    }
    sinceProgress = progressed ? 0 : sinceProgress + 1;
    if (!out.complete && sinceProgress > 6) break;
  }
  out.end = at;
  return out;
}

/** Where a document sent with this one begins (a quy định after its quyết định, a mẫu, a phụ lục). */
export function startsAttachment(all: readonly Unit[], at: number): boolean {
  for (let i = at; i < Math.min(all.length, at + 6); i += 1) {
    const u = all[i]!;
    if (u.kind === 'table') return false;
    const pieces = columnsOf(u);
    if (pieces.length === 0) continue;
    if (
      pieces.some(
        (p) =>
          NATIONAL.test(p.text) ||
          docTypeOfLine(p.text) ||
          APPENDIX_LABEL.test(p.text) ||
          APPENDIX_LABEL_WITH_NAME.test(p.text) ||
          TOC_TITLE.test(p.text) ||
          APPENDIX_REFERENCE.test(p.text) ||
          /^Mẫu số(?![\p{L}\p{M}\p{N}])/iu.test(p.text),
      )
    )
      return true;
    // An attached document's own header comes first: its cơ quan, số and date (a phiếu trình after a công văn).
    if (!pieces.every((p) => isUpper(p.text) || RULE.test(p.text) || NUMBER.test(p.text) || PLACE_DATE.test(p.text))) return false;
  }
  return false;
}

const substantial = (all: readonly Unit[], from: number) => all.slice(from).filter((u) => u.kind === 'table' || u.text !== '').length;

/** The places a signature could begin, after `from`. */
function candidates(all: readonly Unit[], from: number): number[] {
  const out: number[] = [];
  for (let i = from; i < all.length; i += 1) {
    const u = all[i]!;
    if (u.kind !== 'p') continue;
    const before = all[i - 1];
    if (u.signer && !(before?.kind === 'p' && before.signer)) {
      out.push(i);
      continue;
    }
    const pieces = columnsOf(u);
    if (pieces.some((p) => RECIPIENTS_LABEL.test(p.text) || AUTHORITY_LINE.test(p.text))) out.push(i);
    else if (pieces.some((p) => isPosition(p.text))) {
      // A chức vụ in capitals with a name a few lines below it. A person signing a paper of their own
      // leaves as many empty lines to sign in as they like: those are not counted.
      const personal = pieces.some((p) => isPersonalSigner(p.text));
      for (let k = i + 1, seen = 0; k < all.length && seen < 7; k += 1) {
        const v = all[k]!;
        const vPieces = v.kind === 'p' ? columnsOf(v) : [];
        if (personal && v.kind === 'p' && vPieces.length === 0) continue;
        seen += 1;
        if (vPieces.some((p) => signerName(p.text))) {
          out.push(i);
          break;
        }
      }
    }
  }
  return out;
}

interface SignatureResult {
  /** The first unit of the block, or all.length when there is none. */
  start: number;
  /** The first unit after it. */
  end: number;
  authorities: string[];
  fileCopy: string | null;
}

export function findSignature(all: readonly Unit[], from: number): Block | null {
  const blocks = candidates(all, from)
    .map((start) => parseBlock(all, start))
    .filter((b) => !b.severalSigners);
  const clean = blocks.find((b) => b.complete && (substantial(all, b.end) <= 3 || startsAttachment(all, b.end)));
  if (clean) return withPlaceDateAbove(all, clean, from);
  // Else the last complete one (body text can show sample signatures), from its first line: a block
  // from "Nơi nhận:" and one from the chức vụ beside it end on the same name, and the chức vụ's alone
  // would leave the Nơi nhận and the quyền hạn line in the content.
  const last = [...blocks].reverse().find((b) => b.complete);
  const found = (last && blocks.find((b) => b.complete && b.end === last.end)) ?? blocks[0] ?? null;
  return found && withPlaceDateAbove(all, found, from);
}

/**
 * A giấy phép of a Sở dates itself on a line of its own above Nơi nhận and the signature (the form
 * of its ngành's thông tư): that line is the block's — the document's date when the header has none —
 * and not the content's last sentence.
 */
function withPlaceDateAbove(all: readonly Unit[], block: Block, from: number): Block {
  if (block.assignments.some((a) => a.role === 'placeDate')) return block;
  let at = block.start - 1;
  const isEmpty = (u: Unit | undefined) => u?.kind === 'p' && columnsOf(u).length === 0;
  while (at > from && isEmpty(all[at])) at -= 1;
  const u = all[at];
  if (at < from || !u || u.kind !== 'p' || u.signer) return block;
  const pieces = columnsOf(u);
  if (pieces.length !== 1 || !PLACE_DATE.test(pieces[0]!.text)) return block;
  const dateLine: Assignment = { role: 'placeDate', p: pieces[0]!.p, extra: { note: 'Địa danh, ngày tháng đặt trên nơi nhận và chữ ký' } };
  return { ...block, start: at, assignments: [dateLine, ...block.assignments] };
}

export function writeSignature(block: Block, log: LineLog): SignatureResult {
  const dated = log.lines.some((l) => l.role === 'placeDate');
  for (const a of block.assignments)
    if (a.role === 'placeDate' && dated) log.add('unplaced', a.p, { note: 'Dòng địa danh, ngày tháng thứ hai, ở phần chữ ký' });
    else log.add(a.role, a.p, a.extra);
  return { start: block.start, end: block.end, authorities: block.authorities, fileCopy: block.fileCopy };
}
