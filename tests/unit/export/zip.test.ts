import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { crc32, zip } from '../../../electron/core/export/ooxml/zip';

describe('the .docx zip container', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('writes an archive another zip reader opens, with UTF-8 names and contents intact', async () => {
    const files = [
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'word/document.xml', content: `<w:t>Cộng hòa xã hội chủ nghĩa Việt Nam ${'lặp lại '.repeat(1000)}</w:t>` },
      { name: 'thư mục/tệp.xml', content: '' },
    ];
    const bytes = zip(files, new Date(2026, 5, 5, 8, 30, 10));
    const read = await JSZip.loadAsync(bytes);
    for (const f of files) expect(await read.file(f.name)!.async('string')).toBe(f.content);
    expect(read.file('word/document.xml')!.date.getFullYear()).toBe(2026);
    // Deflated: the repeated text takes a fraction of its size.
    expect(bytes.length).toBeLessThan(2000);
  });
});
