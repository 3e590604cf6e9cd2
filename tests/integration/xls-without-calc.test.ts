/**
 * A PC whose LibreOffice was installed without its spreadsheet part (Calc): an .xls is handed to
 * LibreOffice and nothing comes back. The clerk is told what may be wrong and what to do — not that
 * a good file is damaged. LibreOffice here is a stand-in that, like Writer alone, writes no .xlsx.
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../support/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'soffice-no-calc-'));
const soffice = join(dir, 'soffice');
writeFileSync(soffice, '#!/bin/sh\necho "Error: no export filter" >&2\nexit 0\n');
chmodSync(soffice, 0o755);
process.env.BAOCAO_SOFFICE = soffice;

describe.skipIf(process.platform === 'win32')('an .xls on a PC whose LibreOffice has no Calc', () => {
  it('says the file could not be converted, names Calc, and asks for an .xlsx — never that the file is damaged', async () => {
    const { readWorkbook } = await import('../../electron/core/spreadsheets/read-workbook');
    const xls = readFileSync(join(FIXTURES_DIR, 'excel', 'hau-giang-gia-t12-2022.xls'));
    const refusal = readWorkbook('gia-t12-2022.xls', xls);
    await expect(refusal).rejects.toThrow('LibreOffice trên máy này không chuyển được tệp gia-t12-2022.xls');
    await expect(refusal).rejects.toThrow('Calc');
    await expect(refusal).rejects.toThrow('Sổ làm việc Excel (.xlsx)');
    await expect(refusal).rejects.not.toThrow('bị hỏng hoặc không phải tệp Excel');
  });
});
