/**
 * fast-check generators of hostile reports: any text a clerk could type or paste (control
 * characters, lone surrogates, emoji, right-to-left and CJK text, XML-looking text, very long
 * paragraphs), deep trees, wide tables, every profile and layout option.
 */
import fc from 'fast-check';
import { AUTHORITIES, PROFILE_IDS } from '#shared/domain/vocabulary';
import type { Block, FileSection, ReportFile } from '#shared/report-format/schema';

const NASTY = [
  '\u0000\u0001\u0008\u000B\u000C\u001F',
  '\uD800',
  '\uDFFF',
  '\uFFFE\uFFFF',
  '<w:p>&amp;</w:t>',
  ']]>',
  '"\'&<>',
  '🎉👨‍👩‍👧‍👦',
  'مرحبا',
  'שלום',
  '中文字符',
  'Ṱ̈́̾ẖ̤e̙ ̘̮z̟a̘lg̰o',
  '\t\t',
  '\r\n',
  '\n\n\n',
  ' ',
  '',
  'Nghệ'.normalize('NFD'),
  'Cộng hòa xã hội chủ nghĩa Việt Nam',
  'ĐOÀN TNCS',
  'Số: 5/BC',
  'Kính gửi:',
  '- Lưu: VT',
];

export const anyText = (maxLength = 200) =>
  fc
    .oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength }) },
      { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
      { weight: 2, arbitrary: fc.array(fc.constantFrom(...NASTY, 'báo cáo', 'kết quả', '1.523', '0,88%'), { maxLength: 12 }).map((a) => a.join(' ')) },
      // Cutting at a code unit may split a surrogate pair: one more kind of hostile text.
    )
    .map((t) => t.slice(0, maxLength));

const longText = fc.integer({ min: 1, max: 3 }).map((n) => 'Đoạn văn rất dài về kết quả thực hiện nhiệm vụ. '.repeat(n * 400));

const block: fc.Arbitrary<Block> = fc.oneof<fc.Arbitrary<Block>[]>(
  anyText().map((text) => ({ type: 'paragraph' as const, text })),
  fc
    .array(fc.record({ text: anyText(60), bold: fc.boolean(), italic: fc.boolean(), underline: fc.boolean() }), { minLength: 1, maxLength: 5 })
    .map((runs) => ({ type: 'paragraph' as const, runs })),
  fc
    .array(
      fc.oneof(
        anyText(80),
        fc.record({
          runs: fc.array(fc.record({ text: anyText(40), bold: fc.boolean(), italic: fc.boolean(), underline: fc.boolean() }), { minLength: 1, maxLength: 3 }),
          level: fc.constantFrom(1 as const, 2 as const),
        }),
      ),
      { maxLength: 6 },
    )
    .map((items) => ({ type: 'bullets' as const, items })),
  fc.integer({ min: 1, max: 9 }).chain((columns) =>
    fc.record({
      type: fc.constant('table' as const),
      caption: fc.option(anyText(60), { nil: undefined }),
      header: fc.array(anyText(20), { minLength: columns, maxLength: columns }),
      rows: fc.array(fc.array(fc.oneof(anyText(20), fc.constantFrom('1.523', '0,88%', '-12', '2,5 lần')), { minLength: 0, maxLength: columns + 1 }), {
        maxLength: 6,
      }),
    }),
  ),
  longText.map((text) => ({ type: 'paragraph' as const, text })),
);

const sections: fc.Arbitrary<FileSection[]> = fc.letrec<{ section: FileSection; list: FileSection[] }>((tie) => ({
  section: fc.record({
    title: anyText(80),
    blocks: fc.array(block, { maxLength: 3 }),
    children: fc.oneof({ depthSize: 'small', maxDepth: 3 }, fc.constant<FileSection[]>([]), tie('list')),
  }),
  list: fc.array(tie('section'), { maxLength: 3 }),
})).list;

const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

export const hostileReport: fc.Arbitrary<ReportFile> = fc.record({
  format: fc.constant('baocao.report/1' as const),
  profile: fc.constantFrom(...PROFILE_IDS),
  kind: fc.constant('so-ket-nghi-quyet'),
  outline: fc.constantFrom('sections' as const, 'parts' as const),
  header: fc.record({
    parentBody: anyText(100),
    issuingBody: anyText(100).map((t) => `CƠ QUAN ${t}`),
    number: fc.constantFrom('', '1', '5', '15', '123'),
    symbol: anyText(30),
    place: anyText(40),
    date: fc.option(isoDate, { nil: null }),
    docType: fc.constant('BÁO CÁO'),
    summary: anyText(300),
    addressees: fc.array(anyText(60), { maxLength: 4 }),
  }),
  sections,
  appendices: fc.array(fc.record({ title: anyText(60), blocks: fc.array(block, { maxLength: 2 }) }), { maxLength: 2 }),
  signature: fc.record({ authority: fc.constantFrom(...AUTHORITIES), onBehalfOf: anyText(40), position: anyText(40), name: anyText(40) }),
  recipients: fc.array(anyText(60), { maxLength: 5 }),
});
