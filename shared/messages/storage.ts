/**
 * What the clerk reads about the data file, the disk and backups. SQLite and the file system
 * report the same few situations under many codes; each situation has one message that says
 * what to do, and none of them is "restart the app".
 */
/** The few situations the disk reports, under whatever code. */
export const STORAGE_PROBLEMS = ['disk-full', 'read-only', 'locked', 'disk-error', 'cannot-open'] as const;
export type StorageProblem = (typeof STORAGE_PROBLEMS)[number];

/**
 * How the clerk tries again once the problem is put right, with the button she actually has:
 * an autosave shows "Thử lưu lại" and keeps the text on screen; a backup is "Sao lưu ngay" again;
 * anything else is done again.
 */
export interface Retry {
  step: string;
  /** The unsaved text is still on the screen (true only of the editor's autosave). */
  keepsUnsaved: boolean;
}

export const RETRY = {
  save: { step: 'bấm "Thử lưu lại"', keepsUnsaved: true },
  backup: { step: 'bấm "Sao lưu ngay" lần nữa', keepsUnsaved: false },
  other: { step: 'làm lại thao tác vừa rồi', keepsUnsaved: false },
} as const satisfies Record<string, Retry>;

const kept = (retry: Retry) => (retry.keepsUnsaved ? ' Nội dung chưa lưu vẫn còn trên màn hình.' : '');

export const STORAGE_MESSAGES: Record<StorageProblem, (where: string, retry?: Retry) => string> = {
  'disk-full': (where, retry = RETRY.other) =>
    `Ổ đĩa chứa dữ liệu đã đầy (${where}). Hãy xóa bớt tệp không cần hoặc dọn Thùng rác để có thêm chỗ trống, ` +
    `rồi ${retry.step}.${kept(retry)}${retry.keepsUnsaved ? ' Đừng đóng cửa sổ.' : ''}`,
  'read-only': (where, retry = RETRY.other) =>
    `Không ghi được vào dữ liệu (${where}): thư mục hoặc tệp đang ở chế độ chỉ đọc. Hãy bỏ chọn "Read-only" trong Properties của tệp, ` +
    `hoặc chép cả thư mục dữ liệu sang một nơi ghi được (ví dụ thư mục Documents) rồi mở lại từ đó.${kept(retry)}`,
  locked: (where, retry = RETRY.other) =>
    `Tệp dữ liệu đang bị một chương trình khác giữ (${where}): có thể là một cửa sổ Soạn Báo Cáo khác, phần mềm sao lưu hoặc diệt virus. ` +
    `Hãy đóng chương trình đó rồi ${retry.step}.${kept(retry)}`,
  'disk-error': (where, retry = RETRY.other) =>
    `Ổ đĩa báo lỗi khi đọc hoặc ghi dữ liệu (${where}); USB hoặc ổ đĩa có thể đã bị rút ra hoặc hỏng. Hãy cắm lại ổ đĩa rồi ${retry.step}; ` +
    `nếu vẫn lỗi, hãy chép thư mục dữ liệu sang ổ khác.${kept(retry)}`,
  'cannot-open': (where) =>
    `Không mở được tệp dữ liệu (${where}): thư mục không tồn tại hoặc không cho ghi. Hãy chép thư mục dữ liệu sang một nơi ghi được ` +
    '(ví dụ thư mục Documents), hoặc đặt biến môi trường BAOCAO_DATA_DIR sang thư mục khác.',
};

/** A read-only data file and a read-only data folder are put right differently: each has its own words. */
export const READ_ONLY_MESSAGES = {
  file: (file: string, retry: Retry = RETRY.other) =>
    `Tệp dữ liệu "${file}" đang ở chế độ chỉ đọc nên chưa ghi được. Hãy bấm chuột phải vào tệp → Properties → bỏ chọn "Read-only" → OK, ` +
    `rồi ${retry.step}.${kept(retry)}`,
  folder: (folder: string, retry: Retry = RETRY.other) =>
    `Thư mục dữ liệu "${folder}" không cho ghi (ổ chỉ đọc, thư mục mạng hoặc thư mục bị khóa quyền) nên chưa ghi được. ` +
    `Hãy chép cả thư mục này sang một nơi ghi được (ví dụ thư mục Documents) rồi mở lại từ đó.${kept(retry)}`,
};

