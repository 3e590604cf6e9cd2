/**
 * `baocao library …`: the library of reports on the command line, for office IT staff.
 *   list [--json]                 id, trích yếu, kỳ, cập nhật
 *   search <query> [--json]       hits grouped by report: part and the words around them
 * On BAOCAO_DATA_DIR, or the folder given by --data-dir, else the app's own data folder. Safe
 * beside the open app: SQLite's WAL lets both read, and writes wait for each other.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchHit } from '../../shared/contract/search';
import { Backups } from '../core/backup/backups';
import { DATABASE_FILE, defaultUserDataDir, resolveDataDir } from '../core/data-dir';
import { openDataFile } from '../core/db/open-database';
import { ReportStore } from '../core/reports/report-store';
import { BadInput, EXIT_OK, type CliIo } from './run-cli';

interface Parsed {
  sub: string;
  words: string[];
  json: boolean;
  dataDir: string;
}

function parse(args: readonly string[]): Parsed {
  const [sub, ...rest] = args;
  if (sub !== 'list' && sub !== 'search') throw new BadInput(sub ? `Không có lệnh "library ${sub}". Dùng "library list" hoặc "library search <từ cần tìm>".` : 'Thiếu lệnh: "library list" hoặc "library search <từ cần tìm>".');
  let json = false;
  let dataDir: string | undefined;
  const words: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--data-dir') {
      dataDir = rest[i + 1];
      if (!dataDir) throw new BadInput('Tùy chọn "--data-dir" cần một thư mục.');
      i += 1;
    } else if (arg.startsWith('--')) throw new BadInput(`Không hiểu tùy chọn "${arg}".`);
    else words.push(arg);
  }
  if (sub === 'search' && words.join(' ').trim() === '') throw new BadInput('Thiếu từ cần tìm: "library search <từ cần tìm>".');
  return { sub, words, json, dataDir: dataDir ?? resolveDataDir(defaultUserDataDir()) };
}

/** The library's store, opened as the app opens it (a file of an older version is upgraded, with a backup first). */
function openStore(dataDir: string, io: CliIo): { store: ReportStore; close: () => void } {
  const path = join(dataDir, DATABASE_FILE);
  if (!existsSync(path)) throw new BadInput(`Chưa có dữ liệu Soạn Báo Cáo ở "${dataDir}". Chỉ thư mục dữ liệu bằng --data-dir hoặc biến BAOCAO_DATA_DIR.`);
  const backups = new Backups(dataDir, path, io.today, { error: (m) => io.stderr(m) });
  const opened = openDataFile(path, { checkLater: true, beforeMigrating: (db) => backups.beforeMigration(db) });
  if (!opened.db || opened.state.status === 'refused') throw new BadInput(opened.state.status === 'ok' ? `Không mở được "${path}".` : opened.state.problem);
  const db = opened.db;
  return { store: new ReportStore({ db, now: () => io.today().toISOString(), newId: () => '' }), close: () => db.close() };
}

export async function libraryCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { sub, words, json, dataDir } = parse(args);
  const { store, close } = openStore(dataDir, io);
  try {
    if (sub === 'list') {
      const reports = store.list();
      if (json) io.stdout(JSON.stringify(reports.map((r) => ({ id: r.id, title: r.title, period: r.period, updatedAt: r.updatedAt })), null, 2));
      else for (const r of reports) io.stdout(`${r.id}\t${r.title}\t${r.period}\t${r.updatedAt}`);
      return EXIT_OK;
    }
    const hits = store.search({ query: words.join(' ') });
    if (json) {
      io.stdout(JSON.stringify(hits.map((h) => ({ reportId: h.reportId, title: h.title, period: h.period, part: h.part, snippet: h.snippet })), null, 2));
      return EXIT_OK;
    }
    if (hits.length === 0) io.stdout(`Không tìm thấy "${words.join(' ')}".`);
    const groups = new Map<string, SearchHit[]>();
    for (const h of hits) groups.set(h.reportId, [...(groups.get(h.reportId) ?? []), h]);
    for (const group of groups.values()) {
      const first = group[0] as SearchHit;
      io.stdout(`${first.title} (${first.period}) [${first.reportId}]`);
      for (const h of group) io.stdout(`  - ${h.part}: ${h.snippet.slice(0, h.highlight[0])}«${h.snippet.slice(...h.highlight)}»${h.snippet.slice(h.highlight[1])}`);
    }
    return EXIT_OK;
  } finally {
    close();
  }
}
