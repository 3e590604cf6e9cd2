/** What the clerk reads about the office's shared library ("Thư viện dùng chung") and its server. */

export const serverMessages = {
  newerSchema: 'Máy chủ thư viện dùng chung đã được một phiên bản Soạn Báo Cáo mới hơn thiết lập. Hãy cập nhật Soạn Báo Cáo trên máy này rồi kết nối lại.',
  olderSchema: 'Máy chủ thư viện dùng chung cần được nâng cấp: nhờ văn thư hoặc cán bộ CNTT chạy "baocao server init" với phiên bản này.',
  emptySchema: 'Máy chủ chưa được thiết lập cho Soạn Báo Cáo: nhờ cán bộ CNTT chạy "baocao server init" trước.',
};
