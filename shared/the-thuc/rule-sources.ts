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
  ['header.issuing', 'ô 2 (tên cơ quan ban hành)'],
  ['number.', 'ô 3 (số, ký hiệu)'],
  ['date.', 'ô 4 (địa danh, ngày tháng)'],
  ['title.', 'ô 5a (tên loại, trích yếu)'],
  ['kinh-gui', 'ô 9a (Kính gửi)'],
  ['body.', 'ô 6 (nội dung)'],
  ['table.', 'ô 6 (bảng số liệu trong nội dung; thực hành trình bày)'],
  ['signature.', 'ô 7a–7c (quyền hạn, chức vụ, chữ ký, họ tên)'],
  ['last-page.', 'ô 7–9 (chữ ký, nơi nhận đi cùng nội dung)'],
  ['recipients.', 'ô 9b (nơi nhận)'],
  ['page-number.', 'số trang'],
];

export function ruleSource(ruleId: string, profile: Pick<LayoutProfile, 'citation'>): string {
  const item = ITEMS.find(([prefix]) => ruleId.startsWith(prefix))?.[1];
  return item ? `${profile.citation}, ${item}` : profile.citation;
}
