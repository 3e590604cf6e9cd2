/**
 * The header's words, as a văn thư reads them on the page (ND30 Phụ lục I ô 1–5; HD 05 ô 1–5):
 * the quốc hiệu and tiêu ngữ (or the Party's title) written exactly, the số and ký hiệu in the
 * profile's form, the date with its zeros where the rule puts them, a "V/v" trích yếu only on a
 * công văn. Read from the recognised lines, so a .doc is checked as well as a .docx; every "Cần"
 * is the file's own line put right.
 */
import { restyleText } from '#shared/text/tone-style';
import { CONG_VAN_SUMMARY, DOC_TYPE_CODES, docTypeCode, docTypeOfLine, isQuocHoiDocType, isRegulatedDocType, withoutVv } from '#shared/the-thuc/doc-types';
import type { RuleFinding, TextRule } from '../check-context';
import { isPersonalDocument, needsNumberAndDate, type DocumentMap } from '../document-map';
import { snippet } from '../../word-file/ooxml';
import { summaryInCapitals } from '#shared/word-import/recognisers/summary-case';
import { restoreCase } from '#shared/word-import/restore-case';

export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Capitals, single spaces, tone marks placed one way ("HOÀ" is "HÒA"), dashes as hyphens: how two header lines are the same line. */
const headerKey = (text: string) =>
  restyleText(text.normalize('NFC'), 'new')
    .toLocaleUpperCase('vi-VN')
    .replace(/[–—]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
/** As written, tone marks aside: what must match the rule letter for letter. */
const written = (text: string) => restyleText(text.normalize('NFC'), 'new').trim();

export const nationalLines: TextRule = ({ profile, map }) => {
  if (map.kind === 'fragment') return [];
  const same = (a: string, b: string) => (map.caseUnknown ? a.toLocaleUpperCase('vi-VN') === b.toLocaleUpperCase('vi-VN') : a === b);
  const findings: RuleFinding[] = [];
  for (const [i, wanted] of profile.nationalLines.entries()) {
    const motto = /Độc lập/.test(wanted.text);
    const id = motto ? 'header.motto' : 'header.national';
    const line = map.national.find((l) => headerKey(l.line.source) === headerKey(wanted.text));
    if (!line) {
      findings.push({
        ruleId: id,
        rule: motto ? 'Tiêu ngữ dưới quốc hiệu' : `Dòng "${wanted.text}" ở cột phải`,
        found: 'không có hoặc viết sai',
        expected: wanted.text,
        where: 'Đầu văn bản',
      });
      if (i === 0) break;
      continue;
    }
    const text = line.line.source.trim();
    if (!same(written(text), wanted.text)) {
      findings.push({
        ruleId: `${id}.form`,
        rule: motto
          ? 'Tiêu ngữ viết hoa chữ đầu mỗi cụm, gạch nối ngắn có cách một chữ hai bên'
          : `"${wanted.text}" viết in hoa, đủ chữ, mỗi chữ cách một khoảng`,
        found: text,
        expected: wanted.text,
        where: 'Đầu văn bản',
      });
    }
  }
  return findings;
};

const STATE_NUMBER = /^Số:\s(\s*\S*?)\s*\/\s*(\S+)$/;
const STATE_NUMBER_LOOSE = /^Số\s*:?\s*(\S*?)\s*\/\s*(\S+)$/;
const PARTY_NUMBER = /^Số\s+(\S*?)\s*-\s*(\S+\/\S+)$/;
const PARTY_NUMBER_LOOSE = /^Số\s*:?\s*(\S*?)\s*[-/]\s*(\S+)$/;
/** A law's or ordinance's number ("Luật số: 56/2010/QH12"): Luật 80/2015 writes it so. */
const LAW_NUMBER = /^(Luật|Pháp lệnh|Bộ luật)\s+số\s*:?\s*\d+\/\d{4}\/\S+$/i;

export const numberLine: TextRule = ({ profile, map }) => {
  if (!needsNumberAndDate(map)) return [];
  const where = 'Số, ký hiệu';
  const party = profile.numberStyle === 'party';
  const line = map.number;
  if (!line && isPersonalDocument(map)) return [];
  if (!line)
    return [
      {
        ruleId: 'number.missing',
        rule: 'Dòng số, ký hiệu dưới tên cơ quan ban hành',
        found: 'không có',
        expected: party ? `Số 01-${profile.examples.symbol}` : `Số: 01/${profile.examples.symbol}`,
        where,
      },
    ];
  const text = line.line.source.replace(/\s+$/, '');
  if (LAW_NUMBER.test(text)) return [];
  const findings: RuleFinding[] = [];
  if (party) {
    const loose = PARTY_NUMBER_LOOSE.exec(text);
    const right = loose ? `Số ${pad(loose[1] ?? '')}-${(loose[2] ?? '').replace(/^-/, '')}` : `Số 01-${profile.examples.symbol}`;
    findings.push(...symbolCodeFindings(map, 'party', text, (loose?.[2] ?? '').replace(/^-/, ''), where));
    if (text.startsWith('Số:'))
      findings.push({ ruleId: 'number.party-colon', rule: 'Văn bản của Đảng: không có dấu hai chấm sau "Số" (HD 05)', found: text, expected: right, where });
    else if (!PARTY_NUMBER.test(text))
      findings.push({
        ruleId: 'number.form',
        rule: 'Số và ký hiệu nối bằng gạch ngang, ký hiệu loại và cơ quan nối bằng gạch chéo',
        found: text,
        expected: right,
        where,
      });
    else if (/^\d$/.test(PARTY_NUMBER.exec(text)?.[1] ?? ''))
      findings.push({ ruleId: 'number.zero-pad', rule: 'Số nhỏ hơn 10 viết thêm số 0 phía trước', found: text, expected: right, where });
    return findings;
  }
  const loose = STATE_NUMBER_LOOSE.exec(text);
  findings.push(...symbolCodeFindings(map, 'state', text, loose?.[2] ?? '', where));
  const blank = (n: string) => (n === '' ? '      ' : pad(n));
  const right = loose ? `Số: ${blank(loose[1] ?? '')}/${loose[2] ?? ''}` : `Số: 01/${profile.examples.symbol}`;
  const strict = STATE_NUMBER.exec(text);
  if (!strict)
    findings.push({
      ruleId: 'number.form',
      rule: 'Dạng "Số: số/ký hiệu": dấu hai chấm, một khoảng trắng, rồi số (Nghị định 30)',
      found: text,
      expected: right,
      where,
    });
  else if (/^\d$/.test((strict[1] ?? '').trim()))
    findings.push({ ruleId: 'number.zero-pad', rule: 'Số nhỏ hơn 10 viết thêm số 0 phía trước', found: text, expected: right, where });
  return findings;
};

const pad = (n: string) => (/^\d$/.test(n) ? `0${n}` : n);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A code as compared: capitals, Đ as D ("QD" typed without its Đ is a slip of the keyboard, not another tên loại). */
const codeKey = (code: string) => code.normalize('NFC').toLocaleUpperCase('vi-VN').replace(/Đ/g, 'D');

/**
 * The ký hiệu's first code ("GP" of "371/GP-UBND", after a year "2026/") when it is not the
 * tên loại's: a quyết định numbered as a giấy phép is filed under the wrong register. A công văn
 * (no tên loại), a luật (numbered by the Quốc hội's term) and a document issued with another
 * (no number of its own) are not judged; nor a tên loại no list gives a code.
 */
function symbolCodeFindings(map: DocumentMap, family: 'state' | 'party', text: string, symbol: string, where: string): RuleFinding[] {
  const wrong = symbolCodeMismatch(map, family, symbol);
  if (!wrong) return [];
  return [
    {
      ruleId: 'number.doctype',
      rule: `Ký hiệu bắt đầu bằng chữ viết tắt của tên loại văn bản (${family === 'party' ? 'HD 05' : 'Nghị định 30, Phụ lục III'})`,
      found: text,
      expected: text.replace(new RegExp(`([-/]|^)${escapeRegExp(wrong.written)}(?=[-/])`), `$1${wrong.wanted}`),
      where,
    },
  ];
}

function symbolCodeMismatch(map: DocumentMap, family: 'state' | 'party', symbol: string): { written: string; wanted: string } | null {
  if (!map.docTypeLine || (map.kind !== 'administrative' && map.kind !== 'legal') || isQuocHoiDocType(map.docType)) return null;
  const type = docTypeOfLine(map.docTypeLine.line.source);
  const wanted = type ? docTypeCode(type, family) : null;
  const writtenCode =
    symbol
      .trim()
      .replace(/^\d{4}\//, '')
      .split(/[-/]/)[0] ?? '';
  if (!wanted || writtenCode === '' || !/\p{L}/u.test(writtenCode)) return null;
  if (codeKey(writtenCode) === codeKey(wanted)) return null;
  // Another tên loại's code is put right; a body's name ("ĐKT-SCT" on a báo cáo) is kept, the tên loại's code put before it.
  const anotherType = DOC_TYPE_CODES.some((code) => codeKey(code) === codeKey(writtenCode));
  return { written: writtenCode, wanted: anotherType ? wanted : `${wanted}-${writtenCode}` };
}

const DATE = /ngày\s+(\d{1,2})?\s*tháng\s+(\d{1,2})?\s*năm\s+(\d{4})/;

export const dateLine: TextRule = ({ map }) => {
  if (!needsNumberAndDate(map)) return [];
  const where = 'Địa danh, ngày tháng';
  const line = map.placeDate;
  if (!line)
    return [
      {
        ruleId: 'date.missing',
        rule: 'Dòng địa danh, ngày tháng năm',
        found: 'không có',
        expected: `${map.issuingBody.length > 0 ? 'Địa danh' : 'Hà Nội'}, ngày … tháng … năm …`,
        where,
      },
    ];
  const text = line.line.source.trim();
  const m = DATE.exec(text);
  if (!m) return [];
  const [, day, month, year] = m;
  const place = text.slice(0, text.indexOf(m[0])).replace(/[,\s]+$/, '');
  const right = `${place}, ngày ${day ? pad(day) : '   '} tháng ${month ? (Number(month) <= 2 ? pad(String(Number(month))) : String(Number(month))) : '   '} năm ${year}`;
  const findings: RuleFinding[] = [];
  if (day && day.length === 1)
    findings.push({ ruleId: 'date.day-pad', rule: 'Ngày nhỏ hơn 10 viết thêm số 0', found: `ngày ${day}`, expected: right, where: snippet(text) });
  if (month && Number(month) <= 2 && month.length === 1)
    findings.push({ ruleId: 'date.month-pad', rule: 'Tháng 1 và 2 viết thêm số 0', found: `tháng ${month}`, expected: right, where: snippet(text) });
  if (month && Number(month) >= 3 && month.startsWith('0'))
    findings.push({ ruleId: 'date.month-pad', rule: 'Tháng từ 3 trở đi không thêm số 0', found: `tháng ${month}`, expected: right, where: snippet(text) });
  return findings;
};

/** "V/v …" is the trích yếu of a công văn, which has no tên loại (ND30 ô 5b); a document with a tên loại writes its trích yếu under it. */
export const summaryForm: TextRule = ({ map }) => {
  if (map.docType === '') return [];
  const vv = map.summary.find((l) => CONG_VAN_SUMMARY.test(l.line.source.trim()));
  if (!vv) return [];
  const text = vv.line.source.trim();
  return [
    {
      ruleId: 'summary.vv',
      rule: '"V/v" chỉ dùng cho trích yếu của công văn; văn bản có tên loại ghi trích yếu không có "V/v"',
      found: text,
      expected: withoutVv(text).replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('vi-VN')),
      where: snippet(text),
    },
  ];
};

/**
 * The trích yếu under a tên loại is written in lower case, its first letter and names capital (ND30
 * Phụ lục I ô 5a; HD 05 starts it small): a whole line in capitals is a title retyped from a legal
 * site's copy. A luật's name is the Quốc hội's to write in capitals ("LUẬT / HÓA CHẤT"); an old
 * font's capitals are lost on reading, so its case is not judged.
 */
export const summaryCase: TextRule = ({ profile, map }) => {
  if (!map.docTypeLine || map.caseUnknown || map.kind === 'fragment') return [];
  const text = summaryInCapitals(
    map.docTypeLine.line.source,
    map.summary.map((l) => l.line.source),
  );
  if (text === null) return [];
  // In the case the document's own sentences write its words ("… của Luật Quản lý …"), as the import reads it back.
  const restored = restoreCase(text, map.casing);
  const expected = profile.family === 'party' ? restored.replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase('vi-VN')) : restored;
  return [
    {
      ruleId: 'title.summary.case',
      rule: 'Trích yếu viết chữ in thường (chỉ viết hoa chữ đầu theo mẫu và tên riêng), không viết in hoa cả dòng',
      found: snippet(text),
      expected: snippet(expected),
      where: snippet(text),
    },
  ];
};

