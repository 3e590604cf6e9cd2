import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zip } from '../../../electron/core/zip/write-zip';

describe('the zip writer of packages and "Xuất tất cả"', () => {
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

describe('the zip writer refuses', () => {
  it('two entries of the same name (a receiver would read only one of them)', () => {
    expect(() =>
      zip(
        [
          { name: 'a.txt', content: '1' },
          { name: 'a.txt', content: '2' },
        ],
        new Date(),
      ),
    ).toThrow(/already has an entry a.txt/);
  });
});
