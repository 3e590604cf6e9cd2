/** What the higher level's desk says when a unit's file or a consolidation cannot be used. */
import { notFoundMessage } from './common';

export const unitFileProblems = {
  unknownKind: 'Chỉ nhận gói báo cáo (.baocao), tệp báo cáo (.json), tệp Word (.docx, .doc), tệp PDF có chữ hoặc biểu mẫu Excel (.xlsx, .xls).',
  alreadyAdded: 'Báo cáo này đã có trong đợt tổng hợp.',
  /** `problems`: what the report format found wrong, already in sentences. */
  badReport: (problems: string) => `${problems} Hãy sửa tệp rồi thêm lại.`,
};

export const consolidationMessages = {
  notFound: notFoundMessage('đợt tổng hợp này'),
  nothingReceived: 'Chưa có báo cáo của đơn vị nào: hãy thêm báo cáo các đơn vị gửi lên trước.',
};
