/**
 * A real Word file longer than the reader holds (thousands of pages) gets one plain sentence at
 * once — how long it is, how long a file can be, what to do — never "cấu trúc bất thường" after
 * the reader ran out of memory. The same file size limit holds on every way in (app, browser, CLI).
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import { WORD_FILE_LIMITS } from '../../electron/core/word-file/read-limits';
import { sampleReport } from '../support/fixtures';
import { testCore } from '../support/test-core';

/** Our export with its body grown to `bytes` of varied paragraphs (varied: real text compresses about 6:1, not 1,000:1). */
async function longDocx(bytes: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync((await exportReportDocx(sampleReport(), new Date('2026-06-05'))).bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const words = ['Ủy ban', 'nhân dân', 'xã', 'đã', 'triển khai', 'kế hoạch', 'chuyển đổi số', 'kết quả', 'năm', 'tỷ lệ', 'hộ gia đình', 'đạt'];
  const paragraphs: string[] = [];
  let size = xml.length;
  for (let n = 0; size < bytes; n += 1) {
    let text = '';
    for (let w = 0; w < 40; w += 1) text += `${words[(n * 7 + w * 13 + ((n * w) % 11)) % words.length]} ${(n * 31 + w) % 997} `;
    const p = `<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    paragraphs.push(p);
    size += p.length;
  }
  zip.file('word/document.xml', xml.replace('<w:sectPr', `${paragraphs.join('')}<w:sectPr`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('a Word file longer than the reader holds', () => {
  it('is refused at once by the importer and the checker, saying how long it is and to split it', async () => {
    const bytes = await longDocx(WORD_FILE_LIMITS.maxDocumentXmlBytes + 1024 * 1024);
    const core = testCore();
    const base64 = bytes.toString('base64');
    const read = await core.raw('library.readWord', { fileName: 'bao-cao-rat-dai.docx', base64 });
    const check = await core.raw('checker.checkDocx', { fileName: 'bao-cao-rat-dai.docx', base64, profile: 'auto' });
    for (const envelope of [read, check]) {
      expect(envelope.ok).toBe(false);
      const message = (envelope as { error: { message: string } }).error.message;
      expect(message).toMatch(/Phần chữ của tệp dài quá mức đọc được một lần \([\d,]+ MB sau khi giải nén; ứng dụng đọc được đến 16 MB/);
      expect(message).toMatch(/tách thành vài tệp nhỏ hơn/);
      expect(message).not.toMatch(/cấu trúc bất thường/);
    }
  }, 60_000);
});
