/**
 * Reading an exported .docx the way the tests need: the raw XML parts (for layout facts) and
 * mammoth's text (a real reader, as a user's import tool would see it).
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';

export interface DocxParts {
  documentXml: string;
  stylesXml: string;
  headerXmls: string[];
  settingsXml: string;
}

export async function readDocxParts(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const headerNames = Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n));
  return {
    documentXml: await text('word/document.xml'),
    stylesXml: await text('word/styles.xml'),
    settingsXml: await text('word/settings.xml'),
    headerXmls: await Promise.all(headerNames.map(text)),
  };
}

/** The document's text as mammoth reads it, paragraphs separated by blank lines. */
export async function mammothText(bytes: Uint8Array): Promise<{ text: string; messages: string[] }> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return { text: result.value, messages: result.messages.map((m) => m.message) };
}

/** The document as mammoth converts it to HTML: bold as <strong>, italic as <em>, underline as <u>. */
export async function mammothHtml(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ['u => u'] });
  return result.value;
}

/** Every w:t text in document order, joined per paragraph. */
export function paragraphsOf(documentXml: string): string[] {
  const paragraphs = documentXml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs.map((p) => (p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => decodeXml(t.replace(/<[^>]+>/g, ''))).join(''));
}

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
