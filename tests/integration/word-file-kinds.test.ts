/**
 * Files named .doc that are no Word file: a web system's "Xuất ra Word" often writes a web page
 * (HTML, or a single-file web archive) with a .doc name, and some tools write RTF so. Word opens
 * them, so a clerk believes they are Word files: the refusal says what each really is and how to
 * turn it into a Word file, in the import and in the checker alike.
 */
import { describe, expect, it } from 'vitest';
import { readWordFile } from '../../electron/core/word-import/read-word-file';
import { checkWordFile } from '../../electron/core/checker/check-word-file';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
// As the price database of a province exports its records "to Word" (source H of the field corpus).
const WEB_PAGE = `\n        \n<br>\n<br>\n<p style="text-align: center; font-weight: bold; font-size: 30px;">THÔNG TIN HỒ SƠ GIÁ THUÊ MẶT ĐẤT MẶT NƯỚC</p>\n<p style="text-align: left;">Số quyết định: 1</p>`;
const WEB_ARCHIVE =
  'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01D"\r\n\r\n------=_NextPart_01D\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n<html><body><p>BÁO CÁO</p></body></html>';
const RTF = '{\\rtf1\\ansi\\ansicpg1258\\deff0 {\\fonttbl{\\f0 Times New Roman;}}\\f0 B\\u193?O C\\u193?O\\par}';

describe('a file named .doc that is no Word file', () => {
  it('a web page (HTML) is refused as what it is, with how to make it a Word file', async () => {
    for (const page of [
      WEB_PAGE,
      `\ufeff<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><table><tr><td>Số: 12/BC-UBND</td></tr></table></body></html>`,
    ])
      await expect(readWordFile(bytes(page))).rejects.toThrow(/trang web \(HTML\).*“Lưu thành”.*\.docx/);
  });

  it('a single-file web archive (.mht) is refused as a web page too', async () => {
    await expect(readWordFile(bytes(WEB_ARCHIVE))).rejects.toThrow(/trang web \(HTML\)/);
  });

  it('an RTF file is refused as RTF', async () => {
    await expect(readWordFile(bytes(RTF))).rejects.toThrow(/định dạng RTF.*“Lưu thành”.*\.docx/);
  });

  it('the checker says the same, asking to check again rather than to import', async () => {
    await expect(checkWordFile(bytes(WEB_PAGE))).rejects.toThrow(/trang web \(HTML\).*rồi kiểm tra lại\.$/);
    await expect(checkWordFile(bytes(RTF))).rejects.toThrow(/RTF.*rồi kiểm tra lại\.$/);
  });

  it('an empty file (a download cut short: one of the Sở Công Thương’s nghị định is 0 bytes) is said to be empty', async () => {
    await expect(readWordFile(new Uint8Array(0))).rejects.toThrow(/trống \(0 byte\).*rồi nhập\.$/);
    await expect(checkWordFile(new Uint8Array(0))).rejects.toThrow(/trống \(0 byte\).*rồi kiểm tra lại\.$/);
  });

  it('a file of zero bytes only (a save or a copy cut off by a power cut) is said to have lost its content, not to be "no Word file"', async () => {
    // As a price database's biểu mẫu kê khai giá was found (source H): 32,000 bytes, every one zero.
    await expect(readWordFile(new Uint8Array(32_000))).rejects.toThrow(/toàn byte 0.*mất điện.*bản sao lưu.*rồi nhập\.$/);
    await expect(checkWordFile(new Uint8Array(32_000))).rejects.toThrow(/toàn byte 0.*rồi kiểm tra lại\.$/);
  });

  it('anything else is still "not a Word file"', async () => {
    const picture = new Uint8Array(32_000).fill(7);
    picture.set(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'));
    await expect(readWordFile(picture)).rejects.toThrow(/không phải tệp Word/);
    await expect(readWordFile(bytes('Chỉ là một dòng chữ <b>có thẻ</b> ở giữa.'))).rejects.toThrow(/không phải tệp Word/);
  });
});
