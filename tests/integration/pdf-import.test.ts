/**
 * PDFs read like Word files (issue 35): real Party documents as their bodies issued them (printed
 * by Word 365; made by Spire.Doc and signed with iText), the field corpus's Word files printed to
 * PDF by LibreOffice — each PDF's reading held against the same document's Word reading and its
 * hand reading — a unit's PDF counted in a consolidation, and scans and locked files refused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, TextRenderingMode, setTextRenderingMode } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readWordFile } from '../../electron/core/word-import/read-word-file';
import { checkWordFile } from '../../electron/core/checker/check-word-file';
import { importWordSource } from '#shared/word-import/import-word';
import { exportReportDocx } from '../../electron/core/export/export-docx';
import { FIELD_DIR, fieldFiles, fold, sourceTexts, words } from '../support/field-corpus';
import { headerFieldsWrong, libreOfficePdf, pdftotextWords, scorePdf } from '../support/pdf-corpus';
import { convertWithLibreOffice, hasLibreOffice, mustRender } from '../support/libreoffice';
import { communeFigure, communeIndicatorSet, communeName, communeReport } from '../support/commune-reports';
import { testCore } from '../support/test-core';
import { jointSignature } from '../support/fixtures';
import { figuresOfReport, writeFigure } from '#shared/consolidation/figures';
import type { ReportFile } from '#shared/report-format/schema';

const PDF_DIR = join(import.meta.dirname, '..', 'fixtures', 'pdf');
const expected = JSON.parse(readFileSync(join(PDF_DIR, 'expected.json'), 'utf8')) as Record<
  string,
  {
    header: { issuingBody: string; number: string; symbol: string; date: string | null; docType: string; summary: string };
    signer: { authority: string; onBehalfOf: string; name: string };
  }
>;
const withTools = hasLibreOffice() || mustRender;
const refusal = (bytes: Uint8Array) =>
  readWordFile(bytes).then(
    () => 'đọc được',
    (e: Error) => e.message,
  );

describe('real PDFs as Party bodies issued them', () => {
  it.skipIf(!withTools).each(Object.keys(expected))(
    '%s: the header and signer as read by hand, at least 97 in 100 of the words poppler reads',
    async (name) => {
      const pdf = readFileSync(join(PDF_DIR, name));
      const score = await scorePdf(pdf, pdftotextWords(pdf));
      const want = expected[name]!;
      expect(headerFieldsWrong(want.header, score.draft)).toEqual([]);
      const sig = score.draft.report.signature;
      expect([sig.authority, fold(sig.onBehalfOf), fold(sig.name)]).toEqual([want.signer.authority, fold(want.signer.onBehalfOf), fold(want.signer.name)]);
      expect(score.kept).toBeGreaterThanOrEqual(0.97);
      // What poppler reads and we do not are the page numbers.
      expect(score.missing.filter((w) => !/^\d+$/.test(w)).length).toBeLessThanOrEqual(score.missing.length * 0.5 + 10);
    },
  );

  it('reads the signed copy’s paragraphs whole: lines re-joined, no page number inside a sentence', async () => {
    const source = await readWordFile(readFileSync(join(PDF_DIR, 'huongdan06.pdf')));
    const texts = source.items.flatMap((item) => (item.kind === 'paragraph' ? [item.text] : []));
    expect(texts).toContain('- Căn cứ Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương Đảng khoá XIII về thi hành Điều lệ Đảng;');
    expect(texts).toContain('1.1. Về tuổi đời');
    expect(texts.some((t) => /^Chỉ xem xét kết nạp vào Đảng những người trên 60 tuổi .* thẩm quyền ra quyết định kết nạp\.$/.test(t))).toBe(true);
    expect(texts.filter((t) => /^\d+$/.test(t))).toEqual([]);
  });
});

describe('the field corpus printed to PDF by LibreOffice', () => {
  it.skipIf(!withTools)(
    'agrees with the Word reading of the same file: ≥ 97% of its words in 9 of 10 documents, the header as read by hand in 9 of 10',
    async () => {
      const results: { id: string; kept: number; wrong: string[] }[] = [];
      for (const file of fieldFiles().filter((f) => f.made === 'office')) {
        const word = readFileSync(join(FIELD_DIR, 'files', file.file));
        const pdf = libreOfficePdf(word, file.file.endsWith('.doc') ? 'doc' : 'docx');
        const score = await scorePdf(pdf, sourceTexts(await readWordFile(word)).flatMap(words));
        results.push({ id: file.id, kept: score.kept, wrong: file.expected.header ? headerFieldsWrong(file.expected.header, score.draft) : [] });
      }
      // Two of the first 19 are old .doc files set in fonts this machine lacks: LibreOffice prints them in others and wraps their lines elsewhere.
      const share = (pick: (r: (typeof results)[number]) => boolean) => results.filter(pick).length / results.length;
      expect(
        share((r) => r.kept >= 0.97),
        JSON.stringify(results.filter((r) => r.kept < 0.97)),
      ).toBeGreaterThanOrEqual(0.9);
      expect(
        share((r) => r.wrong.length === 0),
        JSON.stringify(results.filter((r) => r.wrong.length > 0)),
      ).toBeGreaterThanOrEqual(0.9);
      // 0.88 the lowest since the Lào Cai files came: a held-out kế hoạch, measured, not looked into.
      expect(Math.min(...results.map((r) => r.kept))).toBeGreaterThan(0.85);
    },
    300_000,
  );
});

describe('a unit’s report sent as PDF', () => {
  const SET = communeIndicatorSet(6);

  it.skipIf(!withTools)('is read like its Word file, and its table of figures counts in the consolidation', async () => {
    const docx = (await exportReportDocx(communeReport(SET, 2), new Date('2026-07-04T00:00:00Z'))).bytes;
    const pdf = libreOfficePdf(docx, 'docx');
    const fromWord = importWordSource(await readWordFile(docx));
    const fromPdf = importWordSource(await readWordFile(pdf));
    expect(fromPdf.report.header).toEqual(fromWord.report.header);
    expect(fromPdf.report.signature).toEqual(fromWord.report.signature);
    expect(fromPdf.report.recipients).toEqual(fromWord.report.recipients);
    expect([...figuresOfReport(fromPdf.report, SET)]).toEqual([...figuresOfReport(fromWord.report, SET)]);

    const core = testCore();
    const saved = await core.call('indicatorSets.save', { set: SET });
    const created = await core.call('consolidations.create', { period: 'quý II năm 2026', deadline: null, units: [communeName(2)], setId: saved.id });
    const added = await core.call('consolidations.addInputs', {
      id: created.id,
      files: [{ fileName: 'tan-lap.pdf', base64: Buffer.from(pdf).toString('base64') }],
    });
    expect(added.refused).toEqual([]);
    expect(added.view.grid[0]!.status).toBe('on-time');
    const row = added.view.figures!.rows.find((r) => r.code === 'DAN_SO')!;
    expect(row.current).toBe(writeFigure(communeFigure(SET, 2, 'DAN_SO', 'current')));
    expect(added.view.figures!.warnings).toEqual([]);
  });
});

describe('a báo cáo liên tịch sent as PDF', () => {
  it.skipIf(!withTools)('reads its two signers as its Word file does, though the room to sign parts their captions from their names', async () => {
    const base = communeReport(communeIndicatorSet(6), 2);
    const report = { ...base, signature: jointSignature() };
    const docx = (await exportReportDocx(report, new Date('2026-07-04T00:00:00Z'))).bytes;
    const fromWord = importWordSource(await readWordFile(docx));
    const fromPdf = importWordSource(await readWordFile(libreOfficePdf(docx, 'docx')));
    expect(fromWord.report.signature).toEqual(report.signature);
    expect(fromPdf.report.signature).toEqual(report.signature);
    expect(fromPdf.report.recipients).toEqual(fromWord.report.recipients);
    expect(fromPdf.unplaced).toEqual([]);
  });
});

describe('a biên bản of four parties sent as PDF', () => {
  it.skipIf(!withTools)('reads its four signers, two rows of two, as its Word file does, and its Nơi nhận after them', async () => {
    // As a biên bản nghiệm thu of a Sở's source D signs: two companies' representatives, then the site's two heads.
    const signature: ReportFile['signature'] = {
      authority: '',
      onBehalfOf: '',
      position: 'ĐẠI DIỆN CÔNG TY TƯ VẤN\nGIÁM ĐỐC',
      name: 'Lương Văn Thắng',
      cosigners: [
        { authority: '', onBehalfOf: '', position: 'ĐẠI DIỆN NHÀ THẦU\nPHÓ TỔNG GIÁM ĐỐC', name: 'Phạm Xuân Phường' },
        { authority: '', onBehalfOf: '', position: 'GIÁM SÁT TRƯỞNG', name: 'Đặng Tuấn Anh' },
        { authority: '', onBehalfOf: '', position: 'CHỈ HUY TRƯỞNG THI CÔNG', name: 'Vũ Mạnh Hà' },
      ],
    };
    const docx = (await exportReportDocx({ ...communeReport(communeIndicatorSet(6), 2), signature }, new Date('2026-07-04T00:00:00Z'))).bytes;
    const fromWord = importWordSource(await readWordFile(docx));
    const fromPdf = importWordSource(await readWordFile(libreOfficePdf(docx, 'docx')));
    expect(fromWord.report.signature).toEqual(signature);
    expect(fromPdf.report.signature).toEqual(signature);
    expect(fromPdf.report.recipients).toEqual(fromWord.report.recipients);
    expect(fromPdf.unplaced).toEqual([]);
  });
});

describe('footnotes in a PDF', () => {
  it.skipIf(!withTools)('come back into place, on the words their numbers follow, as the Word file’s do', async () => {
    const report = communeReport(communeIndicatorSet(6), 1);
    report.sections[0]!.blocks!.unshift({
      type: 'paragraph',
      runs: [
        { text: 'Tổng số hồ sơ tiếp nhận là 2.766 hồ sơ', footnote: 'Kể cả hồ sơ liên thông với cấp tỉnh và hồ sơ trực tuyến toàn trình.' },
        { text: ', tăng 12% so với cùng kỳ; hồ sơ giải quyết đúng hạn đạt 98%.', footnote: 'Số liệu của Trung tâm Phục vụ hành chính công.' },
      ],
    });
    const docx = (await exportReportDocx(report, new Date('2026-07-04T00:00:00Z'))).bytes;
    const first = (draft: ReturnType<typeof importWordSource>) => draft.report.sections[0]!.blocks![0];
    const fromWord = importWordSource(await readWordFile(docx));
    const fromPdf = importWordSource(await readWordFile(libreOfficePdf(docx, 'docx')));
    expect(first(fromPdf)).toEqual(first(fromWord));
    expect(JSON.stringify(first(fromPdf))).toContain('"footnote":"Kể cả hồ sơ liên thông với cấp tỉnh và hồ sơ trực tuyến toàn trình."');
    // The notes are not read again as paragraphs at the page's foot.
    expect(JSON.stringify(fromPdf.report).match(/Số liệu của Trung tâm Phục vụ hành chính công/g)).toHaveLength(1);
  });
});

describe('PDFs that cannot be read', () => {
  it('refuses a scan (pages that are pictures) and a scanner’s OCR layer, saying a Word file or a PDF with text is needed', async () => {
    const scan = await PDFDocument.create();
    const png = await scan.embedPng(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    for (let n = 0; n < 2; n += 1) scan.addPage([595, 842]).drawImage(png, { x: 0, y: 0, width: 595, height: 842 });
    expect(await refusal(await scan.save())).toBe(
      'Tệp PDF này là bản quét, không có lớp chữ — cần bản Word hoặc PDF có chữ (bản xuất từ Word hay từ hệ thống văn bản điện tử) để đọc.',
    );

    const ocr = await PDFDocument.create();
    ocr.setCreator('HP Smart Document Scan Software 3.80');
    ocr.setProducer('OmniPageCSDK19');
    const font = await ocr.embedFont(StandardFonts.TimesRoman);
    const page = ocr.addPage([595, 842]);
    for (let line = 0; line < 30; line += 1) page.drawText('UY BAN NHAN DAN TINH QUANG NGAI bao cao ket qua', { x: 60, y: 780 - line * 20, size: 12, font });
    expect(await refusal(await ocr.save())).toContain('bản quét');
  });

  it('refuses a scan’s OCR layer by what it is — text drawn invisibly over the page’s picture — whatever program made it', async () => {
    // A Sở's biên bản kiểm tra kho, scanned and OCR'd, passed through Ghostscript (source D): its
    // text layer as poppler reads it. No scanner's name is left in the file.
    const ocr = await PDFDocument.create();
    ocr.setProducer('GPL Ghostscript 10.02.1');
    const png = await ocr.embedPng(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    const font = await ocr.embedFont(StandardFonts.Helvetica);
    const page = ocr.addPage([595, 842]);
    page.drawImage(png, { x: 0, y: 0, width: 595, height: 842 });
    page.pushOperators(setTextRenderingMode(TextRenderingMode.Invisible));
    const lines = [
      'CQNG HOA XA HQI CHU NGHIA VIET NAM',
      'DQc l$p - Tg do - H4nh phric',
      'BIEN BAN KIEM TRA',
      'ThUc tG kho bio quin v$t tiQu n6 c6ng nghiQp',
      'Tr6n co sd <16 nghi cta C6ng ty c6 phAn M6ng Son t4i Vdn s6 tZ ICV-US',
    ];
    lines.forEach((text, n) => page.drawText(text, { x: 60, y: 780 - n * 20, size: 12, font }));
    expect(await refusal(await ocr.save())).toBe(
      'Tệp PDF này là bản quét: chữ trong đó do máy nhận dạng từ ảnh nên có thể sai (như “Tr6n co sd <16 nghi cta C6ng ty c6 phAn …”). ' +
        'Hãy xin đơn vị bản Word, hoặc bản PDF có chữ (bản xuất từ Word hay từ hệ thống văn bản điện tử), rồi nhập.',
    );
  });

  it('refuses a signed copy whose text layer gives its glyphs’ numbers, not its letters, showing what it reads', async () => {
    // A Văn phòng UBND tỉnh's phiếu chuyển, printed from Word through Ghostscript and signed: its
    // fonts keep no table from glyph to letter, so "TỈNH LÀO CAI" reads "7ӌ1+ L¿O CAI".
    const message = await refusal(readFileSync(join(PDF_DIR, 'phieu-chuyen-466-vp-ubnd-lao-cai-2026.pdf')));
    expect(message).toBe(
      'Chữ trong tệp PDF này đọc ra thành ký tự lạ (như “7ӌ1+ L¿O PH“NG &Ӝ1* HO¿”): tệp được chuyển sang PDF theo cách không giữ bảng mã chữ nên không đọc được. ' +
        'Hãy xin đơn vị bản Word, hoặc bản PDF lưu thẳng từ Word (Tệp → Lưu thành → PDF), rồi nhập.',
    );
  });

  it.skipIf(!withTools)('refuses a password-protected PDF and says what to ask for', async () => {
    const locked = convertWithLibreOffice(
      { name: 'a.txt', bytes: 'Báo cáo có mật khẩu' },
      'writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"123"}}',
      'pdf',
    );
    expect(await refusal(locked)).toBe('Tệp PDF này được đặt mật khẩu nên không đọc được. Hãy xin bản không đặt mật khẩu, hoặc bản Word, rồi nhập.');
  });

  it('"Kiểm tra thể thức" of a PDF asks for the Word file: a PDF keeps no page settings, fonts or styles to check', async () => {
    const pdf = readFileSync(join(PDF_DIR, 'quydinh294.pdf'));
    await expect(checkWordFile(pdf)).rejects.toThrow('Tệp PDF không giữ khổ giấy, lề, phông chữ và kiểu đoạn của văn bản Word');
    await expect(checkWordFile(Buffer.from('không phải Word'))).rejects.toThrow('“Lưu thành” .docx rồi kiểm tra lại.');
  });

  it('refuses a damaged PDF', async () => {
    const good = readFileSync(join(PDF_DIR, 'quydinh294.pdf'));
    expect(await refusal(good.subarray(0, 2000))).toContain('Tệp PDF này bị hỏng');
  });
});
