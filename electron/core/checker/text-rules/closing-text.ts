/**
 * How the content ends and what follows it, in words (ND30 Phụ lục I ô 6–9; HD 05 ô 6–9): the
 * ending mark ("./." for the state, "." for the Party), numbering without jumps, the quyền hạn
 * written as the profile writes it, a signer with chức vụ and name, and a Nơi nhận whose items
 * end with ";" and whose last line is the file copy. Read from the recognised lines: a signature
 * laid out with tabs or in a table is found as it is.
 */
import type { RuleFinding, TextContext, TextRule } from '../check-context';
import { needsRecipients } from '../document-map';
import { snippet } from '../../word-file/ooxml';
import { follows, labelValue, PartLetters } from '#shared/word-import/recognisers/outline-labels';
import { quoteStates } from '#shared/word-import/recognisers/quoted-passage';

/** "1." and "1-" count in one sequence, as "I." and "I-", "a)" and "a.": a label typed either way is one level. */
const FAMILY: Record<string, string> = { 'decimal-dash': 'decimal', 'roman-dash': 'roman', 'letter-dot': 'letter' };

/**
 * A form's numbered items on one line ("3. Giới tính:  1. Nam 2. Nữ", "1. Chưa qua đào tạo    2.
 * CNKT không có bằng    3. Sơ cấp", "4. Số CCCD: ……… 5. Mã số BHXH: ………"): the last number of the
 * run the line lays out, and whether the run goes on from the line's own label or starts again at
 * 1 after a question. Going on, one number is taken only after a gap or a blank to fill, as forms
 * lay them out; a sentence that mentions a number ("… khoản 2. Các …") lays out nothing: null.
 */
function inlineAnswers(text: string, label: number): { continues: boolean; last: number } | null {
  const numbers = [...text.matchAll(/(\s+|:)(\d{1,2})\.\s+(?=\p{L})/gu)].map((m) => ({
    value: Number(m[2]),
    laidOut: m[1] === ':' || /\t|\s{2}/.test(m[1]!) || /(?:[.…_]{2}|…)$/.test(text.slice(0, m.index)),
  }));
  const first = numbers[0];
  if (!first) return null;
  const run = numbers.filter((n, i) => n.value === first.value + i);
  if (run.length !== numbers.length) return null;
  if (first.value === label + 1 && (run.length >= 2 || first.laidOut)) return { continues: true, last: run[run.length - 1]!.value };
  if (first.value === 1 && run.length >= 2) return { continues: false, last: run[run.length - 1]!.value };
  return null;
}

/**
 * Numbers typed by hand count on within their level (I. then II., not III.). A level is a label
 * scheme, nested in the order met (as the Word reader nests them); a scheme met again closes the
 * deeper ones, and an Điều or Chương starts its khoản again — so "1." under each Điều is no jump.
 * A list typed in the list with the same numbers (a form's answers under its question, from 1)
 * is no jump either: the outer list goes on after it from where it was.
 */
