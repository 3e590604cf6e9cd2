/**
 * What belongs in each kind of part, said briefly for the step screen. Written for this app
 * from the usual shape of báo cáo sơ kết, tổng kết and định kỳ (see docs/glossary.md).
 */
import type { SectionRole } from './vocabulary';

export const SECTION_HINTS: Record<SectionRole, string> = {
  dissemination:
    'Nêu cách đơn vị tổ chức quán triệt, tuyên truyền văn bản: số hội nghị, số người và tỷ lệ tham dự, hình thức tuyên truyền. Kể các văn bản cụ thể hóa đã ban hành (số, ngày, tên), rồi việc lãnh đạo, chỉ đạo, kiểm tra, giám sát.',
  results:
    'Mỗi nhiệm vụ, giải pháp của văn bản được sơ kết là một mục con, theo đúng thứ tự trong văn bản. Với từng mục: đã làm gì, số liệu cụ thể, so sánh với chỉ tiêu, với đầu kỳ và cùng kỳ; nêu mô hình, cách làm hay và nguồn số liệu.',
  assessment: 'Đánh giá chung gồm ưu điểm, hạn chế, nguyên nhân và bài học. Viết kết luận khái quát, không nhắc lại số liệu của phần kết quả.',
  strengths: 'Hai đến bốn nhận định về kết quả nổi bật, mỗi nhận định một đoạn ngắn. Không liệt kê lại từng việc đã làm.',
  limitations: 'Nêu hạn chế, tồn tại cụ thể và thẳng thắn; mỗi hạn chế nên có nguyên nhân ở mục sau và giải pháp ở phần phương hướng.',
  causes: 'Chia nguyên nhân khách quan (điều kiện bên ngoài) và chủ quan (từ chính đơn vị); nguyên nhân chủ quan thường là chủ yếu.',
  lessons: 'Những bài học ngắn gọn, khái quát, có thể áp dụng cho kỳ sau.',
  directions:
    'Nêu mục tiêu, chỉ tiêu rồi các nhiệm vụ, giải pháp. Gắn mỗi giải pháp với một hạn chế đã nêu; có số liệu, thời hạn. Mở đầu mỗi ý bằng động từ: "Tiếp tục…", "Đẩy mạnh…", "Tăng cường…".',
  recommendations: 'Chỉ đề xuất những việc đơn vị không tự giải quyết được (chính sách, kinh phí, biên chế, phối hợp) và ghi rõ kiến nghị với cấp nào.',
  other: 'Nội dung của phần này theo đề cương hoặc yêu cầu của cấp trên.',
};
