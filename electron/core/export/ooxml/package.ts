/**
 * The .docx package: the XML parts, their relationships and content types, zipped. Only what
 * Word, LibreOffice and WPS need to open a document without repair.
 */
import { el, escapeXml, NS, XML_DECLARATION } from './xml';
import { zip } from './zip';

export interface PackageParts {
  /** The w:body content, including the final sectPr. */
  body: string;
  styles: string;
  headers: { id: string; xml: string }[];
  title: string;
  created: Date;
}

const DOC_NS = `xmlns:w="${NS.w}" xmlns:r="${NS.r}"`;

export function wrapDocument(body: string): string {
  return `${XML_DECLARATION}<w:document ${DOC_NS}><w:body>${body}</w:body></w:document>`;
}

export function wrapHeader(content: string): string {
  return `${XML_DECLARATION}<w:hdr ${DOC_NS}>${content}</w:hdr>`;
}

const SETTINGS =
  `${XML_DECLARATION}<w:settings xmlns:w="${NS.w}">` +
  '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>' +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  // Theme fonts, if any reader falls back to them, resolve for Vietnamese.
  '<w:themeFontLang w:val="vi-VN"/>' +
  '</w:settings>';

function contentTypes(headerIds: readonly string[]): string {
  const wml = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  const overrides = [
    ['/word/document.xml', `${wml}.document.main+xml`],
    ['/word/styles.xml', `${wml}.styles+xml`],
    ['/word/settings.xml', `${wml}.settings+xml`],
    ...headerIds.map((id) => [`/word/${id}.xml`, `${wml}.header+xml`]),
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
  ];
  return (
    `${XML_DECLARATION}<Types xmlns="${NS.ct}">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => el('Override', { PartName: part, ContentType: type })).join('') +
    '</Types>'
  );
}

function relationships(rels: readonly [string, string, string][]): string {
  return `${XML_DECLARATION}<Relationships xmlns="${NS.rel}">${rels.map(([id, type, target]) => el('Relationship', { Id: id, Type: type, Target: target })).join('')}</Relationships>`;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function coreProperties(title: string, created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `${el('dc:title', {}, escapeXml(title))}${el('dc:creator', {}, 'Soạn Báo Cáo')}` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

const APP =
  `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Soạn Báo Cáo</Application></Properties>`;

export function packDocx(parts: PackageParts): Uint8Array {
  const ids = parts.headers.map((h) => h.id);
  return zip(
    [
      { name: '[Content_Types].xml', content: contentTypes(ids) },
      {
        name: '_rels/.rels',
        content: relationships([
          ['rId1', `${REL}/officeDocument`, 'word/document.xml'],
          ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
          ['rId3', `${REL}/extended-properties`, 'docProps/app.xml'],
        ]),
      },
      { name: 'docProps/core.xml', content: coreProperties(parts.title, parts.created) },
      { name: 'docProps/app.xml', content: APP },
      { name: 'word/document.xml', content: wrapDocument(parts.body) },
      { name: 'word/styles.xml', content: parts.styles },
      { name: 'word/settings.xml', content: SETTINGS },
      ...parts.headers.map((h) => ({ name: `word/${h.id}.xml`, content: wrapHeader(h.xml) })),
      {
        name: 'word/_rels/document.xml.rels',
        content: relationships([
          ['rIdStyles', `${REL}/styles`, 'styles.xml'],
          ['rIdSettings', `${REL}/settings`, 'settings.xml'],
          ...parts.headers.map((h): [string, string, string] => [h.id, `${REL}/header`, `${h.id}.xml`]),
        ]),
      },
    ],
    parts.created,
  );
}
