/**
 * Reports of communes (xã, phường) for consolidation tests and the bench: each with an indicator
 * table on a shared Bộ chỉ tiêu, varied figures and its own texts, packed as a .baocao the way
 * the commune's app would send it.
 */
import type { ReportFile } from '#shared/report-format/schema';
import { REPORT_FORMAT_ID } from '#shared/report-format/schema';
import { INDICATOR_SET_FORMAT, type IndicatorSet } from '#shared/domain/indicator-set';
import { writePackage } from '../../electron/core/packages/package-file';
import { writeFigure } from '#shared/consolidation/figures';

const NAMES = [
  'An Phú',
  'Phú Hòa',
  'Tân Lập',
  'Bình Minh',
  'Hòa Bình',
  'Tân Thành',
  'Nghĩa Lộ',
  'Trương Quang Trọng',
  'Tịnh Phong',
  'Đức Phổ',
  'Sơn Tịnh',
  'Mộ Đức',
  'Lý Sơn',
  'Ba Tơ',
  'Minh Long',
  'Sơn Hà',
  'Trà Bồng',
  'Bình Sơn',
  'Nghĩa Hành',
  'Tư Nghĩa',
];

export const communeName = (i: number) => `Xã ${NAMES[i % NAMES.length]}${i >= NAMES.length ? ` ${Math.floor(i / NAMES.length) + 1}` : ''}`;

/** A set of `count` indicators: sums in pairs, each pair followed by the rate of the two, and a weighted average. */
export function communeIndicatorSet(count = 6): IndicatorSet {
  const indicators: IndicatorSet['indicators'] = [
    { code: 'DAN_SO', name: 'Dân số', unit: 'người', aggregate: 'sum' },
    { code: 'BQ_THU_NHAP', name: 'Thu nhập bình quân đầu người', unit: 'triệu đồng', aggregate: 'weighted', weightCode: 'DAN_SO' },
  ];
  for (let n = 1; indicators.length < count; n += 1) {
    indicators.push({ code: `HS${n}`, name: `Hồ sơ lĩnh vực ${n} tiếp nhận`, unit: 'hồ sơ', aggregate: 'sum' });
    if (indicators.length < count) indicators.push({ code: `HS${n}_DH`, name: `Hồ sơ lĩnh vực ${n} đúng hạn`, unit: 'hồ sơ', aggregate: 'sum' });
    if (indicators.length < count)
      indicators.push({
        code: `TL${n}`,
        name: `Tỷ lệ hồ sơ lĩnh vực ${n} đúng hạn`,
        unit: '%',
        aggregate: 'rate',
        numeratorCode: `HS${n}_DH`,
        denominatorCode: `HS${n}`,
        scale: 100,
      });
  }
  return { format: INDICATOR_SET_FORMAT, name: 'Bộ chỉ tiêu báo cáo quý cấp xã', issuedBy: 'UBND tỉnh Quảng Ngãi', indicators: indicators.slice(0, count) };
}

/** The figures of commune `i` for indicator `code`: deterministic, varied, rates agreeing with their parts. */
export function communeFigure(set: IndicatorSet, i: number, code: string, period: 'previous' | 'current'): number {
  const d = set.indicators.find((x) => x.code === code)!;
  const k = set.indicators.indexOf(d) + 1;
  const base = ((i * 37 + k * 101) % 400) + 100 + (period === 'current' ? 20 + (i % 7) : 0);
  if (d.code === 'DAN_SO') return base * 25;
  if (d.aggregate === 'weighted') return 30 + ((i * 7 + k) % 40) + (period === 'current' ? 2 : 0);
  if (d.aggregate === 'rate') return (communeFigure(set, i, d.numeratorCode!, period) / communeFigure(set, i, d.denominatorCode!, period)) * (d.scale ?? 100);
  if (code.endsWith('_DH')) return Math.floor(communeFigure(set, i, code.replace(/_DH$/, ''), period) * (0.8 + ((i + k) % 20) / 100));
  return base;
}

/** The consolidated figure of some communes, as the screen writes it: each commune's figure as it reports it (rounded), added up. */
export function communeTotal(set: IndicatorSet, code: string, communes: readonly number[], period: 'previous' | 'current' = 'current'): string {
  const asReported = (i: number) =>
    Number(
      writeFigure(communeFigure(set, i, code, period))
        .replace(/\./g, '')
        .replace(',', '.'),
    );
  return writeFigure(communes.reduce((sum, i) => sum + asReported(i), 0));
}

export function communeReport(set: IndicatorSet, i: number, options: { skip?: string[] } = {}): ReportFile {
  const name = communeName(i);
  const rows = set.indicators
    .filter((d) => !(options.skip ?? []).includes(d.code))
    .map((d) => ({
      code: d.code,
      name: d.name,
      ...(d.unit ? { unit: d.unit } : {}),
      previous: writeFigure(communeFigure(set, i, d.code, 'previous')),
      current: writeFigure(communeFigure(set, i, d.code, 'current')),
    }));
  return {
    format: REPORT_FORMAT_ID,
    profile: 'state',
    kind: 'dinh-ky',
    period: 'quý II năm 2026',
    header: {
      parentBody: 'UBND TỈNH QUẢNG NGÃI',
      issuingBody: `ỦY BAN NHÂN DÂN ${name.toLocaleUpperCase('vi-VN')}`,
      number: String(10 + i),
      symbol: 'BC-UBND',
      place: name.replace(/^Xã /, ''),
      date: '2026-07-03',
      docType: 'BÁO CÁO',
      summary: 'Kết quả công tác quý II năm 2026; phương hướng, nhiệm vụ quý III năm 2026',
    },
    sections: [
      {
        role: 'results',
        title: 'Kết quả thực hiện nhiệm vụ',
        blocks: [
          { type: 'paragraph', text: `${name} tiếp tục đẩy mạnh cải cách hành chính, giải quyết hồ sơ đúng hạn.` },
          { type: 'indicators', previousLabel: 'Quý I năm 2026', currentLabel: 'Quý II năm 2026', rows },
        ],
      },
      { role: 'limitations', title: 'Hạn chế, tồn tại', blocks: [{ type: 'paragraph', text: `Ở ${name}, hạ tầng mạng tại ${(i % 5) + 1} thôn còn yếu.` }] },
      { role: 'directions', title: 'Phương hướng, nhiệm vụ quý III năm 2026', blocks: [{ type: 'bullets', items: [`${name} tập trung số hóa hồ sơ.`] }] },
    ],
    signature: { authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
    recipients: ['UBND tỉnh (b/c)', 'Lưu: VT.'],
  };
}

/** Commune `i`'s report packed as its app would send it, made at `sentAt`. */
export function communePackage(set: IndicatorSet, i: number, sentAt: Date, options: { skip?: string[]; word?: Uint8Array } = {}): Uint8Array {
  return writePackage(
    {
      report: communeReport(set, i, options),
      ...(options.word ? { word: { name: 'bao-cao.docx', bytes: options.word } } : {}),
      indicators: set,
      attachments: [],
    },
    { appVersion: 'test', createdAt: sentAt, reportId: `xa-${i}`, revision: 1, lineage: [] },
  ).bytes;
}
