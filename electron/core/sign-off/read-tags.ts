/** The report id and bản trình number a Word file carries in its custom properties, if any. */
import { parseXmlPart } from '../word-file/parse-xml';
import { ZipReader } from '../word-file/read-zip';
import { REPORT_ID_PROPERTY, SUBMISSION_PROPERTY } from '../export/document-properties';

export function readSubmissionTags(bytes: Uint8Array): { reportId: string | null; submission: number | null } {
  const zip = new ZipReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const part = zip.read('docProps/custom.xml');
  if (!part) return { reportId: null, submission: null };
  const doc = parseXmlPart('docProps/custom.xml', part);
  const value = (name: string) => {
    for (const p of Array.from(doc.documentElement?.getElementsByTagName('*') ?? [])) {
      if (p.localName === 'property' && p.getAttribute('name') === name) return (p.textContent ?? '').trim();
    }
    return null;
  };
  const submission = Number(value(SUBMISSION_PROPERTY));
  return { reportId: value(REPORT_ID_PROPERTY), submission: Number.isInteger(submission) && submission > 0 ? submission : null };
}
