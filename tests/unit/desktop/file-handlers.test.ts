/** The desktop shell's "Lưu tệp" and "Xuất PDF" against a fake dialog and disk (issue 23). */
import { describe, expect, it } from 'vitest';
import { saveFileAs, savePdfAs, windowsSafeName, type FileHandlerDeps, type SaveDialogOptions } from '../../../electron/main/file-handlers';

function fakeDesk(choice: { canceled: boolean; filePath?: string }, writeError?: string) {
  const asked: SaveDialogOptions[] = [];
  const written: { path: string; bytes: Uint8Array }[] = [];
  const deps: FileHandlerDeps = {
    showSaveDialog: async (options) => {
      asked.push(options);
      return choice;
    },
    documentsDir: 'C:\\Users\\Nguyễn Văn A\\Documents',
    writeFile: async (path, bytes) => {
      if (writeError) throw Object.assign(new Error(`${writeError}: resource busy or locked`), { code: writeError });
      written.push({ path, bytes });
    },
  };
  return { deps, asked, written };
}

describe('Lưu tệp', () => {
  it('opens in Documents with the report name made safe for Windows and a Word filter, and writes the bytes chosen', async () => {
    const desk = fakeDesk({ canceled: false, filePath: 'D:\\Báo cáo\\bc.docx' });
    const answer = await saveFileAs(desk.deps, 'Báo cáo 6/2026: sơ kết?.docx', Buffer.from('PK-docx').toString('base64'));
    expect(answer).toEqual({ ok: true, value: { saved: true, path: 'D:\\Báo cáo\\bc.docx' } });
    expect(desk.asked[0]).toMatchObject({ title: 'Lưu tệp', filters: [{ name: 'Tài liệu Word', extensions: ['docx'] }] });
    expect(desk.asked[0]!.defaultPath).toContain(windowsSafeName('Báo cáo 6/2026: sơ kết?.docx'));
    expect(desk.asked[0]!.defaultPath).not.toMatch(/[:?]\S*\.docx$/);
    expect(Buffer.from(desk.written[0]!.bytes).toString()).toBe('PK-docx');
  });

  it('a cancelled dialog writes nothing and says so', async () => {
    const desk = fakeDesk({ canceled: true });
    expect(await saveFileAs(desk.deps, 'goi.baocao', 'AA==')).toEqual({ ok: true, value: { saved: false } });
    expect(desk.asked[0]!.filters).toEqual([{ name: 'Tệp báo cáo', extensions: ['baocao'] }]);
    expect(desk.written).toEqual([]);
  });

  it('a file open in Word is an io error that says to close it, in Vietnamese', async () => {
    const desk = fakeDesk({ canceled: false, filePath: 'C:\\bc.docx' }, 'EBUSY');
    expect(await saveFileAs(desk.deps, 'bc.docx', 'AA==')).toEqual({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(/^Không ghi được tệp \(EBUSY\)\. Nếu tệp đang mở trong Word, hãy đóng nó/) },
    });
  });

  it('refuses arguments the page would never send', async () => {
    const desk = fakeDesk({ canceled: false, filePath: 'C:\\x' });
    expect(await saveFileAs(desk.deps, 42, 'AA==')).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(desk.asked).toEqual([]);
  });
});

describe('Xuất PDF', () => {
  it('prints, sets the properties, then saves where the clerk chose', async () => {
    const desk = fakeDesk({ canceled: false, filePath: 'C:\\bc.pdf' });
    const seen: unknown[] = [];
    const answer = await savePdfAs(
      {
        ...desk.deps,
        print: async () => Buffer.from('%PDF'),
        withProperties: async (bytes, props) => (seen.push(props), Buffer.concat([Buffer.from(bytes), Buffer.from('+props')])),
      },
      'bc.pdf',
      { title: 'Báo cáo sơ kết', author: 'UBND xã', subject: 'BC 05' },
    );
    expect(answer).toEqual({ ok: true, value: { saved: true, path: 'C:\\bc.pdf' } });
    expect(seen).toEqual([{ title: 'Báo cáo sơ kết', author: 'UBND xã', subject: 'BC 05' }]);
    expect(Buffer.from(desk.written[0]!.bytes).toString()).toBe('%PDF+props');
    expect(desk.asked[0]).toMatchObject({ title: 'Lưu tệp PDF', filters: [{ name: 'Tệp PDF', extensions: ['pdf'] }] });
  });

  it('without its properties the request is refused; a failed print says what to do', async () => {
    const desk = fakeDesk({ canceled: false, filePath: 'C:\\bc.pdf' });
    const deps = { ...desk.deps, print: async () => Promise.reject(new Error('printing failed')), withProperties: async (b: Uint8Array) => b };
    expect(await savePdfAs(deps, 'bc.pdf', { title: 'x' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await savePdfAs(deps, 'bc.pdf', { title: 'x', author: 'y', subject: 'z' })).toEqual({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(/^Chưa xuất được PDF \(printing failed\)\. Nếu tệp đang mở/) },
    });
    expect(desk.asked).toEqual([]);
  });
});

describe('windowsSafeName', () => {
  it('keeps a date readable and makes device names and forbidden characters safe', () => {
    expect(windowsSafeName('Báo cáo 6/2026: sơ kết?.docx')).toBe('Báo cáo 6-2026_ sơ kết_.docx');
    expect(windowsSafeName('CONOUT$.pdf')).toBe('_CONOUT$.pdf');
    expect(windowsSafeName('nul .docx')).toBe('_nul .docx');
  });
});
