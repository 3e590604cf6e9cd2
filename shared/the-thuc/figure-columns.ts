/**
 * Which columns of a table hold figures, so their digits line up on the right: one rule for the
 * exporter (which aligns them) and the checker (which judges them), by column — a figures column
 * keeps "-" or "x" for "không có" aligned with its figures. Ordinals and codes are not figures:
 * the STT column, a Mã or MSSV column, numbers written with a leading zero ("09520112").
 * Neither ND30 nor HD 05 rules on tables: this is the practice of statistical tables, given to the
 * clerk as advice, never as a thể thức defect.
 */

/** A figure as Vietnamese reports write it: 1.523 · 0,88% · -12,5 · 2,3 lần. */
const FIGURE = /^[-+−–]?\d{1,3}(\.\d{3})*(,\d+)?\s*(%|lần)?$|^[-+−–]?\d+(,\d+)?\s*(%|lần)?$/;
/** What a figures column writes for "không có". */
const NO_FIGURE = /^[-–—x]$/i;
/** A column of ordinals, codes or years: numbers that are not amounts. */
const NOT_FIGURES_HEADER = /^(STT|TT|Số\s*TT|Số\s*thứ\s*tự|Mã(\s.*)?|MSSV|Mã số.*|Số hiệu.*|Năm|Ngày|Số điện thoại.*)$/i;
const CODE = /^0\d+$/;

export function figureColumns(header: readonly string[], rows: readonly (readonly string[])[], columns: number): boolean[] {
  return Array.from({ length: columns }, (_, c) => {
    if (NOT_FIGURES_HEADER.test((header[c] ?? '').replace(/\s+/g, ' ').trim())) return false;
    const cells = rows.map((r) => (r[c] ?? '').trim()).filter((t) => t !== '');
    const figures = cells.filter((t) => FIGURE.test(t));
    return figures.length > 0 && !cells.some((t) => CODE.test(t)) && cells.every((t) => FIGURE.test(t) || NO_FIGURE.test(t));
  });
}
