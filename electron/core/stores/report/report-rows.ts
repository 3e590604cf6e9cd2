/**
 * How reports and parts are stored in SQLite and read back: the row shapes and their decoding.
 * JSON columns hold what the public format defines (header, signature, recipients, blocks), so
 * there is one shape to validate; a damaged column is refused with advice, a damaged list title
 * is shown as such rather than hiding its row.
 */
import {
  blocksFromFile,
  type Appendix,
  type Block,
  type FileBlock,
  type ReportMeta,
  type ReportState,
  type ReportSummary,
  type SectionNode,
} from '#shared/domain/report';
import type { ProfileId, SectionRole } from '#shared/domain/vocabulary';
import { AppError } from '#shared/contract/errors';
import { reportMessages } from '#shared/messages/reports';

export interface ReportRow {
  id: string;
  kind: string;
  profile: string;
  period: string;
  header_json: string;
  signature_json: string;
  recipients_json: string;
  outline: string;
  appendices_json: string;
  opening_json: string;
  previous_id: string | null;
  closing_json: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  deleted_at: string | null;
  state: string;
  revision: number;
  structure_revision: number;
  version_of: string | null;
  copy_of: string | null;
}

export interface SectionRow {
  id: string;
  parent_id: string | null;
  position: number;
  role: string;
  title: string;
  blocks_json: string;
  revision: number;
}

/** The columns of a part read back into a tree. */
export const SECTION_COLUMNS = 'id, parent_id, position, role, title, blocks_json, revision';

export type ListRow = Pick<ReportRow, 'id' | 'kind' | 'profile' | 'period' | 'header_json' | 'updated_at' | 'archived_at' | 'deleted_at' | 'state'> & {
  received_from: string | null;
  received_at: string | null;
  received_revision: number | null;
  version_of: string | null;
  copy_of: string | null;
  newer_version: string | null;
  kept_copies: number;
};

export function notFound(): AppError {
  return new AppError('not_found', reportMessages.notFound);
}

function parseJson<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new AppError('database', reportMessages.damagedColumn(what));
  }
}

/** Blocks as stored: rows written before the app's one shape may hold the file's forms, read here. */
export const parseBlocks = (text: string, what: string): Block[] => blocksFromFile(parseJson<FileBlock[]>(text, what));
const parseAppendices = (text: string): Appendix[] =>
  parseJson<{ title: string; reference?: string; blocks?: FileBlock[] }[]>(text, 'phụ lục').map((a) => ({
    title: a.title,
    ...(a.reference ? { reference: a.reference } : {}),
    blocks: blocksFromFile(a.blocks),
  }));

/** The title of a list row; a damaged header does not hide the row. */
function readTitle(headerJson: string): string {
  try {
    return (JSON.parse(headerJson) as { summary?: string }).summary ?? '';
  } catch {
    return reportMessages.unreadableTitle;
  }
}

export function toSummary(row: ListRow): ReportSummary {
  return {
    id: row.id,
    kind: row.kind,
    profile: row.profile as ProfileId,
    title: readTitle(row.header_json),
    period: row.period,
    updatedAt: row.updated_at,
    ...(row.state && row.state !== 'drafting' ? { state: row.state as ReportState } : {}),
    ...(row.received_from ? { receivedFrom: row.received_from } : {}),
    ...(row.received_from && row.received_at ? { received: { at: row.received_at, revision: row.received_revision ?? 1 } } : {}),
    ...(row.version_of ? { versionOf: row.version_of } : {}),
    ...(row.newer_version ? { newerVersion: row.newer_version } : {}),
    ...(row.copy_of ? { keptApart: 'theirs' as const } : row.kept_copies > 0 ? { keptApart: 'mine' as const } : {}),
    ...(row.archived_at ? { archivedAt: row.archived_at } : {}),
    ...(row.deleted_at ? { deletedAt: row.deleted_at } : {}),
  };
}

export function rowToMeta(row: ReportRow): ReportMeta {
  return {
    id: row.id,
    kind: row.kind,
    profile: row.profile as ProfileId,
    period: row.period,
    header: parseJson(row.header_json, 'phần đầu báo cáo'),
    signature: parseJson(row.signature_json, 'người ký'),
    recipients: parseJson(row.recipients_json, 'nơi nhận'),
    outline: row.outline === 'parts' ? 'parts' : 'sections',
    appendices: parseAppendices(row.appendices_json),
    opening: parseBlocks(row.opening_json, 'mở đầu'),
    closing: parseBlocks(row.closing_json, 'kết thúc'),
    ...(row.previous_id ? { previousId: row.previous_id } : {}),
    ...(row.version_of ? { versionOf: row.version_of } : {}),
    ...(row.state && row.state !== 'drafting' ? { state: row.state as ReportState } : {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
    structureRevision: row.structure_revision,
  };
}

export function buildTree(rows: readonly SectionRow[]): SectionNode[] {
  const byParent = new Map<string | null, SectionRow[]>();
  const ids = new Set(rows.map((r) => r.id));
  for (const row of rows) {
    // A part whose parent could not be read (damaged file) is shown at the top level, not lost.
    const parent = row.parent_id !== null && ids.has(row.parent_id) ? row.parent_id : null;
    const list = byParent.get(parent) ?? [];
    list.push(row);
    byParent.set(parent, list);
  }
  const build = (parentId: string | null): SectionNode[] =>
    (byParent.get(parentId) ?? [])
      .sort((a, b) => a.position - b.position)
      .map((row) => ({
        id: row.id,
        role: row.role as SectionRole,
        title: row.title,
        blocks: parseBlocks(row.blocks_json, 'nội dung'),
        revision: row.revision,
        children: build(row.id),
      }));
  return build(null);
}
