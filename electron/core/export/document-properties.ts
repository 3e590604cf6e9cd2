/**
 * The custom document properties a Word file made here carries, so a file that comes back is
 * matched to its report (sign-off/read-tags.ts reads them back).
 */

/** The custom property naming the report a file was made from. */
export const REPORT_ID_PROPERTY = 'SoanBaoCao.ReportId';
/** The number of the bản trình a file is (absent on an ordinary export). */
export const SUBMISSION_PROPERTY = 'SoanBaoCao.BanTrinh';

export function customProperties(reportId: string | undefined, submission: number | undefined): { name: string; value: string }[] {
  if (!reportId) return [];
  return [{ name: REPORT_ID_PROPERTY, value: reportId }, ...(submission === undefined ? [] : [{ name: SUBMISSION_PROPERTY, value: String(submission) }])];
}

const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

/**
 * docProps/app.xml with the application and the Company — the cơ quan ban hành, which Word shows
 * in the file's properties. docx has no option for these two, so this one part goes through
 * Packer's override list (its escape hatch for a part of your own).
 */
export function applicationProperties(company: string): { path: string; data: string } {
  return {
    path: 'docProps/app.xml',
    data:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      `<Application>Soạn Báo Cáo</Application><Company>${escapeXml(company)}</Company></Properties>`,
  };
}