/** Kính gửi: after the tên loại and trích yếu, before the content (ND30 ô 9a); never in a Party document (HD 05). */
export const kinhGui: TextRule = ({ profile, map }) => {
  const first = map.kinhGui[0];
  if (!first) return [];
  const where = snippet(first.line.source);
  if (profile.family === 'party')
    return [{ ruleId: 'kinh-gui.party', rule: 'Văn bản của Đảng không có "Kính gửi" (HD 05)', found: where, expected: 'bỏ dòng "Kính gửi"', where }];
  const titleEnd = Math.max(map.docTypeLine?.index ?? -1, ...map.summary.map((l) => l.index));
  const bodyStart = map.body[0]?.index ?? Number.POSITIVE_INFINITY;
  if (first.index > titleEnd && first.index < bodyStart) return [];
  return [
    {
      ruleId: 'kinh-gui.place',
      rule: '"Kính gửi" đặt dưới tên loại và trích yếu, trước nội dung',
      found: first.index < titleEnd ? 'đứng trước tên loại, trích yếu' : 'nằm trong nội dung',
      expected: 'sau trích yếu, trước đoạn nội dung đầu tiên',
      where,
    },
  ];
};

/** A document with neither header nor signature: a draft's excerpt, told once instead of a list of missing parts. */
export const documentWhole: TextRule = ({ map }) =>
  map.kind === 'fragment'
    ? [
        {
          ruleId: 'document.incomplete',
          rule: 'Văn bản có đủ phần đầu (cơ quan, số, ngày, tên loại) và phần chữ ký, nơi nhận',
          found: 'không có phần đầu và phần chữ ký: có lẽ đây là một đoạn trích của dự thảo',
          expected: 'văn bản hoàn chỉnh theo thể thức',
          where: 'Cả văn bản',
        },
      ]
    : [];

