/** The three roles of an office's shared library, as the screens name them. */
export const OFFICE_ROLE_LABELS: Record<'chuyen_vien' | 'van_thu' | 'lanh_dao', string> = {
  chuyen_vien: 'chuyên viên',
  van_thu: 'văn thư',
  lanh_dao: 'lãnh đạo',
};
