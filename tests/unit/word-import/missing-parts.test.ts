/** What the import review says a file did not hold of a document (missing-parts.ts). */
import { describe, expect, it } from 'vitest';
import { missingDocumentParts, missingPartsNote } from '#shared/word-import/missing-parts';
import { sampleReport } from '../../support/fixtures';

describe('a file read as a report without a header or a signer', () => {
  it('names what is missing, and where the clerk fills it in', () => {
    const whole = sampleReport();
    expect(missingDocumentParts(whole)).toEqual([]);
    expect(missingPartsNote([])).toBe('');
    const list = {
      ...whole,
      header: { ...whole.header, issuingBody: '' },
      signature: { ...whole.signature, authority: '' as const, onBehalfOf: '', position: '', name: '' },
    };
    expect(missingDocumentParts(list)).toEqual(['header', 'signature']);
    expect(missingPartsNote(['header', 'signature'])).toMatch(/phần đầu.*và chữ ký.*“Thông tin chung” và “Người ký, nơi nhận”/);
    // A draft's blank số and ngày are the văn thư's to fill: not missing.
    const draft = { ...whole, header: { ...whole.header, number: '', date: null } };
    expect(missingDocumentParts(draft)).toEqual([]);
    expect(missingDocumentParts({ ...whole, signature: { ...whole.signature, onBehalfOf: '', position: '', name: '' } })).toEqual(['signature']);
  });
});
