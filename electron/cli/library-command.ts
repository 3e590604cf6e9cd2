/**
 * `baocao library …`: the library of reports on the command line, for office IT staff moving
 * years of files.
 *   add <tệp…>                    .docx, .doc, báo cáo .json, gói .baocao — many at once, a line per file
 *   list [--json]                 id, trích yếu, kỳ, cập nhật
 *   search <từ> [--json]          hits grouped by report: part and the words around them
 * On BAOCAO_DATA_DIR, or the folder given by --data-dir, else the app's own data folder. Safe
 * beside the open app: SQLite's WAL lets both read, and writes wait for each other (busy timeout).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { SearchHit } from '../../shared/contract/search';
import { AppError } from '../../shared/contract/errors';
import { Backups } from '../core/backup/backups';
import { DATABASE_FILE, defaultUserDataDir, resolveDataDir } from '../core/data-dir';
import { openDataFile } from '../core/db/open-database';
import { SearchIndex, SEARCH_INDEX_FILE } from '../core/library/search-index';
import { HistoryStore } from '../core/reports/history-store';
import { createReportFromJson } from '../core/reports/report-handlers';
import { ReportStore } from '../core/reports/report-store';
import { importNotes, importWordFile } from './import-command';
import { readPackage } from '../core/packages/package-file';
import { receivePackage } from '../core/packages/receive-package';
import { ShareStore } from '../core/packages/share-store';
import { IndicatorSetStore } from '../core/indicators/indicator-set-store';
import { BadInput, EXIT_BAD_INPUT, EXIT_OK, readInputFile, type CliIo, UsageError } from './cli-io';

const SUBCOMMANDS = ['add', 'list', 'search'] as const;
type Sub = (typeof SUBCOMMANDS)[number];

interface Parsed {
  sub: Sub;
  words: string[];
  json: boolean;
  dataDir: string;
}

function parse(args: readonly string[]): Parsed {
  const [sub, ...rest] = args;
  if (!SUBCOMMANDS.includes(sub as Sub)) {
    throw new UsageError(sub ? `Không có lệnh "library ${sub}". Dùng "library add", "library list" hoặc "library search".` : 'Thiếu lệnh: "library add <tệp…>", "library list" hoặc "library search <từ cần tìm>".');
  }
  let json = false;
  let dataDir: string | undefined;
  const words: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--data-dir') {
      dataDir = rest[i + 1];
      if (!dataDir) throw new UsageError('Tùy chọn "--data-dir" cần một thư mục.');
      i += 1;
    } else if (arg.startsWith('--')) throw new UsageError(`Không hiểu tùy chọn "${arg}".`);
    else words.push(arg);
  }
  if (sub === 'search' && words.join(' ').trim() === '') throw new UsageError('Thiếu từ cần tìm: "library search <từ cần tìm>".');
  if (sub === 'add' && words.length === 0) throw new UsageError('Thiếu tệp: "library add <tệp.docx|tệp.doc|báo-cáo.json> …".');
  return { sub: sub as Sub, words, json, dataDir: dataDir ?? resolveDataDir(defaultUserDataDir()) };
}

interface Library {
  store: ReportStore;
  history: HistoryStore;
  shares: ShareStore;
  indicatorSets: IndicatorSetStore;
  index: SearchIndex;
  close: () => void;
}

/** The library, opened as the app opens it (a file of an older version is upgraded, with a backup first). */
function openLibrary(dataDir: string, io: CliIo, create: boolean): Library {
  const path = join(dataDir, DATABASE_FILE);
  if (!create && !existsSync(path)) throw new BadInput(`Chưa có dữ liệu Soạn Báo Cáo ở "${dataDir}". Chỉ thư mục dữ liệu bằng --data-dir hoặc biến BAOCAO_DATA_DIR.`);
  if (create) {
    try {
      mkdirSync(dataDir, { recursive: true });
    } catch (error) {
      throw new BadInput(`Không tạo được thư mục dữ liệu "${dataDir}" (${(error as { code?: string }).code ?? 'lỗi'}).`);
    }
  }
  const backups = new Backups(dataDir, path, io.today, { error: (m) => io.stderr(m) });
  const opened = openDataFile(path, { checkLater: true, beforeMigrating: (db) => backups.beforeMigration(db) });
  if (!opened.db || opened.state.status !== 'ok') throw new BadInput(opened.state.status === 'ok' ? `Không mở được "${path}".` : opened.state.problem);
  const db = opened.db;
  const now = () => io.today().toISOString();
  const index = new SearchIndex(db, join(dataDir, SEARCH_INDEX_FILE));
  return {
    store: new ReportStore({ db, now, newId: randomUUID, changed: (id) => index.changed(id) }),
    history: new HistoryStore(db, now, randomUUID),
    shares: new ShareStore(db, now, randomUUID),
    indicatorSets: new IndicatorSetStore(db, now, randomUUID),
    index,
    close: () => db.close(),
  };
}

