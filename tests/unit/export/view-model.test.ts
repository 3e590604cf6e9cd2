/** What the Word file says, decided before any XML: numbering, casing, header lines, endings. */
import { describe, expect, it } from 'vitest';
import { buildExportView, recipientLines } from '#shared/export-view/view-model';
import { sampleReport, samplePartyReport } from '../../support/fixtures';

const TODAY = new Date('2026-06-05T08:00:00');

function headings(view: ReturnType<typeof buildExportView>): string[] {
  return view.body.flatMap((item) => (item.kind === 'heading' ? [item.text] : []));
}

describe('export view model — state profile (ND30)', () => {
  const view = buildExportView(sampleReport(), TODAY);

  it('numbers parts by position and leaves empty ones out, so numbers never skip', () => {
    expect(headings(view)).toEqual([
      'I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN',
      'II. KẾT QUẢ THỰC HIỆN',
      '1. Xây dựng chính quyền số',
      '2. Phát triển kinh tế số',
      'a) Thanh toán điện tử',
      '3. Phát triển xã hội số',
      'III. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm',
      '2. Hạn chế, tồn tại',
      '3. Bài học kinh nghiệm',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(view.omittedEmptyParts).toEqual(['Nguyên nhân']);
  });

  it('writes a heading read from a Word file even with nothing under it, as the file had it (a form’s questions, a thông tư’s outline)', () => {
    const para = (text: string) => ({ type: 'paragraph' as const, text });
    const imported = buildExportView(
      {
        ...sampleReport(),
        // A report read from a Word file is of no template ("khac"): every titled part is the document's own line.
        kind: 'khac',
        sections: [
          { role: 'other', title: 'Cơ cấu tổ chức', blocks: [] },
          { role: 'other', title: 'Phân quyền', blocks: [para('Quyền xem, phân xử lý, chuyển xử lý.')] },
          { role: 'recommendations', title: 'Kiến nghị', blocks: [] },
          // Neither title nor text: nothing of the document is lost by leaving it out.
          { role: 'other', title: '', blocks: [] },
        ],
      },
      TODAY,
    );
    expect(headings(imported)).toEqual(['I. CƠ CẤU TỔ CHỨC', 'II. PHÂN QUYỀN', 'III. KIẾN NGHỊ']);
    expect(imported.omittedEmptyParts).toEqual([]);
  });

  it('writes a chương and an điều by their own labels as ND30 Phụ lục I lays them out, numbering only what has none', () => {
    const para = (text: string) => ({ type: 'paragraph' as const, text });
    const law = buildExportView(
      {
        ...sampleReport(),
        sections: [
          {
            role: 'other',
            title: 'Chương I. Những quy định chung',
            children: [
              {
                role: 'other',
                title: 'Điều 1. Phạm vi điều chỉnh',
                blocks: [para('Thông tư này quy định về phân cấp thủ tục hành chính.')],
                children: [
                  {
                    role: 'other',
                    title: 'Khoản có tiêu đề',
                    blocks: [para('Nội dung khoản một.')],
                    children: [{ role: 'other', title: 'Điểm có tiêu đề', blocks: [para('Nội dung.')] }],
                  },
                  { role: 'other', title: 'Khoản thứ hai', blocks: [para('Nội dung khoản hai.')] },
                ],
              },
              { role: 'other', title: 'Điều 2: Đối tượng áp dụng', blocks: [para('Cơ quan, tổ chức, cá nhân có liên quan.')] },
            ],
          },
          {
            role: 'other',
            title: 'Chương II. Điều khoản thi hành',
            children: [{ role: 'other', title: 'Điều 3. Hiệu lực thi hành', blocks: [para('Có hiệu lực từ ngày ký.')] }],
          },
        ],
      },
      TODAY,
    );
    const shown = law.body.flatMap((i) => (i.kind === 'part' ? [`${i.label} / ${i.title}`] : i.kind === 'heading' ? [i.text] : []));
    expect(shown).toEqual([
      'Chương I / NHỮNG QUY ĐỊNH CHUNG',
      'Điều 1. Phạm vi điều chỉnh',
      '1. Khoản có tiêu đề',
      'a) Điểm có tiêu đề',
      '2. Khoản thứ hai',
      'Điều 2: Đối tượng áp dụng',
      'Chương II / ĐIỀU KHOẢN THI HÀNH',
      'Điều 3. Hiệu lực thi hành',
    ]);
    expect(law.body.find((i) => i.kind === 'heading' && i.text.startsWith('Điều 1'))).toMatchObject({ bold: true });
  });

  it('makes mục and khoản bold, điểm upright', () => {
    const byText = new Map(view.body.flatMap((i) => (i.kind === 'heading' ? [[i.text, i.bold] as const] : [])));
    expect(byText.get('II. KẾT QUẢ THỰC HIỆN')).toBe(true);
    expect(byText.get('1. Xây dựng chính quyền số')).toBe(true);
    expect(byText.get('a) Thanh toán điện tử')).toBe(false);
  });

  it('writes the header lines in ND30 form, a long name broken before its level, never inside the place', () => {
    expect(view.header.left.map((l) => l.text)).toEqual(['UBND TỈNH QUẢNG NGÃI', 'ỦY BAN NHÂN DÂN', 'PHƯỜNG TRƯƠNG QUANG TRỌNG']);
    expect(view.header.left[0]?.style.bold).toBeFalsy();
    expect(view.header.left[1]?.style.bold).toBe(true);
    // "PHƯỜNG TRƯƠNG QUANG TRỌNG" (13 pt bold, 78 mm) is wider than the usual 70 mm column:
    // the column grows into the left margin instead of the name breaking.
    expect(view.header.columnsMm.left).toBeGreaterThanOrEqual(79);
    expect(view.header.indentMm).toBeGreaterThanOrEqual(-15);
    expect(view.header.national.map((l) => l.text)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(view.header.numberLine.text).toBe('Số: 05/BC-UBND');
    expect(view.header.dateLine).toEqual({ text: 'Trương Quang Trọng, ngày 05 tháng 6 năm 2026', style: { sizePt: 14, italic: true } });
    expect(view.docType.text).toBe('BÁO CÁO');
  });

  it('draws the rule under the issuing body at 1/3–1/2 of its line, and under the tiêu ngữ as long as it', () => {
    const rule = view.header.underIssuingBody;
    expect(rule.kind).toBe('rule');
    if (rule.kind === 'rule') {
      // The longest line of the issuing body is 78 mm wide.
      expect(rule.widthMm).toBeGreaterThanOrEqual(78 / 3);
      expect(rule.widthMm).toBeLessThanOrEqual(78 / 2);
    }
    // "Độc lập - Tự do - Hạnh phúc" in 14 pt bold is about 6.5 cm wide.
    expect(view.header.nationalRuleMm).toBeGreaterThan(55);
    expect(view.header.nationalRuleMm).toBeLessThan(75);
  });

  it('ends the content with "./."', () => {
    const last = view.body[view.body.length - 1];
    expect(last?.kind === 'paragraph' && last.runs.map((r) => r.text).join('')).toBe('Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí nâng cấp hạ tầng mạng./.');
  });

  it('writes the signature in capitals with the state authority word', () => {
    expect(view.signature.map((l) => l.text)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(view.signature.every((l) => l.style.bold)).toBe(true);
    expect(view.signerName.text).toBe('Nguyễn Văn An');
  });

  it('uses the blank date form when the date is left for the văn thư', () => {
    const report = sampleReport();
    report.header.date = null;
    report.header.number = '';
    const blank = buildExportView(report, TODAY);
    expect(blank.header.dateLine.text).toBe('Trương Quang Trọng, ngày     tháng     năm 2026');
    expect(blank.header.numberLine.text).toMatch(/^Số: {6,}\/BC-UBND$/);
  });
});

describe('export view model — Party profile (HD 05)', () => {
  const view = buildExportView(samplePartyReport(), TODAY);

  it('writes ĐẢNG CỘNG SẢN VIỆT NAM, the "*" and the number without a colon', () => {
    expect(view.header.national).toEqual([{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: { sizePt: 15, bold: true } }]);
    expect(view.header.underIssuingBody).toEqual({ kind: 'text', text: '*', style: { sizePt: 14 } });
    expect(view.header.numberLine.text).toBe('Số 05-BC/ĐU');
    expect(view.underSummary).toEqual({ kind: 'text', text: '-----', style: { sizePt: 14 } });
    expect(view.docType.style.sizePt).toBeGreaterThanOrEqual(15);
  });

  it('signs T/M with a non-bold chức vụ, and ends the content with "."', () => {
    expect(view.signature.map((l) => l.text)).toEqual(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ']);
    expect(view.signature[1]?.style.bold).toBeFalsy();
    const last = view.body[view.body.length - 1];
    expect(last?.kind === 'paragraph' && last.runs.map((r) => r.text).join('')).toBe('Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí nâng cấp hạ tầng mạng.');
  });

  it('sets Nơi nhận 14 pt underlined over a 12 pt list', () => {
    expect(view.recipients.label.style).toEqual({ sizePt: 14, underline: true });
    expect(view.recipients.items.every((i) => i.style.sizePt === 12)).toBe(true);
  });
});

describe('a công văn (no tên loại)', () => {
  it('writes its "V/v …" trích yếu under the số in 12 pt, upright, and no tên loại or title block (ND30 ô 5b)', () => {
    const base = sampleReport();
    const view = buildExportView({ ...base, header: { ...base.header, docType: '', symbol: 'UBND-VP', summary: 'V/v mời dự họp sơ kết' } }, TODAY);
    expect(view.header.congVanSummary).toEqual({ text: 'V/v mời dự họp sơ kết', style: { sizePt: 12 } });
    expect(view.docType.text).toBe('');
    expect(view.summary.text).toBe('');
  });

  it('puts "V/v" before a công văn’s trích yếu typed without it, and the Party’s in italics (HD 05)', () => {
    const base = samplePartyReport();
    const view = buildExportView({ ...base, header: { ...base.header, docType: '', summary: 'về việc chuẩn bị đại hội chi bộ' } }, TODAY);
    expect(view.header.congVanSummary).toEqual({ text: 'V/v chuẩn bị đại hội chi bộ', style: { sizePt: 12, italic: true } });
  });

  it('a document with a tên loại has none', () => {
    expect(buildExportView(sampleReport(), TODAY).header.congVanSummary).toBeNull();
  });
});

describe('a tên loại with no trích yếu', () => {
  it('draws the rule under the tên loại at 1/3–1/2 of its line, not a rule 0 mm long', () => {
    const base = sampleReport();
    const view = buildExportView({ ...base, header: { ...base.header, docType: 'Quy chế', summary: '' } }, TODAY);
    expect(view.underSummary.kind).toBe('rule');
    if (view.underSummary.kind === 'rule') expect(view.underSummary.widthMm).toBeGreaterThan(5);
  });
});

describe('a document with no Nơi nhận', () => {
  it('writes no "Nơi nhận:" over an empty list — a luật or a person’s own paper has none, and an empty label is no list', () => {
    const view = buildExportView({ ...sampleReport(), recipients: [] }, TODAY);
    expect(view.recipients.items).toEqual([]);
    expect(view.recipients.label.text).toBe('');
  });
});

describe('recipient lines', () => {
  it('puts a dash in front, ";" after each and "." after the last', () => {
    expect(recipientLines(['Như trên', '- UBND tỉnh (b/c);', '', 'Lưu: VT, VP'])).toEqual(['- Như trên;', '- UBND tỉnh (b/c);', '- Lưu: VT, VP.']);
  });
});
