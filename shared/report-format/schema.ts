/**
 * `baocao.report/1`: the public report file format, as a zod schema.
 *
 * This schema is the single source of truth: the JSON Schema shipped in
 * `baocao.report-1.schema.json` is generated from it (`npm run schema`, and a test keeps
 * the two in step), and every report file read by the app or the CLI is validated here.
 * Unknown fields are rejected (strict objects), as version 1 requires.
 */
import { z } from 'zod';
import { AUTHORITIES, PROFILE_IDS, SECTION_ROLES } from '../domain/vocabulary';

export const REPORT_FORMAT_ID = 'baocao.report/1';
/** Deepest nesting of parts: mục (1) → khoản (2) → điểm (3) → ý (4), as the editor allows. */
export const MAX_SECTION_DEPTH = 4;

/** Generous caps: a clerk never gets near them, a hostile file cannot exhaust memory. */
const LINE_MAX = 1_000;
const PARAGRAPH_MAX = 100_000;

const line = (max = LINE_MAX) => z.string().max(max);

const runSchema = z.strictObject({
  text: z.string().max(PARAGRAPH_MAX),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  /** A footnote (chú thích cuối trang) whose number stands right after this run's text. */
  footnote: z.string().min(1).max(PARAGRAPH_MAX).optional(),
});

const paragraphBlockSchema = z
  .strictObject({
    type: z.literal('paragraph'),
    text: z.string().max(PARAGRAPH_MAX).optional(),
    runs: z.array(runSchema).max(10_000).optional(),
    /**
     * A line set in the middle of the page, as the document wrote it: a quyết định's thẩm quyền
     * ban hành and its "QUYẾT ĐỊNH:", a sample layout shown in the text. Absent: justified.
     */
    align: z.literal('center').optional(),
  })
  .refine((p) => (p.text === undefined) !== (p.runs === undefined), {
    message: 'paragraph_text_or_runs',
  });

/**
 * A dash item: plain text (the common case), or runs with marks and a level — level 2 is the
 * "+" item under a "-" item, as reports nest them.
 */
const bulletItemSchema = z.union([
  z.string().max(PARAGRAPH_MAX),
  z.strictObject({
    runs: z.array(runSchema).max(10_000),
    level: z.union([z.literal(1), z.literal(2)]).optional(),
  }),
]);

const bulletsBlockSchema = z.strictObject({
  type: z.literal('bullets'),
  items: z.array(bulletItemSchema).max(10_000),
});

const tableBlockSchema = z.strictObject({
  type: z.literal('table'),
  caption: line().optional(),
  header: z.array(line()).min(1).max(50),
  rows: z.array(z.array(z.string().max(PARAGRAPH_MAX)).max(50)).max(10_000),
});

/**
 * An indicator table as data: each row may name its indicator's code (from a Bộ chỉ tiêu), with
 * the figures as written ("1.874", "82,5%"); the comparison column is worked out on export.
 * Rows without a code are plain rows. Figures from rows with codes are added up across units
 * when a higher level consolidates its units' reports.
 */
const indicatorRowSchema = z.strictObject({
  code: z.string().max(50).optional(),
  name: line(),
  unit: line(100).optional(),
  previous: line(100),
  current: line(100),
  /** Kế hoạch (the target), where the report compares with one. */
  plan: line(100).optional(),
});

const indicatorsBlockSchema = z.strictObject({
  type: z.literal('indicators'),
  caption: line().optional(),
  previousLabel: line(200),
  currentLabel: line(200),
  /** Set when the table has a Kế hoạch column. */
  planLabel: line(200).optional(),
  rows: z.array(indicatorRowSchema).max(1_000),
});

export const blockSchema = z.discriminatedUnion('type', [paragraphBlockSchema, bulletsBlockSchema, tableBlockSchema, indicatorsBlockSchema]);

type BlockInput = z.input<typeof blockSchema>;
type BlockOutput = z.output<typeof blockSchema>;

/** A phần / mục / khoản as stored in a file: a tree, numbered by position at export. */
export interface FileSection {
  role?: (typeof SECTION_ROLES)[number];
  title: string;
  blocks?: BlockOutput[];
  children?: FileSection[];
}
interface FileSectionInput {
  role?: (typeof SECTION_ROLES)[number];
  title: string;
  blocks?: BlockInput[];
  children?: FileSectionInput[];
}

