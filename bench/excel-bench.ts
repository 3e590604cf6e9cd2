/**
 * `npm run bench` (Excel biểu mẫu): a unit's figures read for the consolidation's review — the
 * zip checked, exceljs's read, the header and columns found, every row matched to the Bộ chỉ
 * tiêu. Goal: a 500-row biểu mẫu in under 1 s. Measured in-process on a 500-indicator commune
 * biểu mẫu (merged two-row header, percent formulas, a hidden row) and on a real 180-row price
 * report of a Sở Tài chính (tests/fixtures/excel); the first read of a process (loading exceljs)
 * apart, then the median of 7. The old .xls, converted by LibreOffice, is timed once, apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../electron/core/spreadsheets/read-workbook';
import { readWorkbookFigures, unitOfSheet } from '#shared/consolidation/sheet-figures';
import { INDICATOR_SET_FORMAT, type IndicatorSet } from '#shared/domain/indicator-set';
import { communeIndicatorSet, communeName } from '../tests/support/commune-reports';
import { communeWorkbook } from '../tests/support/commune-workbook';
import { libreOfficeAvailable } from '../electron/core/libreoffice/convert';

const fixtures = join(import.meta.dirname, '..', 'tests', 'fixtures', 'excel');
const prices: IndicatorSet = {
  format: INDICATOR_SET_FORMAT,
  name: 'Giá thị trường',
  indicators: ['01.0001', '01.0002', '01.0003', '01.0004', '01.0005', '01.0006', '01.0007', '01.0008'].map((code, i) => ({
    code,
    name: `Mặt hàng ${i + 1}`,
    aggregate: 'sum' as const,
  })),
};
const communes = communeIndicatorSet(500);

async function read(name: string, bytes: Uint8Array, set: IndicatorSet): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  const grids = await readWorkbook(name, bytes);
  const { reading } = readWorkbookFigures(grids, set);
  if (!reading) throw new Error(`${name}: không đọc được`);
  unitOfSheet(
    grids.find((g) => g.name === reading.sheet)!,
    reading.headerRows[0],
    [communeName(1)],
    name,
  );
  return { ms: performance.now() - started, rows: reading.read.length + reading.unread.length };
}

const cases = [
  { label: '500-row commune biểu mẫu (.xlsx, exceljs)', name: 'bieu.xlsx', bytes: await communeWorkbook(communes, 1, communeName(1)), set: communes },
  {
    label: 'real price report, 180 rows, 17 sheets (.xlsx)',
    name: 'gia.xlsx',
    bytes: readFileSync(join(fixtures, 'hau-giang-gia-t01-2024.lo.xlsx')),
    set: prices,
  },
];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const c of cases) {
  const first = await read(c.name, c.bytes, c.set);
  const runs: number[] = [];
  for (let i = 0; i < 7; i += 1) runs.push((await read(c.name, c.bytes, c.set)).ms);
  console.log(
    `Excel in, ${c.label}: ${(c.bytes.length / 1024).toFixed(0)} KB, ${first.rows} rows read or listed — median ${median(runs).toFixed(0)} ms (first read in the process ${first.ms.toFixed(0)} ms; goal < 1000 ms)`,
  );
}
if (libreOfficeAvailable()) {
  const xls = readFileSync(join(fixtures, 'hau-giang-gia-t01-2024.xls'));
  const once = await read('gia.xls', xls, prices);
  console.log(`Excel in, the same report as .xls (${(xls.length / 1024).toFixed(0)} KB, converted by LibreOffice first): ${once.ms.toFixed(0)} ms`);
}
