/**
 * `baocao library …`: the library of reports on the command line, for office IT staff moving
 * years of files.
 *   add <tệp…>                    .docx, .doc, báo cáo .json, gói .baocao — many at once, a line per file
 *   list [--json]                 id, trích yếu, kỳ, cập nhật
 *   search <từ> [--json]          hits grouped by report: part and the words around them
 * On BAOCAO_DATA_DIR, or the folder given by --data-dir, else the app's own data folder. Every
 * step goes through the core's dispatcher, as the app's screens do (validation, guards, the
 * damaged-file gate). Safe beside the open app: SQLite's WAL lets both read, and writes wait for
 * each other (BEGIN IMMEDIATE, busy timeout).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ApiMethod, ApiResult } from '#shared/contract/api';
import type { SearchHit } from '#shared/contract/search';
import { DATABASE_FILE, defaultUserDataDir, resolveDataDir } from '../core/data-dir';
import type { Core } from '../core/host/create-core';
import { openCommandLineCore, openServerCore } from '../core/host/open-core';
import { cleanServerUrl } from '../core/server/server-link';
import { AppError } from '#shared/contract/errors';
import { serverPassword } from './server-command';
import { importNotes, importWordFile } from './import-command';
import { BadInput, EXIT_BAD_INPUT, EXIT_OK, readInputFile, REFUSAL_CODES, type CliIo, UsageError, errorCode } from './cli-io';
import { fileLogger } from '../core/log/log-file';
import { libraryCommandMessages } from '#shared/messages/command-line';
import { commandLineMessages, libraryArgumentMessages } from '#shared/messages/command-line';

const SUBCOMMANDS = ['add', 'list', 'search'] as const;
type Sub = (typeof SUBCOMMANDS)[number];

interface Parsed {
  sub: Sub;
  words: string[];
  json: boolean;
  dataDir: string;
  /** The office server's address (`--server`, else BAOCAO_SERVER), or undefined for the PC's own library. */
  server: string | undefined;
}

function parse(args: readonly string[]): Parsed {
  const [sub, ...rest] = args;
  if (!SUBCOMMANDS.includes(sub as Sub)) {
    throw new UsageError(
      sub
        ? `Không có lệnh "library ${sub}". Dùng "library add", "library list" hoặc "library search".`
        : 'Thiếu lệnh: "library add <tệp…>", "library list" hoặc "library search <từ cần tìm>".',
    );
  }
  let json = false;
  let dataDir: string | undefined;
  let server = process.env.BAOCAO_SERVER || undefined;
  const words: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--data-dir') {
      dataDir = rest[i + 1];
      if (!dataDir) throw new UsageError(commandLineMessages.optionNeedsFolder('--data-dir'));
      i += 1;
    } else if (arg === '--server') {
      server = rest[i + 1];
      if (!server) throw new UsageError(commandLineMessages.optionNeedsValue('--server'));
      i += 1;
    } else if (arg.startsWith('--')) throw new UsageError(commandLineMessages.unknownOption(arg));
    else words.push(arg);
  }
  if (sub === 'search' && words.join(' ').trim() === '') throw new UsageError(libraryArgumentMessages.missingQuery);
  if (sub === 'add' && words.length === 0) throw new UsageError(libraryArgumentMessages.missingFiles);
  return { sub: sub as Sub, words, json, dataDir: dataDir ?? resolveDataDir(defaultUserDataDir()), server };
}

/**
 * The library, opened as the app opens it (a file of an older version is upgraded, with a backup
 * first), behind the app's dispatcher. The core's technical log goes to the data folder's log
 * file, never to the clerk's terminal. A file the app would refuse (not ours, empty, newer) is
 * refused here too, for every subcommand: an empty list would say "no reports" when the truth is
 * "this is not your data file".
 */
function openLibrary(dataDir: string, io: CliIo, create: boolean): Core {
  const path = join(dataDir, DATABASE_FILE);
  if (!create && !existsSync(path)) throw new BadInput(libraryCommandMessages.noData(dataDir));
  if (create) {
    try {
      mkdirSync(dataDir, { recursive: true });
    } catch (error) {
      throw new BadInput(libraryArgumentMessages.cannotMakeDataFolder(dataDir, errorCode(error)));
    }
  }
  const core = openCommandLineCore(dataDir, io.today, fileLogger(dataDir, 'cli'));
  const state = core.dataState();
  if (state.status === 'refused') {
    core.close();
    throw new BadInput(create ? libraryCommandMessages.notWritable(state.problem) : libraryCommandMessages.notReadable(state.problem));
  }
  return core;
}

/** One call through the dispatcher (validation, guards, the damaged-file gate): a refusal becomes BadInput. */
async function call<M extends ApiMethod>(core: Core, method: M, args: unknown): Promise<ApiResult<M>> {
  const envelope = await core.dispatch(method, args);
  if (envelope.ok) return envelope.value as ApiResult<M>;
  if (REFUSAL_CODES.has(envelope.error.code)) throw new BadInput(envelope.error.message.replace(/\n/g, ' '));
  throw new Error(envelope.error.message);
}

/**
 * The library must be writable for `add`: the integrity check the app makes at start runs here
 * before the first write (app.info waits for it), and a damaged file — opened read-only, as the
 * app opens it — is refused before anything is written.
 */
