/**
 * `baocao.package/1`: a report on its way between machines (USB stick, e-office attachment).
 * A zip holding `manifest.json`, the report as `report.json` (baocao.report/1), its Word file,
 * the sender's Bộ chỉ tiêu as `indicators.json` when the report uses one, and attachments the
 * clerk adds under `attachments/`. The manifest lists every other entry with its size and
 * sha256: a package is verified entry by entry before anything is stored.
 */
import { z } from 'zod';

export const PACKAGE_FORMAT_ID = 'baocao.package/1';
export const PACKAGE_EXTENSION = '.baocao';
export const MANIFEST_ENTRY = 'manifest.json';
export const REPORT_ENTRY = 'report.json';
export const INDICATORS_ENTRY = 'indicators.json';
export const ATTACHMENTS_FOLDER = 'attachments/';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/**
 * A report id as any app writes one (a UUID, a short code): letters, digits, '.', '_', '-',
 * beginning and ending with a letter or digit — never a path ("../../x", "a/b", "c:\\x").
 */
const REPORT_ID = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?$/;

const ENTRY_KINDS = ['report', 'word', 'indicators', 'attachment'] as const;

export const manifestSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT_ID),
  appVersion: z.string().max(50),
  createdAt: z.string().max(40),
  /** The unit that sent it (its cơ quan ban hành), and the level above it. */
  sender: z.strictObject({ unit: z.string().max(500), parentBody: z.string().max(500).optional() }),
  period: z.string().max(200),
  report: z.strictObject({
    /** The report's id in the sender's library: the same report on every machine. */
    id: z.string().regex(REPORT_ID),
    /** Grows each time the report is sent with changed content. */
    revision: z.number().int().min(1),
    /** sha256 of report.json: the version's identity. */
    hash: sha256,
    /** Earlier versions' hashes, oldest first: a receiver whose copy is one of them may take this one. */
    lineage: z.array(sha256).max(200),
  }),
  entries: z.array(z.strictObject({ name: z.string().min(1).max(300), kind: z.enum(ENTRY_KINDS), size: z.number().int().min(0), sha256 })).max(60),
});

export type PackageManifest = z.output<typeof manifestSchema>;
