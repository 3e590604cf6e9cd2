/**
 * A Word report written by hand, the way other programs write them — not by our exporter:
 * formatting on each run instead of styles, page numbers as a simple field, default cell
 * margins, rules as drawn lines. Options break it the way real files are broken.
 */
import JSZip from 'jszip';

export interface HandWrittenOptions {
  /** Header table columns in twips (left, right). */
  columns?: [number, number];
  /** How the rules under the tiêu ngữ, the cơ quan and the trích yếu are drawn, or none. */
  rules?: 'vml' | 'border' | 'none';
  /** The data table: borders, bold and repeated header row. */
  table?: { borders: boolean; boldHeader: boolean; repeatHeader: boolean };
  /** Body paragraphs: first-line indent (twips) and line spacing (240ths). */
  body?: { indent: number; line: number };
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A run: Times New Roman set on the run itself, size in pt. */
function run(text: string, pt: number, o: { b?: boolean; i?: boolean; u?: boolean } = {}): string {
  return `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>${o.b ? '<w:b/>' : ''}${o.i ? '<w:i/>' : ''}${o.u ? '<w:u w:val="single"/>' : ''}<w:sz w:val="${pt * 2}"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

function para(content: string, o: { jc?: string; indent?: number; line?: number; before?: number; after?: number; border?: boolean } = {}): string {
  const spacing = `<w:spacing w:before="${o.before ?? 0}" w:after="${o.after ?? 0}" w:line="${o.line ?? 240}" w:lineRule="auto"/>`;
  return `<w:p><w:pPr>${o.border ? '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' : ''}${spacing}${o.indent !== undefined ? `<w:ind w:firstLine="${o.indent}"/>` : ''}<w:jc w:val="${o.jc ?? 'both'}"/></w:pPr>${content}</w:p>`;
}

/** A rule of `mm` millimetres under the paragraph before it, drawn as the options say. */
function rule(mm: number, how: HandWrittenOptions['rules'], roomMm: number): string {
  if (how === 'none') return '';
  if (how === 'border') {
    const side = Math.round((((roomMm - mm) / 2) * 1440) / 25.4);
    return `<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr><w:spacing w:before="0" w:after="0" w:line="40" w:lineRule="exact"/><w:ind w:left="${side}" w:right="${side}"/><w:jc w:val="center"/></w:pPr></w:p>`;
  }
  const pt = Math.round((mm * 72) / 25.4);
  return `<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/></w:pPr><w:r><w:pict><v:line xmlns:v="urn:schemas-microsoft-com:vml" from="0,0" to="${pt}pt,0" strokeweight=".75pt"/></w:pict></w:r></w:p>`;
}

function cell(width: number, content: string): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
}

function dataTable(o: NonNullable<HandWrittenOptions['table']>): string {
  const border = o.borders
    ? '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
    : '';
  const widths = [4600, 2300, 2300];
  const row = (cells: string[], head: boolean) =>
    `<w:tr>${head && o.repeatHeader ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map((c, i) => cell(widths[i]!, para(run(c, 13, { b: head && o.boldHeader }), { jc: head || i === 0 ? (head ? 'center' : 'left') : 'right' }))).join('')}</w:tr>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="9200" w:type="dxa"/>${border}</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${row(['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'], true)}${row(['Hồ sơ trực tuyến', '1.200', '1.315'], false)}${row(['Tỷ lệ đúng hạn', '95%', '98,2%'], false)}</w:tbl>`;
}

export async function handWrittenReport(options: HandWrittenOptions = {}): Promise<Uint8Array> {
  const [left, right] = options.columns ?? [4200, 5900];
  const rules = options.rules ?? 'vml';
  const table = options.table ?? { borders: true, boldHeader: true, repeatHeader: true };
  const body = options.body ?? { indent: 720, line: 276 };
  const mm = (tw: number) => (tw * 25.4) / 1440;
  const header =
    `<w:tbl><w:tblPr><w:tblW w:w="${left + right}" w:type="dxa"/><w:tblInd w:w="-300" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="${left}"/><w:gridCol w:w="${right}"/></w:tblGrid>` +
    `<w:tr>${cell(left, para(run('UBND TỈNH QUẢNG NGÃI', 13), { jc: 'center' }) + para(run('SỞ NỘI VỤ', 13, { b: true }), { jc: 'center' }) + rule(10, rules, mm(left) - 3.8) + para(run('Số: 12/BC-SNV', 13), { jc: 'center', before: 120 }))}` +
    `${cell(right, para(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, { b: true }), { jc: 'center' }) + para(run('Độc lập - Tự do - Hạnh phúc', 14, { b: true }), { jc: 'center' }) + rule(64, rules, mm(right) - 3.8) + para(run('Quảng Ngãi, ngày 15 tháng 6 năm 2026', 14, { i: true }), { jc: 'center', before: 120 }))}</w:tr></w:tbl>`;
  const summary = 'Kết quả cải cách hành chính 6 tháng đầu năm 2026';
  const summaryMm = 130;
  const text = (t: string) => para(run(t, 14), { indent: body.indent, line: body.line, before: 120 });
  const content =
    para(run('BÁO CÁO', 14, { b: true }), { jc: 'center', before: 360 }) +
    para(run(summary, 14, { b: true }), { jc: 'center' }) +
    rule(summaryMm * 0.4, rules, 165) +
    para('', {}) +
    para(run('I. KẾT QUẢ THỰC HIỆN', 14, { b: true }), { indent: body.indent, line: body.line, before: 120 }) +
    text(
      'Trong 6 tháng đầu năm 2026, Sở Nội vụ đã tiếp nhận và giải quyết hồ sơ thủ tục hành chính đúng hạn, công khai, minh bạch; tỷ lệ hồ sơ trực tuyến tăng rõ rệt so với cùng kỳ.',
    ) +
    dataTable(table) +
    text(
      'Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính được thực hiện theo đúng quy định; người dân đánh giá cao thái độ phục vụ của cán bộ, công chức tại bộ phận một cửa.',
    ) +
    text('Trên đây là báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2026 của Sở Nội vụ./.') +
    para('', {}) +
    `<w:tbl><w:tblPr><w:tblW w:w="9350" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4200"/><w:gridCol w:w="5150"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>` +
    cell(
      4200,
      para(run('Nơi nhận:', 12, { b: true, i: true }), { jc: 'left' }) +
        para(run('- UBND tỉnh;', 11), { jc: 'left' }) +
        para(run('- Lưu: VT, VP.', 11), { jc: 'left' }),
    ) +
    cell(
      5150,
      para(run('KT. GIÁM ĐỐC', 14, { b: true }), { jc: 'center' }) +
        para(run('PHÓ GIÁM ĐỐC', 14, { b: true }), { jc: 'center' }) +
        para('', {}) +
        para('', {}) +
        para('', {}) +
        para('', {}) +
        para(run('Lê Văn Minh', 14, { b: true }), { jc: 'center' }),
    ) +
    '</w:tr></w:tbl>';
  const sect =
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="first" r:id="rIdH2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:titlePg/></w:sectPr>';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdH2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>',
  );
  zip.file(
    'word/header1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr><w:t>2</w:t></w:r></w:fldSimple></w:p></w:hdr>`,
  );
  zip.file('word/header2.xml', `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W}"><w:p/></w:hdr>`);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${header}${content}${sect}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}
