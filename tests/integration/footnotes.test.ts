/**
 * Footnotes (chú thích cuối trang) of real reports: written into the Word file as Word's own
 * footnotes (read by LibreOffice, printed at the foot of the page), read back from our file and
 * from LibreOffice's re-save at the same place in the same text — never dropped on the way.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import { readWordFile } from '../../electron/core/word-import/read-word-file';
import { importWordSource } from '#shared/word-import/import-word';
import type { ReportFile, Run } from '#shared/report-format/schema';
import { corpusReports } from '../support/import-corpus';
import { buildExportView } from '#shared/export-view/view-model';
import { estimatePageCount } from '#shared/export-view/page-count';
import { convertWithLibreOffice, hasLibreOffice, mustRender, renderDocx } from '../support/libreoffice';

const FIRST = 'Trước sáp nhập tỉnh: HĐND tỉnh đã thông qua 08 nghị quyết, UBND tỉnh đã ban hành 40 quyết định.';
const SECOND = 'Kiên định – Trách nhiệm – Đổi mới – Hiệu quả.';

/** A real-shaped report whose first part's text carries two footnotes: one mid-paragraph, one after a dash item. */
function reportWithNotes(): ReportFile {
  const base = structuredClone(corpusReports()[0]!.report);
  const part = base.sections[0]!;
  part.blocks = [
    {
      type: 'paragraph',
      runs: [{ text: 'Năm 2026, tỉnh hoàn thành 18/20 chỉ tiêu chủ yếu', footnote: FIRST }, { text: '; các chỉ tiêu còn lại đạt trên 90% kế hoạch.' }],
    },
    { type: 'bullets', items: [{ runs: [{ text: 'Giữ vững tiêu chí phẩm chất đạo đức chung', footnote: SECOND }, { text: '.' }] }] },
  ];
  return base;
}

const notesIn = (runs: readonly Run[]) => runs.filter((r) => r.footnote).map((r) => [r.text.trim(), r.footnote]);

/** The footnotes of the report's first part, with the text each stands after. */
function firstPartNotes(report: ReportFile) {
  return (report.sections[0]?.blocks ?? []).flatMap((b) =>
    b.type === 'paragraph' ? notesIn(b.runs ?? []) : b.type === 'bullets' ? b.items.flatMap((i) => (typeof i === 'string' ? [] : notesIn(i.runs))) : [],
  );
}

const expected = [
  ['Năm 2026, tỉnh hoàn thành 18/20 chỉ tiêu chủ yếu', FIRST],
  ['Giữ vững tiêu chí phẩm chất đạo đức chung', SECOND],
];

