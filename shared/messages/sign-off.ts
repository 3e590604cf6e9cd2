/** What the clerk reads about a bản trình sent to the leader, taken back, approved and published. */
export const signOffProblems = {
  notOurs:
    'Không nhận ra tệp này là bản trình của báo cáo nào (tệp không do “Xuất bản trình” tạo, hoặc đã được “Lưu thành” tệp khác mất thông tin). Hãy mở đúng tệp bản trình đã gửi lãnh đạo.',
  noReport: 'Báo cáo của bản trình này không còn trong danh sách (có thể đã xóa hẳn). Hãy khôi phục báo cáo rồi nhận lại.',
  noSubmission: (n: number) => `Không tìm thấy bản trình lần ${n} của báo cáo này.`,
  published: 'Báo cáo đã phát hành: không nhận sửa đổi vào bản đã phát hành. Hãy “Tạo phiên bản mới” rồi nhận lại.',
  damagedSubmission: 'Bản trình đã lưu bị hỏng; hãy khôi phục từ bản sao lưu.',
  publishNeedsNumber: 'Phát hành cần số và ngày văn bản do văn thư cấp: hãy nhập cả hai.',
};
