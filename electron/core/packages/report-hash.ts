/** A version's identity: the sha256 of the report file as it is written into a package. */
import { createHash } from 'node:crypto';
import type { ReportFile } from '#shared/report-format/schema';

export const reportJson = (file: ReportFile): string => `${JSON.stringify(file, null, 2)}\n`;

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export const reportHash = (file: ReportFile): string => sha256Hex(reportJson(file));
