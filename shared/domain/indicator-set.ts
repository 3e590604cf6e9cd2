/**
 * "Bộ chỉ tiêu": the indicators a unit reports on, each with a code, a name, a unit of measure
 * and how figures of several units add up:
 * - sum: added up (số hồ sơ, số hộ, kinh phí);
 * - weighted: an average weighted by another indicator (điểm bình quân, weighted by số học sinh);
 * - rate: recomputed from its numerator and denominator indicators (tỷ lệ hồ sơ đúng hạn =
 *   hồ sơ đúng hạn / hồ sơ giải quyết × 100) — never an average of percentages;
 * - text: not added up (a name, a remark).
 * A set travels in report packages (`indicators.json`), so the level above can send its set down.
 */
import { z } from 'zod';
import { AppError } from '../contract/errors';
import { indicatorSetMessages } from '../messages/organization';
import { foldVietnamese } from '../text/fold';

export const INDICATOR_SET_FORMAT = 'baocao.indicators/1';
export const AGGREGATIONS = ['sum', 'weighted', 'rate', 'text'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export const AGGREGATION_LABELS: Record<Aggregation, string> = {
  sum: 'Cộng dồn',
  weighted: 'Bình quân có trọng số',
  rate: 'Tỷ lệ tính lại từ tử số, mẫu số',
  text: 'Chữ (không cộng)',
};

const code = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(/^[\p{L}\p{N}._-]+$/u, { message: 'indicator_code' });

const indicatorDefinitionSchema = z
  .strictObject({
    code,
    name: z.string().trim().min(1).max(500),
    unit: z.string().max(100).optional(),
    aggregate: z.enum(AGGREGATIONS),
    /** weighted: the indicator whose figures weigh each unit's value. */
    weightCode: code.optional(),
    /** rate: numerator and denominator indicators, and the factor (100 for %). */
    numeratorCode: code.optional(),
    denominatorCode: code.optional(),
    scale: z.number().positive().max(1_000_000).optional(),
  })
  .refine((d) => d.aggregate !== 'weighted' || d.weightCode !== undefined, { message: 'weighted_needs_weight' })
  .refine((d) => d.aggregate !== 'rate' || (d.numeratorCode !== undefined && d.denominatorCode !== undefined), { message: 'rate_needs_parts' });

export const indicatorSetSchema = z.strictObject({
  format: z.literal(INDICATOR_SET_FORMAT),
  /** "Bộ chỉ tiêu báo cáo định kỳ cấp xã". */
  name: z.string().trim().min(1).max(300),
  /** Who issued it (the unit itself, or the level above that sent it down). */
  issuedBy: z.string().max(500).optional(),
  indicators: z.array(indicatorDefinitionSchema).max(500),
});

export type IndicatorDefinition = z.output<typeof indicatorDefinitionSchema>;
export type IndicatorSet = z.output<typeof indicatorSetSchema>;

/** Problems a set has beyond its shape: repeated codes, and weights or parts that are not in the set. */
export function indicatorSetProblems(set: IndicatorSet): string[] {
  const problems: string[] = [];
  const codes = new Set<string>();
  for (const d of set.indicators) {
    if (codes.has(d.code)) problems.push(`Mã “${d.code}” bị trùng.`);
    codes.add(d.code);
  }
  for (const d of set.indicators) {
    for (const [what, ref] of [
      ['trọng số', d.weightCode],
      ['tử số', d.numeratorCode],
      ['mẫu số', d.denominatorCode],
    ] as const) {
      if (ref !== undefined && !codes.has(ref)) problems.push(`Chỉ tiêu “${d.code}”: ${what} “${ref}” không có trong bộ chỉ tiêu.`);
    }
  }
  return problems;
}

/**
 * How an indicator's name is compared with a row typed by hand: no marks, case or spacing, and
 * the words clerks add or spell otherwise left out ("Số hồ sơ …" is "Hồ sơ …", "Tỉ lệ" is "Tỷ lệ").
 */
function nameKey(name: string): string {
  return foldVietnamese(name)
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .replace(/^(so|tong so|so luong)\s+/, '')
    .replace(/\bti le\b/g, 'ty le')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The set's indicator a row without code stands for: the one whose name is the row's (one only), or null. */
export function matchIndicatorByName(set: Pick<IndicatorSet, 'indicators'>, rowName: string): IndicatorDefinition | null {
  return indicatorsByName(set)(rowName);
}

/** matchIndicatorByName for many rows (a sheet of hundreds): the set's names keyed once. */
export function indicatorsByName(set: Pick<IndicatorSet, 'indicators'>): (rowName: string) => IndicatorDefinition | null {
  const byKey = new Map<string, IndicatorDefinition[]>();
  for (const d of set.indicators) byKey.set(nameKey(d.name), [...(byKey.get(nameKey(d.name)) ?? []), d]);
  return (rowName) => {
    const wanted = nameKey(rowName);
    const found = wanted === '' ? undefined : byKey.get(wanted);
    return found?.length === 1 ? found[0]! : null;
  };
}

/** A set read from anywhere (the clerk, a package, a file): its shape, then its references. */
export function checkIndicatorSet(value: unknown): IndicatorSet {
  const parsed = indicatorSetSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    const why =
      issue?.message === 'indicator_code'
        ? 'mã chỉ tiêu chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới'
        : issue?.message === 'weighted_needs_weight'
          ? 'chỉ tiêu bình quân có trọng số cần chọn chỉ tiêu làm trọng số'
          : issue?.message === 'rate_needs_parts'
            ? 'chỉ tiêu tỷ lệ cần chọn tử số và mẫu số'
            : 'thiếu hoặc sai dữ liệu';
    throw new AppError('validation', indicatorSetMessages.invalidField(where, why));
  }
  const problems = indicatorSetProblems(parsed.data);
  if (problems.length > 0) throw new AppError('validation', indicatorSetMessages.problems(problems));
  return parsed.data;
}
