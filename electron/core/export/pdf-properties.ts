/**
 * A PDF printed from the report's pages (Electron's printToPDF, Chromium's page.pdf) carries
 * only a title: the document properties a văn thư's signing tool and the e-office system read
 * (title = trích yếu, author = cơ quan ban hành, subject = tên loại) are written here with
 * pdf-lib, keeping every page, font and byte of content as printed.
 */
import { PDFDocument } from 'pdf-lib';

export interface PdfProperties {
  title: string;
  author: string;
  subject: string;
}

export async function withPdfProperties(bytes: Uint8Array, properties: PdfProperties, when: Date): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  pdf.setTitle(properties.title, { showInWindowTitleBar: true });
  pdf.setAuthor(properties.author);
  pdf.setSubject(properties.subject);
  pdf.setCreator('Soạn Báo Cáo');
  pdf.setProducer('Soạn Báo Cáo');
  pdf.setLanguage('vi-VN');
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
  return pdf.save({ useObjectStreams: false });
}
