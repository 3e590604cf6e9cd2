/** Header names in capitals → names inside a sentence, as Nghị định 30, Phụ lục II writes them. */
import { describe, expect, it } from 'vitest';
import { inSentenceName } from '#shared/text/organization-names';

const NAMES: [string, string][] = [
  // State bodies
  ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 'Ủy ban nhân dân tỉnh Quảng Ngãi'],
  ['ỦY BAN NHÂN DÂN PHƯỜNG NGHĨA LỘ', 'Ủy ban nhân dân phường Nghĩa Lộ'],
  ['UBND PHƯỜNG PHÚ THỦY', 'Ủy ban nhân dân phường Phú Thủy'],
  ['UBND XÃ AN HẢI', 'Ủy ban nhân dân xã An Hải'],
  ['HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA', 'Hội đồng nhân dân tỉnh Sơn La'],
  ['HĐND XÃ TỊNH KHÊ', 'Hội đồng nhân dân xã Tịnh Khê'],
  ['SỞ TÀI CHÍNH', 'Sở Tài chính'],
  ['SỞ NỘI VỤ', 'Sở Nội vụ'],
  ['SỞ NỘI VỤ TỈNH QUẢNG NGÃI', 'Sở Nội vụ tỉnh Quảng Ngãi'],
  ['SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'Sở Kế hoạch và Đầu tư'],
  ['SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NAM ĐỊNH', 'Sở Giáo dục và Đào tạo tỉnh Nam Định'],
  ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Sở Lao động - Thương binh và Xã hội'],
  ['BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Bộ Tài nguyên và Môi trường'],
  ['BỘ NỘI VỤ', 'Bộ Nội vụ'],
  ['VĂN PHÒNG UBND TỈNH', 'Văn phòng Ủy ban nhân dân tỉnh'],
  ['VĂN PHÒNG HĐND VÀ UBND XÃ BÌNH SƠN', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Bình Sơn'],
  ['PHÒNG VĂN HÓA - XÃ HỘI', 'Phòng Văn hóa - Xã hội'],
  ['PHÒNG KINH TẾ', 'Phòng Kinh tế'],
  ['CÔNG AN TỈNH QUẢNG NGÃI', 'Công an tỉnh Quảng Ngãi'],
  ['CÔNG AN XÃ AN HẢI', 'Công an xã An Hải'],
  ['BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG NGÃI', 'Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi'],
  ['BAN CHỈ HUY QUÂN SỰ XÃ TỊNH KỲ', 'Ban Chỉ huy Quân sự xã Tịnh Kỳ'],
  ['TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH', 'Trung tâm Phục vụ hành chính công tỉnh'],
  ['TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN DU', 'Trường Trung học cơ sở Nguyễn Du'],
  ['TRƯỜNG THCS NGUYỄN DU', 'Trường Trung học cơ sở Nguyễn Du'],
  ['TRƯỜNG TIỂU HỌC AN HẢI', 'Trường Tiểu học An Hải'],
  ['TRƯỜNG MẦM NON HOA SEN', 'Trường Mầm non Hoa Sen'],
  ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'Ủy ban nhân dân Thành phố Hồ Chí Minh'],
  ['UBND PHƯỜNG 1', 'Ủy ban nhân dân Phường 1'],
  ['ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG', 'Ủy ban nhân dân thành phố Đà Nẵng'],
  ['ỦY BAN NHÂN DÂN ĐẶC KHU LÝ SƠN', 'Ủy ban nhân dân đặc khu Lý Sơn'],
  ['UBND TT CHÂU Ổ', 'Ủy ban nhân dân thị trấn Châu Ổ'],
  // Party
  ['ĐẢNG ỦY XÃ AN HẢI', 'Đảng ủy xã An Hải'],
  ['BAN THƯỜNG VỤ ĐẢNG ỦY XÃ', 'Ban Thường vụ Đảng ủy xã'],
  ['BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG TRƯƠNG QUANG TRỌNG', 'Ban Thường vụ Đảng ủy phường Trương Quang Trọng'],
  ['ĐẢNG BỘ TỈNH QUẢNG NGÃI', 'Đảng bộ tỉnh Quảng Ngãi'],
  ['TỈNH ỦY QUẢNG NGÃI', 'Tỉnh ủy Quảng Ngãi'],
  ['BAN THƯỜNG VỤ TỈNH ỦY', 'Ban Thường vụ Tỉnh ủy'],
  ['CHI BỘ THÔN 3', 'Chi bộ thôn 3'],
  ['CHI BỘ THÔN AN PHÚ', 'Chi bộ thôn An Phú'],
  ['CHI BỘ TRƯỜNG TIỂU HỌC AN HẢI', 'Chi bộ Trường Tiểu học An Hải'],
  ['ỦY BAN KIỂM TRA ĐẢNG ỦY XÃ', 'Ủy ban Kiểm tra Đảng ủy xã'],
  ['BAN TUYÊN GIÁO VÀ DÂN VẬN', 'Ban Tuyên giáo và Dân vận'],
  ['BAN TỔ CHỨC TỈNH ỦY', 'Ban Tổ chức Tỉnh ủy'],
  ['VĂN PHÒNG TỈNH ỦY', 'Văn phòng Tỉnh ủy'],
  ['ĐẢNG ỦY CƠ QUAN SỞ NỘI VỤ', 'Đảng ủy cơ quan Sở Nội vụ'],
  ['BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM', 'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam'],
  ['VĂN PHÒNG TRUNG ƯƠNG ĐẢNG', 'Văn phòng Trung ương Đảng'],
  // Mặt trận and its members
  ['MẶT TRẬN TỔ QUỐC VIỆT NAM', 'Mặt trận Tổ quốc Việt Nam'],
  ['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NGÃI', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi'],
  ['ỦY BAN MTTQ VIỆT NAM XÃ AN HẢI', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã An Hải'],
  ['ỦY BAN MTTQVN PHƯỜNG NGHĨA LỘ', 'Ủy ban Mặt trận Tổ quốc Việt Nam phường Nghĩa Lộ'],
  ['BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã'],
  ['HỘI LIÊN HIỆP PHỤ NỮ XÃ AN HẢI', 'Hội Liên hiệp Phụ nữ xã An Hải'],
  ['HỘI NÔNG DÂN TỈNH QUẢNG NGÃI', 'Hội Nông dân tỉnh Quảng Ngãi'],
  ['HỘI CỰU CHIẾN BINH PHƯỜNG PHÚ THỦY', 'Hội Cựu chiến binh phường Phú Thủy'],
  ['HỘI CHỮ THẬP ĐỎ TỈNH', 'Hội Chữ thập đỏ tỉnh'],
  // Đoàn
  ['ĐOÀN TNCS HỒ CHÍ MINH', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
  ['BAN CHẤP HÀNH ĐOÀN XÃ AN HẢI', 'Ban Chấp hành Đoàn xã An Hải'],
  ['BCH ĐOÀN PHƯỜNG NGHĨA LỘ', 'Ban Chấp hành Đoàn phường Nghĩa Lộ'],
  ['TỈNH ĐOÀN QUẢNG NGÃI', 'Tỉnh đoàn Quảng Ngãi'],
  // Công đoàn
  ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN BẮC BÌNH', 'Liên đoàn Lao động huyện Bắc Bình'],
  ['LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NGÃI', 'Liên đoàn Lao động tỉnh Quảng Ngãi'],
  ['LĐLĐ TỈNH QUẢNG NGÃI', 'Liên đoàn Lao động tỉnh Quảng Ngãi'],
  ['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', 'Tổng Liên đoàn Lao động Việt Nam'],
  ['CÔNG ĐOÀN VIÊN CHỨC TỈNH', 'Công đoàn Viên chức tỉnh'],
  ['CÔNG ĐOÀN NGÀNH GIÁO DỤC', 'Công đoàn ngành Giáo dục'],
  ['BCH CÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS NGUYỄN DU', 'Ban Chấp hành Công đoàn cơ sở Trường Trung học cơ sở Nguyễn Du'],
  ['BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG TỈNH', 'Ban Thường vụ Liên đoàn Lao động tỉnh'],
];

describe('inSentenceName', () => {
  it('has at least 60 real names under test', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(60);
  });
  for (const [header, sentence] of NAMES) {
    it(`${header} → ${sentence}`, () => {
      expect(inSentenceName(header)).toBe(sentence);
    });
  }
  it('keeps a name already typed in mixed case, and tidies spaces', () => {
    expect(inSentenceName('Ủy ban nhân dân xã Tịnh Khê')).toBe('Ủy ban nhân dân xã Tịnh Khê');
    expect(inSentenceName('  SỞ   NỘI VỤ ')).toBe('Sở Nội vụ');
    expect(inSentenceName('')).toBe('');
  });
});