export const numberingJumps: TextRule = ({ map }) => {
  // A .doc read as text has lost the numbers Word's lists draw: the labels left in its text cannot be counted.
  if (map.textOnly) return [];
  const findings: RuleFinding[] = [];
  /** `earlier`: the numbers the lists this one is typed inside stopped at, innermost last. */
  const stack: { scheme: string; value: number | null; earlier: number[] }[] = [];
  // A passage quoted over several paragraphs numbers its own khoản: they are not the document's, whose
  // numbering goes on after the quote. A quote left open is skipped too, to the document's next instruction.
  const quotes = quoteStates(
    map.body.map((l) => l.line.source.trim()),
    'lenient',
  );
  /** The letters of the "A./B." parts met ("C." after "B." is a part, not a Roman hundred). */
  const parts = new PartLetters();
  for (const [index, l] of map.body.entries()) {
    const text = l.line.source.trim();
    if (quotes[index] !== 'none') continue;
    const label = parts.labelOf(text);
    parts.passed(text, label);
    if (!label || label.kind === 'part') {
      if (label) stack.length = 0;
      continue;
    }
    const scheme = FAMILY[label.scheme] ?? label.scheme;
    const at = stack.findIndex((s) => s.scheme === scheme);
    if (at >= 0) stack.length = at + 1;
    else stack.push({ scheme, value: null, earlier: [] });
    const level = stack[stack.length - 1]!;
    if (label.keepInTitle) {
      // Điều, Chương, Mục: their own numbers are not judged here (a law numbers its Điều across chapters).
      level.value = null;
      level.earlier = [];
      continue;
    }
    const value = labelValue(text, label.scheme);
    if (value === null || Number.isNaN(value)) continue;
    const previous = level.value;
    // The innermost outer list this number goes on from (lastIndexOf: the lib here is ES2022, without findLastIndex).
    const resumes = level.earlier.map((e) => follows(e, value, scheme)).lastIndexOf(true);
    if (previous !== null && !follows(previous, value, scheme)) {
      if (resumes >= 0) level.earlier.length = resumes;
      else if (value === 1) level.earlier.push(previous);
      else {
        // A number past the outer list's is that list going on, one number left out: said from its last.
        const before = level.earlier.length > 0 && value >= level.earlier[level.earlier.length - 1]! ? level.earlier.pop()! : previous;
        findings.push({
          ruleId: 'numbering.jump',
          rule: 'Các mục, khoản đánh số liên tục',
          found: `sau số ${before} là số ${value}`,
          expected: `số ${before + 1}`,
          where: snippet(text),
        });
      }
    }
    const answers = scheme === 'decimal' ? inlineAnswers(text, value) : null;
    if (answers && !answers.continues) level.earlier.push(value);
    level.value = answers?.last ?? value;
  }
  return findings;
};

/** The last line of the content, and whether a table ends it (its end mark cannot be judged then). */
function lastContent(ctx: TextContext) {
  const { map } = ctx;
  if (map.endingMark) return { line: map.endingMark, afterTable: false };
  const line = [...map.body].reverse().find((l) => l.line.source.trim() !== '' && l.line.role !== 'heading' && l.line.role !== 'part');
  if (!line) return null;
  const end = map.signature[0]?.index ?? map.recipientsLabel?.index ?? map.all.length;
  const afterTable = map.all.slice(line.index + 1, end).some((l) => l.line.role === 'table');
  return { line, afterTable };
}

/** The last few words of a line, to show where it ends. */
const lastWords = (text: string, count = 6) => text.split(/\s+/).slice(-count).join(' ');

/** The content ends with "./." (ND30, its samples) or with "." (HD 05: never "./."). */
export const contentEnding: TextRule = (ctx) => {
  const { profile, map } = ctx;
  if (map.kind === 'fragment' || map.kind === 'legal') return [];
  if (map.signature.length === 0 && !map.recipientsLabel) return [];
  const last = lastContent(ctx);
  if (!last || last.afterTable) return [];
  const text = last.line.line.source.trim();
  const where = `… ${lastWords(text)}`;
  const rule =
    profile.contentEnding === './.' ? 'Nội dung kết thúc bằng dấu "./."' : 'Nội dung văn bản của Đảng kết thúc bằng dấu chấm, không dùng "./." (HD 05)';
  if (profile.contentEnding === './.') {
    if (/\.\/\.$/.test(text)) return [];
    const typed = /[:;,.\\/]+\s*\/?\.?$/.exec(text)?.[0].trim();
    return [
      {
        ruleId: 'content.ending',
        rule,
        found: typed ? `kết thúc bằng "${typed}"` : 'không có dấu kết thúc',
        expected: `… ${lastWords(text).replace(/[\s:;,.\\/]+$/, '')}./.`,
        where,
      },
    ];
  }
  if (/\.\/\.$/.test(text))
    return [{ ruleId: 'content.ending', rule, found: 'kết thúc bằng "./."', expected: `… ${lastWords(text).replace(/\.\/\.$/, '')}.`, where }];
  return [];
};

