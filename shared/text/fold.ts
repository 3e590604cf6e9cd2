/**
 * Folding Vietnamese to plain ASCII, for file names and search keys.
 *
 * NFD splits a letter from its marks (ệ → e + ̣ + ̂); stripping the marks leaves the base
 * letter. đ/Đ are separate letters, not e.g. d + mark, so NFD leaves them alone: fold them
 * by hand, or "Đoàn" would never match "doan".
 */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Lower-case ASCII words joined by "-", e.g. "Sơ kết 6 tháng" → "so-ket-6-thang". */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