/** One file into the library: its new report's id and what to say about it. */
async function addFile(library: Library, file: string): Promise<{ id: string; notes: string[]; unchanged?: boolean }> {
  const kind = extname(file).toLowerCase();
  if (kind === '.json') {
    const text = (await readInputFile(file)).toString('utf8');
    try {
      return { id: createReportFromJson(library.store, text), notes: [] };
    } catch (error) {
      if (error instanceof AppError) throw new BadInput(error.message.replace(/\n/g, ' '));
      throw error;
    }
  }
  if (kind === '.docx' || kind === '.doc') {
    const draft = await importWordFile(file);
    const id = createReportFromJson(library.store, JSON.stringify(draft.report));
    library.history.snapshotReport(id, 'imported');
    return { id, notes: importNotes(draft) };
  }
  if (kind === '.baocao') {
    let pkg;
    try {
      pkg = readPackage(await readInputFile(file));
    } catch (error) {
      if (error instanceof AppError) throw new BadInput(error.message);
      throw error;
    }
    const received = receivePackage({ store: library.store, shares: library.shares, history: library.history, indicatorSets: library.indicatorSets }, pkg);
    const said: Record<typeof received.outcome, string> = {
      added: 'báo cáo mới',
      updated: 'bản mới hơn của báo cáo đã có (bản cũ được giữ trong các bản của báo cáo)',
      same: 'đã có đúng bản này, không đổi gì',
      older: 'bản cũ hơn bản đang có, không nhận',
      conflict: '',
      'kept-mine': '',
      'took-theirs': '',
      'kept-both': '',
      merged: '',
    };
    if (received.outcome === 'conflict') throw new BadInput('báo cáo này đã được sửa ở cả hai nơi: mở gói trong ứng dụng (Nhận gói .baocao) để xem khác nhau từng phần và chọn bản giữ lại.');
    return { id: received.reportId, notes: [`Gói của ${received.sender}, lần gửi ${received.revision}: ${said[received.outcome]}.`], unchanged: received.outcome === 'same' || received.outcome === 'older' };
  }
  throw new BadInput(`chỉ nhận tệp Word (.docx, .doc), báo cáo .json và gói .baocao.`);
}

function printHits(hits: readonly SearchHit[], query: string, io: CliIo): void {
  if (hits.length === 0) io.stdout(`Không tìm thấy "${query}".`);
  const groups = new Map<string, SearchHit[]>();
  for (const h of hits) groups.set(h.reportId, [...(groups.get(h.reportId) ?? []), h]);
  for (const group of groups.values()) {
    const first = group[0] as SearchHit;
    io.stdout(`${first.title} (${first.period})${first.archived ? ' [lưu trữ]' : ''} [${first.reportId}]`);
    for (const h of group) io.stdout(`  - ${h.part}: ${h.snippet.slice(0, h.highlight[0])}«${h.snippet.slice(...h.highlight)}»${h.snippet.slice(h.highlight[1])}`);
  }
}

export async function libraryCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { sub, words, json, dataDir } = parse(args);
  const library = openLibrary(dataDir, io, sub === 'add');
  try {
    if (sub === 'add') {
      // Each file on its own: a refused file is reported and the others still go in.
      let refused = 0;
      for (const file of words) {
        try {
          const { id, notes, unchanged } = await addFile(library, file);
          io.stdout(`${unchanged ? 'Không đổi' : 'Đã thêm'}: ${file} → ${id} “${library.store.get(id).header.summary}”`);
          for (const note of notes) io.stdout(`  ${note}`);
        } catch (error) {
          if (!(error instanceof BadInput)) throw error;
          refused += 1;
          io.stdout(`Không thêm: ${file}: ${error.message.replace(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `), '')}`);
        }
      }
      io.stdout(`Đã thêm ${words.length - refused}/${words.length} tệp vào ${dataDir}.`);
      return refused > 0 ? EXIT_BAD_INPUT : EXIT_OK;
    }
    if (sub === 'list') {
      const reports = library.store.list();
      if (json) io.stdout(JSON.stringify(reports.map((r) => ({ id: r.id, title: r.title, period: r.period, updatedAt: r.updatedAt })), null, 2));
      else for (const r of reports) io.stdout(`${r.id}\t${r.title}\t${r.period}\t${r.updatedAt}${r.archivedAt ? '\tlưu trữ' : ''}`);
      return EXIT_OK;
    }
    const query = words.join(' ');
    const { hits } = library.index.search({ query });
    if (json) io.stdout(JSON.stringify(hits.map((h) => ({ reportId: h.reportId, title: h.title, period: h.period, part: h.part, snippet: h.snippet })), null, 2));
    else printHits(hits, query, io);
    return EXIT_OK;
  } finally {
    library.close();
  }
}