describe('footnotes', () => {
  it('are written as Word footnotes, numbered in order, right after their text', async () => {
    const { bytes } = await exportReportDocx(reportWithNotes(), new Date('2026-12-05'));
    const zip = await JSZip.loadAsync(bytes);
    const notes = (await zip.file('word/footnotes.xml')?.async('string')) ?? '';
    expect(notes).toContain('HĐND tỉnh đã thông qua 08 nghị quyết');
    expect(notes).toContain(SECOND);
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const references = [...body.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(references).toHaveLength(2);
    // The number follows "chỉ tiêu chủ yếu" and comes before "; các chỉ tiêu còn lại".
    const at = body.indexOf('<w:footnoteReference');
    expect(body.lastIndexOf('chỉ tiêu chủ yếu', at)).toBeGreaterThan(0);
    expect(body.indexOf('các chỉ tiêu còn lại')).toBeGreaterThan(at);
  });

  it('come back from our own Word file at the same place', async () => {
    const { bytes } = await exportReportDocx(reportWithNotes(), new Date('2026-12-05'));
    const draft = importWordSource(await readWordFile(bytes));
    expect(firstPartNotes(draft.report)).toEqual(expected);
  });

  it.skipIf(!hasLibreOffice() && !mustRender)('LibreOffice prints them at the foot of the page, and its re-save reads back the same', async () => {
    const { bytes } = await exportReportDocx(reportWithNotes(), new Date('2026-12-05'));
    const text = renderDocx(bytes, 'chu-thich').pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('HĐND tỉnh đã thông qua 08 nghị quyết');
    expect(text).toContain('Kiên định – Trách nhiệm');
    const resaved = convertWithLibreOffice({ name: 'chu-thich.docx', bytes }, 'MS Word 2007 XML', 'docx');
    const draft = importWordSource(await readWordFile(resaved));
    expect(firstPartNotes(draft.report)).toEqual(expected);
  });
});

describe('footnotes and the page count', () => {
  it.skipIf(!hasLibreOffice() && !mustRender)('the lines of many footnotes count in the estimate, within a page of LibreOffice’s layout', async () => {
    const report = reportWithNotes();
    const sentence = 'Ủy ban nhân dân xã đã chỉ đạo triển khai đồng bộ các giải pháp, bảo đảm tiến độ và chất lượng theo kế hoạch đề ra';
    report.sections[0]!.blocks = Array.from({ length: 24 }, (_, i) => ({
      type: 'paragraph' as const,
      runs: [{ text: `${i + 1}. ${sentence}`, footnote: `${FIRST} ${SECOND} Số liệu tổng hợp đến ngày 30/11/2026 của ${i + 1} đơn vị.` }, { text: '.' }],
    }));
    const withoutNotes = structuredClone(report);
    for (const b of withoutNotes.sections[0]!.blocks!) if (b.type === 'paragraph') b.runs = b.runs!.map(({ footnote: _n, ...r }) => r);
    const today = new Date('2026-12-05');
    const estimate = estimatePageCount(buildExportView(report, today));
    expect(estimate).toBeGreaterThan(estimatePageCount(buildExportView(withoutNotes, today)));
    const rendered = renderDocx((await exportReportDocx(report, today)).bytes, 'nhieu-chu-thich').pages.length;
    expect(Math.abs(estimate - rendered)).toBeLessThanOrEqual(1);
  });
});

describe('footnotes of a file written by Word', () => {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const ref = (id: number) =>
    `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
  const run = (text: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const note = (id: number, text: string) =>
    `<w:footnote w:id="${id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${text}</w:t></w:r></w:p></w:footnote>`;
  // Word's two separator notes (ids -1 and 0) are no notes of the text.
  const footnotesXml = `<w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${note(1, 'Theo Nghị quyết số 1670/NQ-UBTVQH15.')}${note(2, FIRST)}</w:footnotes>`;

  it('keep a title’s note at the start of the text under it, and a sentence’s note after its words', async () => {
    const { docxOf, b, c } = await import('../support/raw-docx');
    const body = [
      b('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG'),
      b('BÁO CÁO'),
      b('Kết quả thực hiện nhiệm vụ năm 2026'),
      `<w:p>${run('I. KẾT QUẢ SẮP XẾP ĐƠN VỊ HÀNH CHÍNH', true)}${ref(1)}</w:p>`,
      `<w:p>${run('Tỉnh hoàn thành 18/20 chỉ tiêu chủ yếu')}${ref(2)}${run('; các chỉ tiêu còn lại đạt trên 90% kế hoạch.')}</w:p>`,
      c('CHỦ TỊCH'),
    ].join('');
    const draft = importWordSource(await readWordFile(await docxOf(body, { 'footnotes.xml': footnotesXml })));
    const part = draft.report.sections.find((s) => /SẮP XẾP/i.test(s.title));
    expect(part?.title).toMatch(/^Kết quả sắp xếp đơn vị hành chính$/i);
    const first = part?.blocks?.[0];
    expect(first?.type === 'paragraph' ? first.runs : null).toEqual([
      { text: '', footnote: 'Theo Nghị quyết số 1670/NQ-UBTVQH15.' },
      { text: 'Tỉnh hoàn thành 18/20 chỉ tiêu chủ yếu', footnote: FIRST },
      { text: '; các chỉ tiêu còn lại đạt trên 90% kế hoạch.' },
    ]);
  });

  it('read endnotes as footnotes, at the place of their number', async () => {
    const { docxOf, b } = await import('../support/raw-docx');
    const endnotes = `<w:endnotes xmlns:w="${W}"><w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote><w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${SECOND}</w:t></w:r></w:p></w:endnote></w:endnotes>`;
    const body = [
      b('BÁO CÁO'),
      b('Kết quả thực hiện nhiệm vụ năm 2026'),
      b('I. KẾT QUẢ ĐẠT ĐƯỢC'),
      `<w:p>${run('Giữ vững tiêu chí phẩm chất')}<w:r><w:endnoteReference w:id="1"/></w:r>${run('.')}</w:p>`,
    ].join('');
    const draft = importWordSource(await readWordFile(await docxOf(body, { 'endnotes.xml': endnotes })));
    const first = draft.report.sections[0]?.blocks?.[0];
    expect(first?.type === 'paragraph' ? first.runs : null).toEqual([{ text: 'Giữ vững tiêu chí phẩm chất', footnote: SECOND }, { text: '.' }]);
  });

  it('keep a table cell’s note in the cell, in brackets after its words (a cell holds plain text)', async () => {
    const { docxOf, b } = await import('../support/raw-docx');
    const cell = (content: string) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr><w:p>${content}</w:p></w:tc>`;
    const grid = `<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:left w:val="single"/><w:bottom w:val="single"/><w:right w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr><w:tr>${cell(run('Nguồn thu'))}${cell(run('Số tiền'))}</w:tr><w:tr>${cell(run('Thuế'))}${cell(`${run('120.000')}${ref(1)}`)}</w:tr></w:tbl>`;
    const body = [b('BÁO CÁO'), b('Kết quả thực hiện nhiệm vụ năm 2026'), b('I. KẾT QUẢ ĐẠT ĐƯỢC'), `<w:p>${run('Thu ngân sách như sau:')}</w:p>`, grid].join(
      '',
    );
    const draft = importWordSource(await readWordFile(await docxOf(body, { 'footnotes.xml': footnotesXml })));
    const table = draft.report.sections[0]?.blocks?.find((x) => x.type === 'table');
    expect(table?.type === 'table' ? table.rows : null).toEqual([['Thuế', '120.000 (Chú thích: Theo Nghị quyết số 1670/NQ-UBTVQH15.)']]);
  });
});