/** A data file the app will not open as its own: it is left as it is. */
export const refusedMessages = {
  empty: (path: string) =>
    `Tệp dữ liệu "${path}" rỗng (0 byte), không phải dữ liệu của Soạn Báo Cáo. Ứng dụng không ghi gì vào tệp này. ` +
    'Hãy khôi phục từ bản sao lưu, hoặc chuyển tệp này đi nơi khác rồi mở lại ứng dụng để bắt đầu với dữ liệu mới.',
  notSqlite: (path: string) =>
    `Tệp "${path}" không phải tệp dữ liệu của Soạn Báo Cáo (có thể bị ghi đè bởi tệp khác hoặc hỏng phần đầu). ` +
    'Ứng dụng không sửa hay xóa tệp này. Hãy khôi phục từ bản sao lưu, hoặc chuyển tệp này đi nơi khác rồi mở lại ứng dụng.',
  foreign: (path: string) =>
    `Tệp "${path}" là cơ sở dữ liệu của một chương trình khác, không phải của Soạn Báo Cáo. Ứng dụng không thay đổi tệp này. ` +
    'Hãy chuyển nó về đúng chỗ của chương trình kia; khôi phục dữ liệu Soạn Báo Cáo từ bản sao lưu nếu có.',
  newerVersion: 'Tệp dữ liệu này do một phiên bản Soạn Báo Cáo mới hơn tạo ra. Hãy cài phiên bản mới nhất để mở. Dữ liệu không bị thay đổi.',
};

export const dataFileMessages = {
  cannotOpen: (path: string, why: string) => `Không mở được tệp dữ liệu "${path}" (${why}). Hãy kiểm tra quyền ghi vào thư mục dữ liệu.`,
  cannotOpenPlain: 'Không mở được tệp dữ liệu.',
  /** A file whose integrity check failed: opened read-only, everywhere. */
  damaged: (path: string) =>
    `Tệp dữ liệu "${path}" bị hỏng. Ứng dụng mở ở chế độ chỉ đọc để cứu dữ liệu: không ghi gì vào tệp này và ` +
    'không sao lưu đè lên các bản sao lưu tốt. Hãy xuất những báo cáo còn đọc được ra tệp, rồi "Khôi phục từ bản sao lưu".',
  cannotCreateFolder: (dataDir: string, why: string) =>
    `Không tạo được thư mục dữ liệu "${dataDir}" (${why}). Hãy chọn thư mục khác bằng biến môi trường BAOCAO_DATA_DIR.`,
  /** While the file is damaged or unusable, every write is refused with what still works. */
  readOnly: (problem: string) => `Chưa lưu được: ${problem.replace(/\.$/, '')}. Trong lúc này chỉ xem, xuất báo cáo ra tệp và khôi phục bản sao lưu được.`,
  searchIndex: (why: string) => `Chưa tìm được: không lập được chỉ mục tìm kiếm (${why}). Hãy thử lại; nếu vẫn lỗi, khởi động lại ứng dụng.`,
  /** What a call still waiting hears when the core thread stops unexpectedly. */
  coreThreadStopped:
    'Phần xử lý dữ liệu của ứng dụng vừa dừng đột ngột nên việc này chưa làm được. Những gì đã báo “Đã lưu” vẫn còn trong tệp dữ liệu. Hãy đóng rồi mở lại ứng dụng.',
  /** A call made while the app is closing. */
  coreClosed: 'Ứng dụng đang đóng nên việc này không làm nữa. Hãy mở lại ứng dụng nếu cần.',
};

export const backupMessages = {
  noBackupsInMemory: 'Dữ liệu thử nghiệm trong bộ nhớ không có bản sao lưu.',
  notWhileDamaged: 'Tệp dữ liệu đang hỏng hoặc không dùng được nên không sao lưu (để không đè lên các bản sao lưu tốt). Hãy khôi phục từ một bản sao lưu.',
  failedCheck: (why: string) =>
    `Bản sao lưu vừa tạo không qua được bước kiểm tra nên đã bị bỏ (${why}). Các bản sao lưu cũ vẫn còn nguyên. Hãy thử lại sau ít phút.`,
  failed: (folder: string, why: string) => `Không sao lưu được vào "${folder}" (${why}). Hãy kiểm tra dung lượng ổ đĩa và quyền ghi, rồi thử lại.`,
  notFound: 'Không tìm thấy bản sao lưu này; có thể nó vừa bị xóa. Hãy mở lại danh sách bản sao lưu.',
  damaged: (name: string) => `Bản sao lưu "${name}" bị hỏng, không dùng được. Hãy chọn một bản khác. Dữ liệu hiện tại không bị thay đổi.`,
};
