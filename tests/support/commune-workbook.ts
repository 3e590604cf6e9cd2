/**
 * A commune's figures in the higher level's Excel biểu mẫu, as Excel would hold them: the commune
 * named above the table, a header over two rows (each quarter merged over "KH | TH"), the
 * "(1) (2) …" row, a group row, figures as numbers with Vietnamese formats, the rate as a
 * percent-formatted formula with its saved result, a hidden helper row — built with exceljs, the
 * figures from `communeFigure` so totals can be worked out by hand.
 */
import ExcelJS from 'exceljs';
import type { IndicatorSet } from '#shared/domain/indicator-set';
import { communeFigure } from './commune-reports';

interface WorkbookOptions {
  /** The name written above the table (else the commune's). */
  unitLine?: string;
  /** Where one indicator's "kỳ này" holds words instead of a figure. */
  textIn?: string;
  /** Formulas saved without their results (a file written by a program and never opened in Excel). */
  uncomputed?: boolean;
  /** Another sheet before the biểu mẫu, holding the same table (a copy the unit kept). */
  secondSheet?: boolean;
}

export async function communeWorkbook(set: IndicatorSet, i: number, unit: string, options: WorkbookOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const fill = (sheet: ExcelJS.Worksheet) => {
    sheet.addRow([options.unitLine ?? `ỦY BAN NHÂN DÂN ${unit.toLocaleUpperCase('vi-VN')}`, '', '', '', '', 'Biểu số 01']);
    sheet.mergeCells('A1:C1');
    sheet.addRow(['BIỂU TỔNG HỢP CHỈ TIÊU QUÝ II NĂM 2026']);
    sheet.mergeCells('A2:H2');
    sheet.addRow([]);
    sheet.addRow(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Quý I năm 2026', '', 'Quý II năm 2026', '', 'Ghi chú']);
    sheet.addRow(['', '', '', 'KH', 'TH', 'KH', 'TH', '']);
    for (const range of ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:G4', 'H4:H5']) sheet.mergeCells(range);
    sheet.addRow(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)']);
    sheet.addRow(['I', 'CHỈ TIÊU CHỦ YẾU']);
    const rowOf = new Map<string, number>();
    for (const [n, d] of set.indicators.entries()) {
      const row = sheet.addRow([n + 1, `${n + 1}. ${d.name}`, d.unit ?? '']);
      rowOf.set(d.code, row.number);
    }
    for (const d of set.indicators) {
      const at = rowOf.get(d.code)!;
      for (const [column, period] of [
        ['E', 'previous'],
        ['G', 'current'],
      ] as const) {
        const cell = sheet.getCell(`${column}${at}`);
        const value = communeFigure(set, i, d.code, period);
        if (options.textIn === d.code && period === 'current') cell.value = 'đang tổng hợp';
        else if (d.aggregate === 'rate') {
          // The rate as Excel keeps it: numerator / denominator, shown as a percent.
          const [num, den] = [rowOf.get(d.numeratorCode!)!, rowOf.get(d.denominatorCode!)!];
          cell.value = options.uncomputed
            ? { formula: `${column}${num}/${column}${den}` }
            : { formula: `${column}${num}/${column}${den}`, result: value / 100 };
          cell.numFmt = '0.00%';
        } else {
          cell.value = value;
          cell.numFmt = Number.isInteger(value) ? '#,##0' : '#,##0.0';
        }
      }
      sheet.getCell(`D${at}`).value = Math.round(communeFigure(set, i, d.code, 'current') * 1.1);
      sheet.getCell(`F${at}`).value = Math.round(communeFigure(set, i, d.code, 'current') * 1.2);
    }
    // A helper row the unit hid: not a figure of the report.
    const helper = sheet.addRow(['', 'Dòng kiểm tra (ẩn)', '', '', 1, '', 1]);
    helper.hidden = true;
  };
  if (options.secondSheet) fill(workbook.addWorksheet('Bản lưu'));
  fill(workbook.addWorksheet('Biểu 01'));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The higher level's blank biểu mẫu: a styled, merged title, codes, the rates as formulas, a guide
 * sheet before it; `sheets`: the biểu mẫu's sheets (a province may send one per quarter).
 */
export async function higherLevelTemplate(set: IndicatorSet, sheets: readonly string[] = ['Biểu 01']): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Hướng dẫn').addRow(['Các xã điền cột TH; không sửa công thức.']);
  for (const name of sheets) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(['BIỂU TỔNG HỢP CHỈ TIÊU QUÝ II NĂM 2026']);
    sheet.mergeCells('A1:G1');
    sheet.getCell('A1').font = { name: 'Times New Roman', bold: true, size: 14 };
    sheet.addRow([]);
    sheet.addRow(['STT', 'Mã số', 'Chỉ tiêu', 'Đơn vị tính', 'Quý I năm 2026', 'Quý II năm 2026', 'Ghi chú']);
    sheet.getColumn(3).width = 42;
    const rowOf = (code: string) => 4 + set.indicators.findIndex((x) => x.code === code);
    for (const [n, d] of set.indicators.entries()) {
      const row = sheet.addRow([n + 1, d.code, d.name, d.unit ?? '']);
      if (d.aggregate !== 'rate') continue;
      for (const column of ['E', 'F']) {
        row.getCell(column).value = { formula: `${column}${rowOf(d.numeratorCode!)}/${column}${rowOf(d.denominatorCode!)}` };
        row.getCell(column).numFmt = '0.00%';
      }
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
