/**
 * Where each rule of the checker is written, by the first part of its id: the item of the
 * layout rule (ô số of ND30 Phụ lục I, Mục IV, or of HD 05's Phụ lục 1, which numbers the same
 * boxes), put after the profile's citation. One table, so every finding names its source.
 */
import type { LayoutProfile } from './layout-profile';

const ITEMS: [prefix: string, item: string][] = [
  ['page.', 'khổ giấy, lề trang'],
  ['font.', 'phông chữ'],
  ['header.table', 'ô 1–4 (bố cục phần đầu)'],
  ['header.wrap', 'ô 1–4 (mỗi thành phần trên một dòng)'],
  ['header.national', 'ô 1 (quốc hiệu / tiêu đề)'],
  ['header.motto', 'ô 1 (tiêu ngữ)'],
  ['header.parent', 'ô 2 (tên cơ quan chủ quản)'],
  ['header.issuing', 'ô 2 (tên cơ quan ban hành)'],
  ['number.', 'ô 3 (số, ký hiệu)'],
  ['date.', 'ô 4 (địa danh, ngày tháng)'],
  ['title.', 'ô 5a (tên loại, trích yếu)'],
  ['kinh-gui', 'ô 9a (Kính gửi)'],
  ['summary.', 'ô 5b (trích yếu của công văn)'],
  ['content.', 'ô 6 (kết thúc nội dung)'],
  ['numbering.', 'ô 6 (bố cục nội dung)'],
  ['profile.', 'thể thức văn bản'],
  ['document.', 'các thành phần thể thức'],
  ['body.', 'ô 6 (nội dung)'],
  ['table.', 'thực hành trình bày bảng số liệu (Nghị định 30 không quy định)'],
  ['signature.', 'ô 7a–7c (quyền hạn, chức vụ, chữ ký, họ tên)'],
  ['last-page.', 'ô 7–9 (chữ ký, nơi nhận đi cùng nội dung)'],
  ['recipients.', 'ô 9b (nơi nhận)'],
  ['page-number.', 'số trang'],
];

/** Findings with no rule behind them, only practice: advice. */
const PRACTICE = ['table.'];

export function ruleBasis(ruleId: string): 'rule' | 'practice' {
  return PRACTICE.some((prefix) => ruleId.startsWith(prefix)) ? 'practice' : 'rule';
}

export function ruleSource(ruleId: string, profile: Pick<LayoutProfile, 'citation'>): string {
  const item = ITEMS.find(([prefix]) => ruleId.startsWith(prefix))?.[1];
  if (ruleBasis(ruleId) === 'practice') return item ?? 'thực hành trình bày';
  return item ? `${profile.citation}, ${item}` : profile.citation;
}
