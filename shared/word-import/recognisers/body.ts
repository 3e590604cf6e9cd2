/**
 * The body, between the title block and the signature: Kính gửi, the opening, each part and its
 * level, paragraphs, dash items, tables with their captions, the closing. A dash or a bullet is
 * never a heading, whatever style it carries; a sentence with a label ("1. Quyết định này có hiệu
 * lực …") stays a paragraph; a title in capitals with no label (an old .doc loses Word's
 * numbering) is a heading.
 */
import type { SourceParagraph } from '../source';
import { docTypeOfLine } from '../../the-thuc/doc-types';
import { restoreCase } from '../restore-case';
import type { LineLog } from './line-log';
import { addressees, continuesAddressee } from './header-block';
import { labelOf, PartLetters, SchemeStack } from './outline-labels';
import { ADDRESSEE, allBold, clean, dropLeading, ENDING, isUpper, RULE, sliceRuns, TOC_NOTE, TOC_TITLE } from './patterns';
import type { Run } from '../../report-format/schema';
import type { Unit } from './units';
import { addTable } from './table-lines';
import { quoteStates } from './quoted-passage';

/**
 * A title that carries its content after a colon — "KIẾN NGHỊ, ĐỀ XUẤT: Không.", or a bold title
 * with plain words after it ("Về cải cách hành chính: đã rà soát …") — split into the title and
 * the text under it, so the content is kept (an empty part is left out of the export). The
 * title is told apart from its content by case (capitals, then not) or by weight (bold, then not).
 */
function splitRunIn(title: string, runs: readonly Run[]): { title: string; runs: Run[]; rest: string; restRuns: Run[] } | null {
  const colon = title.indexOf(': ');
  if (colon <= 0) return null;
  const head = title.slice(0, colon).trim();
  const rest = title.slice(colon + 1).trim();
  if (rest === '' || !/\p{L}|\p{N}/u.test(rest)) return null;
  const byCase = isUpper(head) && !isUpper(rest);
  // Where the colon stands in the runs (the same letters as the title, label already dropped).
  const runText = runs.map((r) => r.text).join('');
  const at = runText.indexOf(': ');
  const headRuns = at > 0 ? sliceRuns(runs, 0, at) : [];
  const restRuns = at > 0 ? sliceRuns(runs, at + 1, runText.length) : [];
  const byWeight = headRuns.length > 0 && headRuns.every((r) => r.bold || r.text.trim() === '') && restRuns.some((r) => !r.bold && r.text.trim() !== '');
  if (!byCase && !byWeight) return null;
  return { title: head, runs: headRuns, rest, restRuns: restRuns.length > 0 ? restRuns : [{ text: rest }] };
}

/**
 * "III. NỘI DUNG HỒ SƠ TRÌNH THẨM ĐỊNH (Tóm tắt giải pháp thiết kế chủ yếu về: …)." — a form's
 * title in bold capitals with its guidance in brackets after it, not bold: the title, and the note
 * as the text under it. Without it the line reads as a sentence, and the parts around it are
 * numbered I, II, IV. A title in plain words with a note ("1. Văn bản pháp lý (Liệt kê …)") is not one.
 */