/** The quyền hạn as the profile writes it: TM., KT., TL., Q., TUQ. with their dot and a space (ND30); T/M, K/T, T/L (HD 05). */
export const authorityForm: TextRule = ({ profile, map }) => {
  const findings: RuleFinding[] = [];
  const party = profile.family === 'party' && profile.authorityLabels['TM.'] === 'T/M';
  // "TM ỦY BAN NHÂN DÂN" without its dot is read as a chức vụ line: it is a quyền hạn all the same.
  const undotted = map.position.filter((l) => /^(TM|KT|TL|TUQ)\s/.test(l.line.source.trim()));
  for (const l of undotted) {
    const text = l.line.source.trim();
    findings.push({
      ruleId: 'signature.prefix',
      rule: party ? 'Văn bản của Đảng ký T/M, K/T, T/L (HD 05)' : 'Quyền hạn ký viết TM., KT., Q., TL., TUQ. (có dấu chấm, cách một khoảng)',
      found: text,
      expected: text.replace(/^(TM|KT|TL|TUQ)\s+/, (m) => (party ? `${m.trim()[0]}/${m.trim()[1]} ` : `${m.trim()}. `)),
      where: snippet(text),
    });
  }
  for (const l of map.authority) {
    const text = l.line.source.trim();
    const where = snippet(text);
    const rule = party ? 'Văn bản của Đảng ký T/M, K/T, T/L (HD 05)' : 'Quyền hạn ký viết TM., KT., Q., TL., TUQ. (có dấu chấm, cách một khoảng)';
    if (party) {
      const wrong = /^(TM|KT|TL)\.\s*/.exec(text);
      if (wrong)
        findings.push({
          ruleId: 'signature.prefix',
          rule,
          found: text,
          expected: text.replace(/^(TM|KT|TL)\.\s*/, (m) => `${{ TM: 'T/M', KT: 'K/T', TL: 'T/L' }[m.slice(0, 2) as 'TM' | 'KT' | 'TL']} `),
          where,
        });
      continue;
    }
    const slash = /^(T\/M|K\/T|T\/L)\s*/.exec(text);
    if (slash) {
      findings.push({
        ruleId: 'signature.prefix',
        rule,
        found: text,
        expected: text.replace(/^(T\/M|K\/T|T\/L)\s*/, (m) => `${m.trim().replace('/', '')}. `),
        where,
      });
      continue;
    }
    const squeezed = /^(TM|KT|TL|TUQ|Q)\.(?=\S)/.exec(text);
    if (squeezed) findings.push({ ruleId: 'signature.prefix', rule, found: text, expected: text.replace(/^(TM|KT|TL|TUQ|Q)\./, '$1. '), where });
  }
  return findings;
};

/** The signature block: a chức vụ (in capitals) and the signer's name under it (ND30 ô 7a–7b). */
export const signatureParts: TextRule = ({ profile, map }) => {
  if (map.kind === 'fragment') return [];
  const where = 'Chữ ký';
  const example = `"${profile.conventions.signer.onBehalfOf ? `${profile.authorityLabels['TM.'] ?? 'TM.'} ${profile.conventions.signer.onBehalfOf}` : profile.conventions.signer.position}" / "${profile.conventions.signer.position}" / chỗ ký / họ tên`;
  if (map.signature.filter((l) => l.line.mark !== 'signNote').length === 0)
    return [
      { ruleId: 'signature.missing', rule: 'Phần ký: quyền hạn, chức vụ, chữ ký, họ tên người ký', found: 'không có', expected: `ví dụ ${example}`, where },
    ];
  const findings: RuleFinding[] = [];
  // A quyền hạn line names the collective or the post signed for; the signer's own chức vụ stands below it.
  if (map.position.length === 0)
    findings.push({
      ruleId: 'signature.position',
      rule: 'Chức vụ của người ký (in hoa) dưới dòng quyền hạn',
      found: 'không có',
      expected: `ví dụ "${profile.conventions.signer.position}"`,
      where,
    });
  if (!map.signerName)
    findings.push({ ruleId: 'signature.name', rule: 'Họ tên người ký dưới chỗ ký', found: 'không có họ tên', expected: 'ví dụ "Nguyễn Văn An"', where });
  return findings;
};