const sectionSchema: z.ZodType<FileSection, FileSectionInput> = z.lazy(() =>
  z.strictObject({
    role: z.enum(SECTION_ROLES).optional(),
    title: line(),
    blocks: z.array(blockSchema).max(10_000).optional(),
    children: z.array(sectionSchema).max(1_000).optional(),
  }),
);

/** ISO calendar date, checked for a real day (no 31 June). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'iso_date' })
  .refine(
    (value) => {
      const [y, m, d] = value.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { message: 'iso_date' },
  );

export const headerSchema = z.strictObject({
  parentBody: line().optional(),
  // Required, but may be empty in a draft moved between machines; exporting to Word needs it.
  issuingBody: line(),
  number: line(20),
  symbol: line(100),
  place: line(200),
  date: isoDateSchema.nullable(),
  /**
   * A draft's date with the day left for the văn thư ("ngày    tháng 12 năm 2011"): its month
   * ("2011-12"), or only its year ("2012") when the month is blank too. Only with `date: null`.
   */
  dateMonth: z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, { message: 'date_month' })
    .optional(),
  docType: line(200).optional(),
  summary: line(2_000),
  /** Kính gửi: the bodies a report sent upward is addressed to (state-style profiles). */
  addressees: z.array(line()).max(30).optional(),
});

/** One person signing: quyền hạn, chức vụ, name. */
const signerSchema = z.strictObject({
  authority: z.enum(AUTHORITIES),
  onBehalfOf: line(),
  /**
   * A second quyền hạn line under the first, when a deputy signs for a collective or by order
   * ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"; "TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG").
   */
  secondAuthority: z.strictObject({ authority: z.enum(AUTHORITIES), onBehalfOf: line() }).optional(),
  position: line(),
  name: line(),
});

export const signatureSchema = signerSchema.extend({
  /**
   * Người ký cùng: those who sign beside the signer — a văn bản liên tịch's other bodies, a biên
   * bản's thư ký or members. In the order the document reads them; the signer stands at the right
   * of the first row (ND30: the body that leads signs on the right), the others to its left and
   * in the rows under it.
   */
  cosigners: z.array(signerSchema).max(12).optional(),
});

/** A phụ lục after the signature: numbered by the profile (I, II … or 1, 2 …), its own pages. */
const appendixSchema = z.strictObject({
  title: line(),
  /**
   * The line under the title as the document wrote it ("(Ban hành kèm theo Quyết định số …
   * của Chủ tịch UBND tỉnh)"); absent, it is written from the report's tên loại, number and date.
   */
  reference: line().optional(),
  blocks: z.array(blockSchema).max(10_000).optional(),
});

/** "parts": the top level is Phần thứ nhất, Phần thứ hai …, and I., II. restart in each. */
export const OUTLINES = ['sections', 'parts'] as const;

export const reportFileSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT_ID),
  profile: z.enum(PROFILE_IDS),
  kind: line(100).optional(),
  /** Kỳ báo cáo as the clerk named it ("6 tháng đầu năm 2026"): it travels with the report. */
  period: line(200).optional(),
  outline: z.enum(OUTLINES).optional(),
  header: headerSchema,
  /** Paragraphs before the first part: "Thực hiện …, … báo cáo … như sau:". */
  opening: z.array(blockSchema).max(1_000).optional(),
  sections: z.array(sectionSchema).max(1_000),
  /** Paragraphs after the last part: "Trên đây là báo cáo …". */
  closing: z.array(blockSchema).max(1_000).optional(),
  appendices: z.array(appendixSchema).max(50).optional(),
  signature: signatureSchema,
  recipients: z.array(line()).max(500),
});

export type ReportFile = z.output<typeof reportFileSchema>;
export type Block = z.output<typeof blockSchema>;
export type IndicatorsBlock = z.output<typeof indicatorsBlockSchema>;
export type IndicatorRowData = z.output<typeof indicatorRowSchema>;
export type Run = z.output<typeof runSchema>;
export type BulletItem = z.output<typeof bulletItemSchema>;
export type ReportHeader = z.output<typeof headerSchema>;
export type Signature = z.output<typeof signatureSchema>;
export type Signer = z.output<typeof signerSchema>;
export type Appendix = z.output<typeof appendixSchema>;
export type Outline = (typeof OUTLINES)[number];