/**
 * The cơ quan ban hành at the head of every document that has a header (ND30 ô 2; HD 05 ô 2): who
 * issues it is the first thing a văn thư registers. A person's own paper (a bản tự khai, a bản tự
 * kiểm điểm: a tên loại no rule lists) is signed by its writer, not issued by a body; a biên bản may
 * record a meeting of several bodies (a biên bản làm việc liên ngành), none of which heads it.
 */
const RECORDS_SEVERAL_BODIES = /^BIÊN BẢN/;
export const issuingBodyPresent: TextRule = ({ map }) =>
  needsNumberAndDate(map) &&
  map.issuingBody.length === 0 &&
  !RECORDS_SEVERAL_BODIES.test(map.docType) &&
  (!map.docTypeLine || isRegulatedDocType(map.docTypeLine.line.source))
    ? [
        {
          ruleId: 'header.issuing.missing',
          rule: 'Tên cơ quan, tổ chức ban hành văn bản ở góc trái phần đầu',
          found: 'không có',
          expected: 'tên cơ quan ban hành, viết in hoa, đậm, trên số và ký hiệu',
          where: 'Đầu văn bản',
        },
      ]
    : [];

/** A document that follows two thể thức at once (a Party report under the state quốc hiệu): the mix is itself the defect. */
export const profileMix: TextRule = ({ map }) => {
  const evidence = map.profileEvidence;
  // The header's marks only: a quyền hạn or a file copy line written the other way has its own finding (signature.prefix, recipients.file-copy).
  const against = evidence.against.filter((what) => /^(tiêu đề|quốc hiệu|cơ quan|số, ký hiệu)/.test(what));
  if (against.length === 0) return [];
  const party = evidence.profile === 'party' || evidence.profile === 'youth-union';
  return [
    {
      ruleId: 'profile.mixed',
      rule: 'Một văn bản theo một thể thức: Nghị định 30 hoặc thể thức văn bản của Đảng (HD 05)',
      found: `${against.join(', ')} theo thể thức ${party ? 'Nghị định 30' : 'của Đảng'}`,
      expected: `theo thể thức ${party ? 'của Đảng' : 'Nghị định 30'} như ${evidence.evidence
        .filter((e) => !evidence.against.includes(e.what))
        .map((e) => e.what)
        .join(', ')}`,
      where: 'Đầu văn bản',
    },
  ];
};

