/** Real data folders for the data-safety tests: a core on a file, sha256 of files, a damaged page. */
import BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFile } from '../../electron/core/data-file/data-file';
import { testCore, type TestCore } from './test-core';

export const newDataDir = (label = 'du-lieu') => mkdtempSync(join(tmpdir(), `baocao-${label}-`));

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function sideFiles(path: string): string[] {
  return ['-wal', '-shm', '-journal'].filter((s) => existsSync(path + s));
}

export interface FolderCore extends TestCore {
  data: DataFile;
  dir: string;
  dbPath: string;
}

/** A core on the data folder's real file, as the app opens it. */
export function folderCore(dir: string, clock = new Date('2026-06-05T08:00:00Z')): FolderCore {
  let now = clock.getTime();
  const data = DataFile.open(dir, () => new Date(now), {
    error: (m, e) => {
      if (process.env.DEBUG_CORE) console.error(m, e);
    },
  });
  // Each opening of a folder names new things apart from the last one's (counting ids restart).
  const core = testCore(new Date(now), dir, data, `id${Math.random().toString(36).slice(2, 8)}`);
  if (process.env.DEBUG_CORE)
    core.errors.push = (...e: unknown[]) => {
      console.error(...e);
      return 0;
    };
  const advanceCore = core.advance;
  return Object.assign(core, {
    data,
    dir,
    dbPath: join(dir, 'baocao.db'),
    advance: (ms: number) => {
      now += ms;
      advanceCore(ms);
    },
  });
}

/** Creates `count` reports with some text in their first part. */
export async function fillReports(core: TestCore, count: number, label = 'Báo cáo'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const report = await core.call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: `${label} ${i + 1}` });
    await core.edit('reports.updateMeta', {
      id: report.id,
      header: { ...report.header, issuingBody: 'ỦY BAN NHÂN DÂN XÃ AN HẢI', summary: `${label} ${i + 1}` },
      signature: { ...report.signature, name: 'Nguyễn Văn An' },
    });
    await core.edit('sections.update', {
      reportId: report.id,
      sectionId: report.sections[0]!.id,
      blocks: [{ type: 'paragraph', text: `${label} số ${i + 1}: Ủy ban nhân dân xã đã triển khai kế hoạch. `.repeat(20) }],
    });
    ids.push(report.id);
  }
  return ids;
}

/**
 * Overwrites one leaf page of `table` with garbage (a disk that failed mid-write), after
 * checkpointing so every row is in the main file. Returns the page number damaged.
 */
export function damageLeafPage(path: string, table: string, which: 'first' | 'middle' = 'middle'): number {
  const db = new BetterSqlite3(path);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").all(table) as { pageno: number }[];
  db.close();
  const page = leaves[which === 'first' ? 0 : Math.floor(leaves.length / 2)]!.pageno;
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (page - 1) * pageSize);
  closeSync(fd);
  return page;
}
