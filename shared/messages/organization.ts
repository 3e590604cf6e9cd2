/** What the clerk reads about the unit's own settings: "Đơn vị của tôi", its dictionary, its Bộ chỉ tiêu. */
import { notFoundMessage } from './common';

export const organizationMessages = {
  damaged: 'Thông tin đơn vị trong tệp dữ liệu bị hỏng. Hãy nhập lại ở màn hình "Đơn vị của tôi".',
  emptyDictionaryWord: 'Hãy gõ từ hoặc tên cần thêm vào từ điển riêng của đơn vị, ví dụ "Bắc Bình".',
};

export const indicatorSetMessages = {
  invalidField: (where: string, why: string) => `Bộ chỉ tiêu chưa đúng (${where || 'tệp'}): ${why}. Hãy sửa rồi lưu lại.`,
  problems: (problems: readonly string[]) => `Bộ chỉ tiêu chưa đúng: ${problems.join(' ')}`,
  notFound: notFoundMessage('bộ chỉ tiêu này'),
};
