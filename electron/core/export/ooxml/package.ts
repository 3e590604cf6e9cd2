/**
 * The .docx package: the XML parts, their relationships and content types, zipped. Only what
 * Word, LibreOffice and WPS need to open a document without repair.
 */
import { PackageBuilder } from './package-builder';
import { el, escapeXml, NS, XML_DECLARATION } from './xml';

export interface DocumentProperties {
  /** dc:title — the trích yếu. */
  title: string;
  /** dc:subject — the tên loại ("BÁO CÁO"). */
  subject: string;
  /** dc:creator and the Company — the cơ quan ban hành. */
  creator: string;
  /** The report this file was made from: a custom property, so a file that comes back can be matched to it. */
  reportId?: string;
  /** A bản trình: its number, so the file that comes back is matched to the version sent. */
  submission?: number;
  created: Date;
}

export interface PackageParts {
  /** The w:body content, including the final sectPr. */
  body: string;
  styles: string;
  headers: { id: string; xml: string }[];
  properties: DocumentProperties;
  /** Word fills fields (a table of contents' page numbers) when the file is opened. */
  updateFieldsOnOpen?: boolean;
}

const DOC_NS = `xmlns:w="${NS.w}" xmlns:r="${NS.r}"`;

export function wrapDocument(body: string): string {
  return `${XML_DECLARATION}<w:document ${DOC_NS}><w:body>${body}</w:body></w:document>`;
}

export function wrapHeader(content: string): string {
  return `${XML_DECLARATION}<w:hdr ${DOC_NS}>${content}</w:hdr>`;
}

const settings = (updateFields: boolean) =>
  `${XML_DECLARATION}<w:settings xmlns:w="${NS.w}">` +
  '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>' +
  // Where the schema puts it: after characterSpacingControl, before compat.
  (updateFields ? '<w:updateFields w:val="true"/>' : '') +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  // Theme fonts, if any reader falls back to them, resolve for Vietnamese.
  '<w:themeFontLang w:val="vi-VN"/>' +
  '</w:settings>';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
/** The custom property naming the report a file was made from (read back by the bản trình and library issues). */
export const REPORT_ID_PROPERTY = 'SoanBaoCao.ReportId';
/** The number of the bản trình a file is (absent on an ordinary export). */
export const SUBMISSION_PROPERTY = 'SoanBaoCao.BanTrinh';

function coreProperties(p: DocumentProperties): string {
  const when = p.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `${el('dc:title', {}, escapeXml(p.title))}${el('dc:subject', {}, escapeXml(p.subject))}${el('dc:creator', {}, escapeXml(p.creator))}` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appProperties(p: DocumentProperties): string {
  return `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Soạn Báo Cáo</Application>${el('Company', {}, escapeXml(p.creator))}</Properties>`;
}

function customProperties(reportId: string, submission: number | undefined): string {
  const property = (pid: number, name: string, value: string) =>
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${name}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`;
  return (
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    property(2, REPORT_ID_PROPERTY, reportId) +
    (submission === undefined ? '' : property(3, SUBMISSION_PROPERTY, String(submission))) +
    '</Properties>'
  );
}

export function packDocx(parts: PackageParts): Uint8Array {
  const pkg = new PackageBuilder()
    .addPart('word/document.xml', `${WML}.document.main+xml`, wrapDocument(parts.body))
    .addPart('word/styles.xml', `${WML}.styles+xml`, parts.styles)
    .addPart('word/settings.xml', `${WML}.settings+xml`, settings(parts.updateFieldsOnOpen === true))
    .addPart('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml', coreProperties(parts.properties))
    .addPart('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml', appProperties(parts.properties));
  pkg.relate('', `${REL}/officeDocument`, 'word/document.xml');
  pkg.relate('', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml');
  pkg.relate('', `${REL}/extended-properties`, 'docProps/app.xml');
  if (parts.properties.reportId) {
    pkg.addPart(
      'docProps/custom.xml',
      'application/vnd.openxmlformats-officedocument.custom-properties+xml',
      customProperties(parts.properties.reportId, parts.properties.submission),
    );
    pkg.relate('', `${REL}/custom-properties`, 'docProps/custom.xml');
  }
  pkg.relate('word/document.xml', `${REL}/styles`, 'styles.xml', 'rIdStyles');
  pkg.relate('word/document.xml', `${REL}/settings`, 'settings.xml', 'rIdSettings');
  for (const h of parts.headers) {
    pkg.addPart(`word/${h.id}.xml`, `${WML}.header+xml`, wrapHeader(h.xml));
    // The sections name their headers by these ids.
    pkg.relate('word/document.xml', `${REL}/header`, `${h.id}.xml`, h.id);
  }
  return pkg.toZip(parts.properties.created);
}