async function requireWritable(core: Core): Promise<void> {
  const info = await call(core, 'app.info', {});
  if (info.data.status !== 'ok') throw new BadInput(libraryCommandMessages.notWritable(info.data.problem));
}

/** One file into the library: its report's id, trích yếu and what to say about it. */
async function addFile(core: Core, file: string): Promise<{ id: string; summary: string; notes: string[]; unchanged?: boolean }> {
  const kind = extname(file).toLowerCase();
  const fileName = file.split(/[\\/]/).pop() ?? file;
  if (kind === '.json') {
    const report = await call(core, 'library.importJson', { json: (await readInputFile(file)).toString('utf8') });
    return { id: report.id, summary: report.header.summary, notes: [] };
  }
  if (kind === '.docx' || kind === '.doc') {
    // Read in this process, as `baocao import` reads (a command-line run is its own process: a hostile
    // file ends the run, not an app); what it makes is saved through the dispatcher like "Nhập từ tệp Word".
    const draft = await importWordFile(file);
    const report = await call(core, 'library.saveImport', { fileName, json: JSON.stringify(draft.report) });
    return { id: report.id, summary: report.header.summary, notes: importNotes(draft) };
  }
  if (kind === '.baocao') {
    const received = await call(core, 'packages.receive', { fileName, base64: (await readInputFile(file)).toString('base64') });
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
    if (received.outcome === 'conflict') throw new BadInput(libraryArgumentMessages.editedOnBothSides);
    const report = await call(core, 'reports.get', { id: received.reportId });
    return {
      id: received.reportId,
      summary: report.header.summary,
      notes: [`Gói của ${received.sender}, lần gửi ${received.revision}: ${said[received.outcome]}.`],
      unchanged: received.outcome === 'same' || received.outcome === 'older',
    };
  }
  throw new BadInput(libraryArgumentMessages.unknownKind);
}

/** Every hit: a search that answers before the index has caught up is asked again until it has. */
async function searchAll(core: Core, query: string): Promise<SearchHit[]> {
  for (;;) {
    const result = await call(core, 'library.search', { query });
    if (!result.indexing) return result.hits;
  }
}

function printHits(hits: readonly SearchHit[], query: string, io: CliIo): void {
  if (hits.length === 0) io.stdout(`Không tìm thấy "${query}".`);
  const groups = new Map<string, SearchHit[]>();
  for (const h of hits) groups.set(h.reportId, [...(groups.get(h.reportId) ?? []), h]);
  for (const group of groups.values()) {
    const first = group[0] as SearchHit;
    io.stdout(`${first.title} (${first.period})${first.archived ? ' [lưu trữ]' : ''} [${first.reportId}]`);
    for (const h of group)
      io.stdout(`  - ${h.part}: ${h.snippet.slice(0, h.highlight[0])}«${h.snippet.slice(...h.highlight)}»${h.snippet.slice(h.highlight[1])}`);
  }
}

/** The office server's library, connected as the login in its address. */
async function openServer(url: string, io: CliIo): Promise<Core> {
  try {
    return await openServerCore(url, serverPassword(url), io.today, { error: () => undefined });
  } catch (error) {
    if (error instanceof AppError) throw new BadInput(error.message);
    throw error;
  }
}

export async function libraryCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { sub, words, json, dataDir, server } = parse(args);
  const core = server ? await openServer(server, io) : openLibrary(dataDir, io, sub === 'add');
  const where = server ? cleanServerUrl(server).url : dataDir;
  try {
    if (sub === 'add') {
      if (!server) await requireWritable(core);
      // Each file on its own: a refused file is reported and the others still go in.
      let refused = 0;
      for (const file of words) {
        try {
          const { id, summary, notes, unchanged } = await addFile(core, file);
          io.stdout(`${unchanged ? 'Không đổi' : 'Đã thêm'}: ${file} → ${id} “${summary}”`);
          for (const note of notes) io.stdout(`  ${note}`);
        } catch (error) {
          if (!(error instanceof BadInput)) throw error;
          refused += 1;
          io.stdout(`Không thêm: ${file}: ${error.message.replace(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `), '')}`);
        }
      }
      io.stdout(libraryArgumentMessages.summary(words.length - refused, words.length, where));
      return refused > 0 ? EXIT_BAD_INPUT : EXIT_OK;
    }
    if (sub === 'list') {
      const reports = await call(core, 'library.list', {});
      if (json)
        io.stdout(
          JSON.stringify(
            reports.map((r) => ({ id: r.id, title: r.title, period: r.period, updatedAt: r.updatedAt })),
            null,
            2,
          ),
        );
      else for (const r of reports) io.stdout(`${r.id}\t${r.title}\t${r.period}\t${r.updatedAt}${r.archivedAt ? '\tlưu trữ' : ''}`);
      return EXIT_OK;
    }
    const query = words.join(' ');
    const hits = await searchAll(core, query);
    if (json)
      io.stdout(
        JSON.stringify(
          hits.map((h) => ({ reportId: h.reportId, title: h.title, period: h.period, part: h.part, snippet: h.snippet })),
          null,
          2,
        ),
      );
    else printHits(hits, query, io);
    return EXIT_OK;
  } finally {
    core.close();
  }
}
