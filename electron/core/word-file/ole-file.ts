/**
 * The old binary Office files (.doc, .xls: OLE compound files), and what a password does to a new
 * one: Word and Excel save a password-protected .docx or .xlsx as an OLE file holding the
 * encrypted package, so both readers look for it before reading anything.
 */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export const isOleFile = (bytes: Buffer): boolean => bytes.subarray(0, 8).equals(OLE_SIGNATURE);

/** A password-protected .docx or .xlsx (an OLE file). */
export const isEncryptedPackage = (bytes: Buffer): boolean => bytes.includes(ENCRYPTED_PACKAGE);
