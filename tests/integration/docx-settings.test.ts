/**
 * A file's settings as the readers see them. Word keeps a record of every editing session in
 * settings.xml (<w:rsids>): a template reused for years carries tens of thousands of entries
 * (384 KB in a real Sở Tài chính report of the field corpus). The readers parse it without that
 * record — nothing reads it — and still see every setting they use.
 */
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import { openDocx } from '../../electron/core/word-file/docx-package';
import { FIXTURES_DIR, sampleReport } from '../support/fixtures';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

describe('a Word file’s settings', () => {
  it('are read without the record of editing sessions, every other setting kept', async () => {
    const zip = await JSZip.loadAsync((await exportReportDocx(sampleReport(), new Date('2026-06-05'))).bytes);
    const sessions = Array.from({ length: 20_000 }, (_, i) => `<w:rsid w:val="${(0x00a10000 + i).toString(16).toUpperCase().padStart(8, '0')}"/>`).join('');
    zip.file(
      'word/settings.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="${W}"><w:defaultTabStop w:val="567"/><w:rsids><w:rsidRoot w:val="00A10000"/>${sessions}</w:rsids><w:themeFontLang w:val="vi-VN"/></w:settings>`,
    );
    const pkg = await openDocx(await zip.generateAsync({ type: 'uint8array' }));
    const settings = pkg.settings?.documentElement;
    expect(settings?.getElementsByTagNameNS(W, 'rsid').length).toBe(0);
    expect(settings?.getElementsByTagNameNS(W, 'defaultTabStop')[0]?.getAttributeNS(W, 'val')).toBe('567');
    expect(settings?.getElementsByTagNameNS(W, 'themeFontLang')[0]?.getAttributeNS(W, 'val')).toBe('vi-VN');
  });

  it('of a real report reused for years: read, its 14,000 sessions left out', async () => {
    const pkg = await openDocx(readFileSync(join(FIXTURES_DIR, 'field', 'files', 'khanh-hoa-stc-bc-1424-2024.docx')));
    expect(pkg.settings?.documentElement?.getElementsByTagNameNS(W, 'rsid').length).toBe(0);
    expect(pkg.settings?.documentElement?.getElementsByTagNameNS(W, 'themeFontLang').length).toBe(1);
  });
});
