/**
 * For each kind of part: the questions a good answer covers, and a short example paragraph the
 * clerk can insert and adapt. Written for this app from the usual shape of báo cáo sơ kết,
 * tổng kết and định kỳ. The bracketed blanks ("[số]") must be replaced before export: the
 * checklist blocks a file that still has them.
 */
import type { SectionRole } from './vocabulary';

interface SectionGuidance {
  questions: string[];
  example: string;
}

export const SECTION_GUIDANCE: Record<SectionRole, SectionGuidance> = {
  dissemination: {
    questions: [
      'Đã tổ chức bao nhiêu hội nghị quán triệt, cho những đối tượng nào, tỷ lệ tham dự bao nhiêu?',
      'Tuyên truyền bằng những hình thức nào (hội nghị, loa truyền thanh, trang thông tin, mạng xã hội)?',
      'Đã ban hành những văn bản cụ thể hóa nào (số, ngày, tên)?',
      'Việc lãnh đạo, chỉ đạo, kiểm tra, giám sát được thực hiện ra sao?',
    ],
    example:
      'Ngay sau khi nhận được [tên văn bản], [đơn vị] đã tổ chức [số] hội nghị quán triệt cho [số] cán bộ, đảng viên, đạt [tỷ lệ]%; ban hành [số, ngày, tên văn bản cụ thể hóa] để triển khai thực hiện.',
  },
  results: {
    questions: [
      'Mỗi nhiệm vụ, giải pháp của văn bản đã làm được gì, có số liệu cụ thể không?',
      'So với chỉ tiêu, với đầu kỳ và với cùng kỳ năm trước thì tăng hay giảm bao nhiêu?',
      'Có mô hình, cách làm hay nào đáng nêu?',
      'Số liệu lấy từ nguồn nào?',
    ],
    example:
      'Kết quả: [chỉ tiêu] đạt [số], bằng [tỷ lệ]% kế hoạch, tăng [số] so với cùng kỳ năm [năm]. Mô hình [tên mô hình] được triển khai tại [nơi], mang lại [kết quả].',
  },
  assessment: {
    questions: ['Nhìn chung, văn bản được thực hiện đến đâu?', 'Điều gì nổi bật nhất, điều gì còn chưa đạt?'],
    example: 'Nhìn chung, qua [thời gian] thực hiện [tên văn bản], [đơn vị] đã [nhận định chung về kết quả].',
  },
  strengths: {
    questions: ['Hai đến bốn kết quả nổi bật nhất là gì?', 'Nhờ đâu mà đạt được?'],
    example: 'Công tác lãnh đạo, chỉ đạo được quan tâm; [kết quả nổi bật] được Nhân dân đồng tình, ủng hộ.',
  },
  limitations: {
    questions: ['Những việc nào chưa đạt hoặc đạt thấp, cụ thể ở đâu?', 'Hạn chế nào cần có giải pháp ở phần phương hướng?'],
    example: 'Việc [nội dung] còn chậm; [số] chỉ tiêu chưa đạt kế hoạch, nhất là [chỉ tiêu].',
  },
  causes: {
    questions: ['Nguyên nhân khách quan (điều kiện bên ngoài) là gì?', 'Nguyên nhân chủ quan (từ chính đơn vị) là gì?'],
    example: 'Nguyên nhân chủ quan là chủ yếu: [nội dung]; về khách quan, [nội dung].',
  },
  lessons: {
    questions: ['Điều gì đã làm tốt và nên tiếp tục áp dụng?', 'Điều gì cần tránh ở kỳ sau?'],
    example: 'Một là, [bài học]; hai là, [bài học].',
  },
  directions: {
    questions: ['Mục tiêu, chỉ tiêu cho kỳ tới là gì?', 'Mỗi hạn chế đã nêu được giải quyết bằng giải pháp nào, ai làm, bao giờ xong?'],
    example: 'Tiếp tục [nhiệm vụ], phấn đấu đến [thời hạn] đạt [chỉ tiêu]; tăng cường [giải pháp] để khắc phục [hạn chế].',
  },
  recommendations: {
    questions: ['Việc nào đơn vị không tự giải quyết được?', 'Đề xuất với cấp nào, cụ thể là gì?'],
    example: 'Đề nghị [cấp trên] quan tâm hỗ trợ [nội dung đề xuất] để [mục đích].',
  },
  other: {
    questions: ['Cấp trên yêu cầu báo cáo những nội dung gì ở phần này?'],
    example: '[Nội dung theo đề cương của cấp trên].',
  },
};

/** A blank the clerk still has to fill: "[…]" as the examples write them. */
export const BLANK_PATTERN = /\[[^\]\n]{1,80}\]/;