const FILE_COPY = { state: /^Lưu\s*:\s*(VT|Văn thư)(?![\p{L}\p{M}\p{N}])/iu, party: /^Lưu\s+(?!:)(?!VT(?![\p{L}\p{M}\p{N}]))/u };

/** Nơi nhận: its label, one item a line from "-", each ending with ";", the last — the file copy — with "." (ND30 ô 9b; HD 05 ô 9). */
export const recipientsText: TextRule = ({ profile, map }) => {
  const where = 'Nơi nhận';
  const party = profile.family === 'party';
  const items = map.recipients;
  if (!map.recipientsLabel && items.length === 0) {
    return needsRecipients(map)
      ? [
          {
            ruleId: 'recipients.missing',
            rule: 'Có phần "Nơi nhận:" cuối văn bản',
            found: 'không có',
            expected: `Nơi nhận:\n- …;\n- ${profile.conventions.recipients[0] ?? 'Lưu: VT.'}`,
            where,
          },
        ]
      : [];
  }
  const findings: RuleFinding[] = [];
  if (map.recipientsLabel && !map.recipientsLabel.line.source.trim().endsWith(':'))
    findings.push({
      ruleId: 'recipients.colon',
      rule: '"Nơi nhận" có dấu hai chấm',
      found: map.recipientsLabel.line.source.trim(),
      expected: 'Nơi nhận:',
      where,
    });
  if (items.length === 0)
    return [
      ...findings,
      { ruleId: 'recipients.items', rule: 'Mỗi nơi nhận một dòng, bắt đầu bằng gạch đầu dòng', found: 'không có dòng nào', expected: '- …;', where },
    ];
  // The end mark of an item is on its last line.
  const typed = items.map((it) => ({
    first: it.item.line.source.trim(),
    last: (it.continued[it.continued.length - 1] ?? it.item).line.source.trim(),
    text: it.item.line.text,
  }));
  const lastItem = typed[typed.length - 1]!;
  const unended = typed.slice(0, -1).find((it) => !/[;:,]$/.test(it.last));
  if (unended)
    findings.push({
      ruleId: 'recipients.item-end',
      rule: 'Mỗi nơi nhận kết thúc bằng dấu chấm phẩy, dòng cuối bằng dấu chấm',
      found: unended.last,
      expected: `${unended.last.replace(/[.\s]+$/, '')};`,
      where,
    });
  else if (!/\.$/.test(lastItem.last))
    findings.push({
      ruleId: 'recipients.item-end',
      rule: 'Mỗi nơi nhận kết thúc bằng dấu chấm phẩy, dòng cuối bằng dấu chấm',
      found: lastItem.last,
      expected: `${lastItem.last.replace(/[;,\s]+$/, '')}.`,
      where,
    });
  const fileCopy = lastItem.text;
  if (!FILE_COPY[party ? 'party' : 'state'].test(fileCopy)) {
    const rest = fileCopy.replace(/^Lưu\s*:?\s*(VT|Văn thư)?[\s,]*/i, '').replace(/[.;]+$/, '');
    findings.push({
      ruleId: 'recipients.file-copy',
      rule: party ? 'Dòng cuối: "- Lưu Văn phòng …." (không dấu hai chấm, không "VT")' : 'Dòng cuối là bản lưu: "- Lưu: VT, …."',
      found: lastItem.first,
      expected: party ? `- Lưu Văn phòng${rest ? ` ${rest}` : ''}.` : `- Lưu: VT${rest ? `, ${rest}` : ''}.`,
      where,
    });
  }
  return findings;
};
