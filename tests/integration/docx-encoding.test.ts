/**
 * The XML parts of a Word file may be written in UTF-8 with a byte-order mark, or in UTF-16 (the
 * package format allows both: ECMA-376 Part 2, §8.1.4). Word opens such files without a word; a
 * legal site's "Tải về" Word files are written so (Luật Hóa chất 69/2025/QH15 and Thông tư
 * 37/2020/TT-BCT as a Sở Công Thương keeps them start document.xml with a UTF-8 BOM). The reader
 * and the checker read them as Word does — they were refused as "không phải XML hợp lệ".
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readWordFile } from '../../electron/core/word-import/read-word-file';
import { checkWordFile } from '../../electron/core/checker/check-word-file';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import { sourceParagraphs } from '#shared/word-import/source';
import { sampleReport } from '../support/fixtures';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The exported sample report with every XML part re-encoded by `encode`. */
async function reencoded(encode: (xml: string) => Buffer): Promise<{ original: Uint8Array; changed: Uint8Array }> {
  const original = (await exportReportDocx(sampleReport(), new Date('2026-12-07'))).bytes;
  const zip = await JSZip.loadAsync(original);
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    zip.file(name, encode(name.endsWith('.xml') || name.endsWith('.rels') ? xml.replace(/encoding="UTF-8"/i, 'encoding="UTF-16"') : xml));
  }
  return { original, changed: await zip.generateAsync({ type: 'uint8array' }) };
}

const linesOf = async (bytes: Uint8Array) => sourceParagraphs(await readWordFile(bytes)).map((x) => x.text);

describe('a Word file whose XML is not plain UTF-8', () => {
  it('with a UTF-8 byte-order mark is read and checked as the same file without one', async () => {
    const { original, changed } = await reencoded((xml) =>
      Buffer.concat([UTF8_BOM, Buffer.from(xml.replace('encoding="UTF-16"', 'encoding="UTF-8"'), 'utf8')]),
    );
    expect(await linesOf(changed)).toEqual(await linesOf(original));
    const [plain, marked] = [await checkWordFile(original), await checkWordFile(changed)];
    expect(marked.findings.map((f) => f.ruleId)).toEqual(plain.findings.map((f) => f.ruleId));
  });

  it('in UTF-16 (little-endian, with its mark) is read as the same file', async () => {
    const { original, changed } = await reencoded((xml) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]));
    expect(await linesOf(changed)).toEqual(await linesOf(original));
  });

  it('in UTF-16 big-endian, with its mark, is read as the same file', async () => {
    const { original, changed } = await reencoded((xml) => {
      const little = Buffer.from(xml, 'utf16le');
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(little).swap16()]);
    });
    expect(await linesOf(changed)).toEqual(await linesOf(original));
  });
});

describe('a damaged UTF-16 part', () => {
  it('of an odd number of bytes is refused in Vietnamese, not thrown on', async () => {
    const { changed } = await reencoded((xml) => {
      const little = Buffer.from(xml, 'utf16le');
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(little).swap16().subarray(0, 301)]);
    });
    await expect(readWordFile(changed)).rejects.toThrow(/không đọc được|Lưu thành/);
  });
});