function splitBracketNote(title: string, runs: readonly Run[]): { title: string; runs: Run[]; rest: string; restRuns: Run[] } | null {
  const m = /^([^(]+?)\s*(\((?:[^()]|\([^()]*\))*\)[.:]?)$/u.exec(title);
  if (!m || !isUpper(m[1]!)) return null;
  const runText = runs.map((r) => r.text).join('');
  const at = runText.indexOf('(');
  if (at <= 0) return null;
  const headRuns = sliceRuns(runs, 0, at);
  const restRuns = sliceRuns(runs, at, runText.length);
  const text = (list: readonly Run[]) => list.filter((r) => r.text.trim() !== '');
  if (!text(headRuns).every((r) => r.bold) || text(restRuns).some((r) => r.bold)) return null;
  return { title: m[1]!.trim(), runs: headRuns, rest: m[2]!, restRuns };
}

const DASH = /^([-–—•+])\s*/;

/** The label schemes of an điều's khoản ("1.", "1-") and điểm ("a)", "a."). */
const KHOAN_AND_DIEM = new Set(['decimal', 'decimal-dash', 'letter', 'letter-dot']);

/**
 * Whether every khoản of the điều whose lines start at `from` is a title — its own line, no end
 * mark ("1. Khoảng cách an toàn") — up to the next điều, chương, mục or phần. One khoản that is a
 * sentence ("1. Tổ chức kinh doanh hóa chất là tổ chức được thành lập …", "2. … sau đây:") makes them
 * all lines of the điều, as written.
 */
function khoanAllTitles(all: readonly Unit[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const u = all[i]!;
    if (u.kind !== 'p' || u.text === '') continue;
    const shown = u.p.label ? `${u.p.label} ${u.text}` : u.text;
    const label = labelOf(shown);
    if (!label) continue;
    if (label.kind === 'part' || label.keepInTitle) break;
    if (label.scheme !== 'decimal' && label.scheme !== 'decimal-dash') continue;
    const rest = clean(shown.slice(label.length));
    if (rest.length > 150 || /[.;,:]$/.test(rest)) return false;
  }
  return true;
}

export function readBody(all: readonly Unit[], from: number, to: number, log: LineLog): void {
  const levels = new SchemeStack();
  let seenHeading = false;
  /** The letters of the "A./B." parts taken, so that the "C." after "B." is read as a part, not a Roman hundred. */
  const parts = new PartLetters();
  let inAddressees = false;
  let pendingCaption: ReturnType<LineLog['add']> | null = null;
  /** The khoản of the điều being read are all titles: its parts ("1. Khoảng cách an toàn", "2. Quy mô nổ mìn"). */
  let khoanAreParts = true;
  const addTableOf = (unit: Extract<Unit, { kind: 'table' }>) => {
    const table = addTable(log, unit, seenHeading ? 'paragraph' : 'opening', pendingCaption?.text);
    if (table && pendingCaption) {
      pendingCaption.role = 'layout';
      pendingCaption.note = 'Tên bảng: đi cùng bảng';
    }
    pendingCaption = null;
  };

  // An amending document's quoted chapter, articles and khoản ("… như sau: “Chương VIIa … Điều 85a. …”")
  // are the text of the item that quotes them, as written: never its parts. A quote never closed is no quote.
  const quotes = quoteStates(
    all.slice(from, to).map((v) => (v.kind === 'p' ? v.text : '')),
    'strict',
  );
  for (let at = from; at < to; at += 1) {
    const u = all[at] as Unit;
    if (u.kind === 'table') {
      // A table is the content's: the Kính gửi list ended above it, whatever dash lines follow.
      inAddressees = false;
      addTableOf(u);
      continue;
    }
    const p = u.p;
    const text = u.text;
    if (text === '') continue;
    if (quotes[at - from] === 'closed') {
      log.add(seenHeading ? 'paragraph' : 'opening', p);
      continue;
    }
    if (p.tableOfContents || TOC_TITLE.test(text)) {
      const next = all[at + 1];
      // Word's mục lục, and its title over it: the export makes one from the parts when the clerk asks ("Mục lục" at Xuất).
      if (p.tableOfContents || (next?.kind === 'p' && next.p.tableOfContents)) log.add('layout', p, { mark: 'toc', note: TOC_NOTE });
      // A mục lục typed by hand (an old .doc's lines of title and page): its title is text, never a part of the report.
      else log.add(seenHeading ? 'paragraph' : 'opening', p, { note: 'Mục lục gõ trong tệp: giữ như tệp gốc' });
      continue;
    }
    const addressee = ADDRESSEE.exec(text);
    if (addressee && !seenHeading) {
      inAddressees = true;
      addressees(p, text, log);
      continue;
    }
    if (RULE.test(text)) {
      log.add('layout', p, { note: 'Đường kẻ', mark: 'rule' });
      continue;
    }
    if (inAddressees && DASH.test(text)) {
      addressees(p, text, log);
      continue;
    }
    if (inAddressees && continuesAddressee(p, text, log)) continue;
    inAddressees = false;
    pendingCaption = null;
    if (text === './.') {
      log.add('layout', p, { note: 'Dấu kết thúc “./.”', mark: 'ending' });
      continue;
    }
    const dash = DASH.exec(text);
    if (p.bullet || dash) {
      const level = p.bullet ? Math.min(2, (p.listLevel ?? 0) + 1) : dash![1] === '+' ? 2 : 1;
      const dashLength = p.bullet ? 0 : (/^\s*[-–—•+]\s*/.exec(p.text)?.[0].length ?? 0);
      log.add('bullet', p, { level, text: clean(text.slice(p.bullet ? 0 : dash![0].length)), runs: dropLeading(p.runs, dashLength) });
      continue;
    }
    // "QUYẾT ĐỊNH:", "NGHỊ ĐỊNH:" before Điều 1 (its colon sometimes left out): the body's own words, not a title.
    if ((/:$/.test(text) || nextText(all, at, to).startsWith('Điều 1')) && docTypeOfLine(text.replace(/:$/, ''))) {
      log.add(seenHeading ? 'paragraph' : 'opening', p);
      continue;
    }
    const shown = p.label ? `${p.label} ${text}` : text;
    const label = parts.labelOf(shown);
    const labelLength = p.label ? 0 : (label?.length ?? 0);
    // An Điều's title is a name ("Điều 2. Hiệu lực thi hành"); "Điều 1. Công nhận … cho:" is the article's sentence.
    // …unless numbered khoản follow it ("Điều 1. Phê duyệt … như sau:" / "1. Khoảng cách an toàn"): then it is their part.
    // Numbered lines that end with ";" are the sentence's own list ("1. Ông: Hoàng Văn Thuân - …, Trưởng đoàn;").
    const dieuSentence = (t: string) => {
      if (label?.scheme !== 'dieu' || !/:$/.test(t)) return false;
      const next = nextText(all, at, to);
      return !/^\d+\.\s/.test(next) || /;$/.test(next);
    };
    // A title starts with a capital: "3- nhà làm việc hoàn thành 27/12/2010" is an item of a list, whatever its end.
    const itemInLowerCase = label !== null && /^\p{Ll}/u.test(clean(shown.slice(label.length)));
    const titleLike = (t: string) => (t.length <= 150 || label?.scheme === 'dieu') && !/[.;,]$/.test(t) && !dieuSentence(t) && !itemInLowerCase;
    // "Chương 1." or "Phần thứ nhất" alone on its line is a heading whatever its end mark: its title follows.
    const labelAlone = label !== null && (label.kind === 'part' || label.keepInTitle) && clean(shown.slice(label.length)) === '';
    // "2. Các tai nạn, sự cố …: Không." — a bold title, then its content in plain type — is a part with its text.
    const runInByWeight = () => label !== null && splitRunIn(clean(shown.slice(label.length)), dropLeading(p.runs, labelLength)) !== null;
    // Inside an điều whose khoản are not all titles, its khoản and điểm ("4. Tồn trữ, bảo quản hóa chất" among
    // "3. Tồn trữ … phải tuân thủ quy định tại khoản 7 Điều 4.") are its lines, numbered as written: made titles,
    // the few were numbered again by position while the khoản between them kept their own (1., 2., 3., 1., 5. …).
    if (label?.scheme === 'dieu') khoanAreParts = khoanAllTitles(all, at + 1, to);
    const lineOfDieu = label !== null && levels.within('dieu') && !khoanAreParts && KHOAN_AND_DIEM.has(label.scheme);
    const bracketNote =
      label !== null && !label.keepInTitle && !titleLike(shown) ? splitBracketNote(clean(shown.slice(label.length)), dropLeading(p.runs, labelLength)) : null;
    const headingLike = !lineOfDieu && (p.outlineLevel !== null || allBold(p) || titleLike(shown) || labelAlone || runInByWeight() || bracketNote !== null);
    if (label?.kind === 'part' && headingLike) {
      levels.reset();
      parts.passed(shown, label);
      const title = clean(shown.slice(label.length));
      const line = log.add('part', p, { text: restoreCase(title, log.casing), runs: dropLeading(p.runs, labelLength) });
      // "PHẦN THỨ NHẤT" alone on its line: the title is the next line.
      if (title === '') {
        const next = all[at + 1];
        if (next?.kind === 'p' && next.text !== '' && !labelOf(next.text)) {
          line.role = 'layout';
          line.note = 'Nhãn “Phần thứ …”';
          log.add('part', next.p, { text: restoreCase(next.text, log.casing) });
          at += 1;
        }
      }
      seenHeading = true;
      continue;
    }
    if (label && headingLike) {
      const level = levels.levelOf(label.scheme);
      let title = clean(shown.slice(label.length));
      let runs = dropLeading(p.runs, labelLength);
      // "Chương I" alone: its title is the next line, in capitals.
      if (title === '' && (label.scheme === 'chuong' || label.scheme === 'muc')) {
        const next = all[at + 1];
        if (next?.kind === 'p' && next.text !== '' && !labelOf(next.text)) {
          log.add('layout', p, { note: `Nhãn “${clean(shown)}”: ở trong tên phần` });
          title = next.text;
          runs = next.p.runs;
          at += 1;
        }
      }
      // "III. KIẾN NGHỊ, ĐỀ XUẤT: Không.": the title, then its content as the part's text.
      const runIn = label.keepInTitle ? null : (bracketNote ?? splitRunIn(title, runs));
      if (runIn) ({ title, runs } = runIn);
      const restored = isUpper(title) ? restoreCase(title, log.casing) : title;
      const labelText = clean(shown.slice(0, label.length)).replace(/[.:\-–]$/, '');
      // "Điều 4: Kinh phí hoạt động" keeps the colon it was written with; a label with no mark gets ND30's full stop.
      const labelMark = /:\s*$/.test(shown.slice(0, label.length)) ? ':' : '.';
      const full = label.keepInTitle ? `${labelText}${labelMark} ${restored}`.replace(/[.:]\s*$/, '') : restored;
      log.add('heading', p, { level, text: full, runs: label.keepInTitle ? [{ text: full }] : runs });
      if (runIn) log.add('paragraph', null, { text: runIn.rest, runs: runIn.restRuns });
      seenHeading = true;
      continue;
    }
    if (p.outlineLevel !== null && shown.length <= 200 && !lineOfDieu) {
      add(log, p, levels.levelOf(`style-${p.outlineLevel}`), text);
      seenHeading = true;
      continue;
    }
    // A title in capitals with no label: Word's numbering lost (an old .doc), or none was typed.
    if (isUpper(text) && titleLike(text) && !text.endsWith(':') && text.split(' ').length >= 2 && /\p{L}{2}/u.test(text)) {
      add(log, p, levels.levelOf('capitals'), text, { byCapitals: true });
      seenHeading = true;
      continue;
    }
    // A table's name: "Bảng 1 …", or a short centred line right above it (our export's caption of a table of figures).
    const captionLike = /^(Bảng|Biểu)\s+\S+/i.test(text)
      ? p.align === 'center' || allBold(p) || /^(Bảng|Biểu)\s+\d/i.test(text)
      : p.align === 'center' && text.split(' ').length <= 20 && !/[.:;]$/.test(text);
    if (captionLike && all[at + 1]?.kind === 'table') {
      pendingCaption = log.add('paragraph', p);
      continue;
    }
    log.add(seenHeading ? (/^Trên đây(?![\p{L}\p{M}\p{N}])/u.test(text) ? 'closing' : 'paragraph') : 'opening', p);
  }

  const lines = log.lines;
  // "Trên đây …" closes the report only after the last part's heading; earlier it is a part's own sentence.
  const lastHeadingAt = lines.reduce((i, l, k) => (l.role === 'heading' || l.role === 'part' ? k : i), -1);
  for (const l of lines.slice(0, lastHeadingAt)) if (l.role === 'closing') l.role = 'paragraph';
  const closingAt = lines.findIndex((l) => l.role === 'closing');
  if (closingAt >= 0) for (const l of lines.slice(closingAt)) if (l.role === 'paragraph') l.role = 'closing';
  // ND30's "./." ends the last paragraph: the exporter writes it again.
  const lastText = [...lines].reverse().find((l) => ['paragraph', 'bullet', 'closing', 'opening'].includes(l.role));
  if (lastText && ENDING.test(lastText.text)) {
    lastText.text = lastText.text.replace(ENDING, '.');
    const lastRun = lastText.runs[lastText.runs.length - 1];
    if (lastRun) lastText.runs = [...lastText.runs.slice(0, -1), { ...lastRun, text: lastRun.text.replace(ENDING, '.') }];
  }
}

/** The text of the next unit with text after `at`, before `to`. */
function nextText(all: readonly Unit[], at: number, to: number): string {
  for (let k = at + 1; k < to; k += 1) {
    const u = all[k]!;
    if (u.kind === 'table') return '';
    if (u.text !== '') return u.text;
  }
  return '';
}

function add(log: LineLog, p: SourceParagraph, level: number, text: string, extra: { byCapitals?: true } = {}): void {
  log.add('heading', p, { level, text: isUpper(text) ? restoreCase(text, log.casing) : text, ...extra });
}
