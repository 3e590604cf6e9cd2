/**
 * A received package is written by someone else's program: its attachment names and its report id
 * are never trusted as they come. Names a sender's app would never produce — Windows device names,
 * drive letters and folders, control and bidi characters — are cleaned on receipt; an id that could
 * climb out of a folder refuses the package.
 */
import { describe, expect, it } from 'vitest';
import { ATTACHMENTS_FOLDER, MANIFEST_ENTRY, PACKAGE_FORMAT_ID, REPORT_ENTRY } from '#shared/package-format/manifest';
import { zip } from '../../electron/core/zip/write-zip';
import { reportJson, sha256Hex } from '../../electron/core/packages/report-hash';
import { sampleReport } from '../support/fixtures';
import { testCore } from '../support/test-core';

/** A package as another program could write it: the attachments under the names given, the manifest true to them. */
function handMadePackage(attachmentNames: readonly string[], reportId = 'bao-cao-xa-an-phu'): string {
  const json = reportJson(sampleReport());
  const files = [
    { name: REPORT_ENTRY, kind: 'report' as const, content: Buffer.from(json, 'utf8') },
    ...attachmentNames.map((name, i) => ({ name: `${ATTACHMENTS_FOLDER}${name}`, kind: 'attachment' as const, content: Buffer.from(`tệp đính kèm ${i + 1}`) })),
  ];
  const manifest = {
    format: PACKAGE_FORMAT_ID,
    appVersion: 'khác',
    createdAt: '2026-06-05T08:00:00.000Z',
    sender: { unit: 'ỦY BAN NHÂN DÂN XÃ AN PHÚ' },
    period: '6 tháng đầu năm 2026',
    report: { id: reportId, revision: 1, hash: sha256Hex(json), lineage: [] },
    entries: files.map((f) => ({ name: f.name, kind: f.kind, size: f.content.byteLength, sha256: sha256Hex(f.content) })),
  };
  const bytes = zip([{ name: MANIFEST_ENTRY, content: JSON.stringify(manifest) }, ...files], new Date('2026-06-05T08:00:00Z'));
  return Buffer.from(bytes).toString('base64');
}

async function receivedNames(name: string): Promise<string[]> {
  const core = testCore();
  const received = await core.call('packages.receive', { fileName: 'xa.baocao', base64: handMadePackage([name]) });
  const stored = (await core.call('packages.attachments', { id: received.reportId })).map((a) => a.name);
  expect(stored).toEqual(received.attachments);
  return stored;
}

describe('attachment names in a received package', () => {
  it.each([
    ['a Windows device name', 'con', ['_con']],
    ['a device name with an extension', 'nul.txt', ['_nul.txt']],
    ['a device name in capitals with a port number', 'COM1.pdf', ['_COM1.pdf']],
    ['a drive letter and a folder', 'C:/x', ['x']],
    ['an absolute path', '/etc/passwd', ['passwd']],
    ['backslash folders', 'thu muc\\bao-cao.pdf', ['bao-cao.pdf']],
    ['a right-to-left override faking the extension', 'hop-dong\u202Efdp.exe', ['hop-dongfdp.exe']],
    ['a newline and a tab', 'ban\nky\tso.pdf', ['ban ky so.pdf']],
    ['trailing dots and spaces Windows drops', 'phu-luc.xlsx. . ', ['phu-luc.xlsx']],
    ['characters Windows refuses', 'a<b>c:d"e|f?g*h.pdf', ['a_b_c_d_e_f_g_h.pdf']],
    ['nothing left at all', '\u202E\u0007', ['tep-dinh-kem']],
    ['the console input device', 'conin$', ['_conin$']],
    ['the console output device in capitals', 'CONOUT$.txt', ['_CONOUT$.txt']],
    ['a device name with a space before its extension', 'nul .txt', ['_nul .txt']],
    ['a device name with dots and spaces before its extension', 'PRN. .pdf', ['_PRN. .pdf']],
    ['a device name with two extensions', 'aux.tar.gz', ['_aux.tar.gz']],
    ['a port with a superscript digit', 'lpt³.doc', ['_lpt³.doc']],
    ['a name that only starts like a device', 'console.pdf', ['console.pdf']],
  ])('%s: %j is kept as %j', async (_what, name, expected) => {
    expect(await receivedNames(name)).toEqual(expected);
  });

  it('cuts an over-long name between letters, never inside an emoji or a mark, and keeps its extension', async () => {
    const long = `${'Báo cáo kết quả 🇻🇳👩‍👩‍👧 '.repeat(8)}bản ký số.pdf`;
    const [name] = await receivedNames(long);
    expect(name!.length).toBeLessThanOrEqual(200);
    expect(name).toMatch(/\.pdf$/);
    // No lone surrogate: the name survives UTF-8 (the zip's names) as it is.
    expect(Buffer.from(name!, 'utf8').toString('utf8')).toBe(name);
    // Every grapheme of the cut name stands whole in the original (joiners aside, which names never keep).
    const graphemes = (text: string) => [...new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(text)].map((g) => g.segment);
    for (const g of graphemes(name!.replace(/\.pdf$/, ''))) expect(long.includes(g), g).toBe(true);
  });

  it('keeps two names that clean to the same one apart', async () => {
    const core = testCore();
    const received = await core.call('packages.receive', { fileName: 'xa.baocao', base64: handMadePackage(['con', 'CON']) });
    expect(received.attachments).toEqual(['_con', '_CON (2)']);
  });

  it('keeps an ordinary Vietnamese name as it is', async () => {
    expect(await receivedNames('Bản ký số báo cáo 6 tháng.pdf')).toEqual(['Bản ký số báo cáo 6 tháng.pdf']);
  });
});

describe('the report id in a received package', () => {
  it.each([['../../x'], ['a/b'], ['..'], ['c:\\x'], ['con\n'], ['']])('refuses %j, adding nothing', async (id) => {
    const core = testCore();
    const envelope = await core.raw('packages.receive', { fileName: 'xa.baocao', base64: handMadePackage([], id) });
    expect(envelope.ok).toBe(false);
    expect(!envelope.ok && envelope.error).toMatchObject({ code: 'unsupported_file', message: expect.stringMatching(/mô tả \(manifest\.json\)/) });
    expect(await core.call('library.list', {})).toEqual([]);
  });
});

describe('attachment names in a package the app makes', () => {
  it('a package with an over-long attachment name is received whole by another machine', async () => {
    const sender = testCore();
    const report = await sender.call('library.importJson', { json: JSON.stringify(sampleReport()) });
    const name = `${'Phụ lục số liệu 📊 của các xã, phường trên địa bàn tỉnh '.repeat(4)}.xlsx`;
    const made = await sender.call('packages.make', { id: report.id, attachments: [{ name, base64: Buffer.from('bảng số liệu').toString('base64') }] });
    const receiver = testCore();
    const received = await receiver.call('packages.receive', { fileName: made.fileName, base64: made.base64 });
    expect(received.outcome).toBe('added');
    expect(received.attachments).toHaveLength(1);
    expect(received.attachments[0]).toMatch(/\.xlsx$/);
    expect(received.attachments[0]!.length).toBeLessThanOrEqual(200);
  });
});
