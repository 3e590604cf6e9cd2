/**
 * Small .docx files written as raw WordprocessingML, for the reader's tests: paragraphs, bold
 * centred lines, tab-laid lines and layout tables as offices type them — not as our exporter does.
 */
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A .docx of the given body XML; `parts` are further parts of word/ (numbering.xml, styles.xml …). */
export async function docxOf(body: string, parts: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  const rels = Object.keys(parts)
    .map(
      (name, i) =>
        `<Relationship Id="r${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${name.replace('.xml', '')}" Target="${name}"/>`,
    )
    .join('');
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  );
  for (const [name, xml] of Object.entries(parts)) zip.file(`word/${name}`, `<?xml version="1.0"?>${xml}`);
  return zip.generateAsync({ type: 'uint8array' });
}

/** A paragraph; tabs in the text become Word tab characters. */
export const p = (text: string, pPr = '') =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${text
    .split('\t')
    .map((piece) => `<w:t xml:space="preserve">${esc(piece)}</w:t>`)
    .join('<w:tab/>')}</w:r></w:p>`;
/** A bold centred line (a header or signature line). */
export const b = (text: string) =>
  `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
/** A centred line, not bold. */
export const c = (text: string) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
/** An italic centred line (the date). */
export const i = (text: string) =>
  `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
/** The right column of a header table as offices type it: quốc hiệu and tiêu ngữ in bold, the place and date in italics. */
export const nationalColumn = (placeDate: string) => [b('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), b('Độc lập - Tự do - Hạnh phúc'), i(placeDate)];
/** A borderless layout table: each cell a list of paragraphs' XML. */
export const table = (rows: string[][][]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr>${rows
    .map(
      (row) =>
        `<w:tr>${row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="${Math.round(9000 / row.length)}" w:type="dxa"/></w:tcPr>${cell.join('') || '<w:p/>'}</w:tc>`).join('')}</w:tr>`,
    )
    .join('')}</w:tbl>`;

/** How the Quốc hội's Luật Hóa chất (69/2025/QH15) opens: its header, "LUẬT" and the law's name in capitals. */
export const LUAT_HOA_CHAT_OPENING =
  table([[[b('QUỐC HỘI'), c('Luật số: 69/2025/QH15')], nationalColumn('Hà Nội, ngày 14 tháng 6 năm 2025')]]) + b('LUẬT') + b('HÓA CHẤT');