/** The Party's marks, typed as text (HD 05): "*" under the cơ quan, "-----" under the trích yếu — the next line, or after a Kính gửi typed in between (its own finding). */
export const partyMarks: TextRule = ({ profile, map }) => {
  if (map.kind === 'fragment') return [];
  const findings: RuleFinding[] = [];
  const check = (lines: readonly { line: { source: string }; index: number }[], separator: { kind: string; text?: string }, ruleId: string, name: string) => {
    const last = lines[lines.length - 1];
    if (!last || separator.kind !== 'text' || !separator.text) return;
    const next = map.all
      .slice(last.index + 1)
      .filter((l) => l.line.source.trim() !== '')
      .find((l) => l.line.role !== 'addressee' && l.line.mark !== 'kinhGui' && l.line.mark !== 'continues');
    if (next?.line.source.trim() === separator.text) return;
    findings.push({
      ruleId,
      rule: `Dấu "${separator.text}" dưới ${name}`,
      found: next?.line.source.trim() ? snippet(next.line.source) : 'không có',
      expected: separator.text,
      where: snippet(last.line.source),
    });
  };
  check(map.issuingBody, profile.underIssuingBody, 'header.issuing.mark', 'tên cơ quan ban hành');
  if (map.docTypeLine) check(map.summary.length > 0 ? map.summary : [map.docTypeLine], profile.underSummary, 'title.mark', 'trích yếu');
  return findings;
};
