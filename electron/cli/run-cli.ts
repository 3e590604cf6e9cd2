/**
 * The `baocao` command. Output and errors in Vietnamese; exit codes for scripts:
 * 0 done, 2 bad input (usage, unreadable or invalid file), 1 internal error.
 * It runs the same exporter the app uses, so a file made here equals one made in the app.
 */
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describeProblems, readReportFile } from '#shared/report-format/read-report-file';
import { describeBlockers, exportBlockers } from '#shared/domain/export-blockers';
import { contentFromFile } from '#shared/domain/report-file-mapping';
import { AppError } from '#shared/contract/errors';
import { libraryCommandMessages } from '#shared/messages/command-line';
import { defaultUserDataDir, resolveDataDir } from '../core/data-dir';
import { fileLogger } from '../core/log/log-file';
import {
  BadInput,
  ensureFolder,
  REFUSAL_CODES,
  EXIT_BAD_INPUT,
  EXIT_INTERNAL,
  EXIT_OK,
  isFolder,
  readInputFile,
  UsageError,
  type CliIo,
  inFile,
  errorCode,
} from './cli-io';
import { commandLineMessages, exportCommandMessages } from '#shared/messages/command-line';

const USAGE = `Cách dùng:
  baocao export <báo-cáo.json> -o <tệp.docx> [--toc]
  baocao export <báo-cáo.json…> -o <thư mục> [--toc]
                                                Xuất báo cáo (định dạng baocao.report/1) ra tệp Word;
                                                nhiều tệp thì mỗi tệp một .docx trong thư mục;
                                                --toc thêm trang "Mục lục" ở cuối
  baocao check <tệp.docx…> [--profile <thể thức>] [--json] [-o <thư mục>]
                                                Kiểm tra thể thức các tệp Word bất kỳ; -o ghi kết quả
                                                từng tệp (.json) vào thư mục
                                                (thể thức: state, party, youth-union, trade-union, front;
                                                không ghi thì tự nhận biết)
  baocao text check <tệp.txt> [--style new|old] [--iy y|i] [--dict <từ-điển.txt>]
                                                Soát chính tả: mỗi dòng "dòng:cột<TAB>từ<TAB>gợi ý"
  baocao text convert --from tcvn3|vni|auto <tệp>
                                                Chuyển văn bản phông cũ (.VnTime, VNI-Times) sang Unicode
  baocao text tone --style new|old <tệp>        Đặt dấu thanh theo một kiểu: new (hòa, thủy), old (hoà, thuỷ)
  baocao import <tệp.docx|tệp.doc|tệp.pdf> -o <báo-cáo.json>
                                                Đọc một báo cáo Word hoặc PDF có chữ thành tệp báo cáo (baocao.report/1)
  baocao pack <báo-cáo.json|tệp.docx> -o <tệp.baocao>
                                                Đóng gói báo cáo để gửi (kèm tệp Word, mã kiểm tra)
  baocao consolidate <tệp.baocao|báo-cáo.json|tệp.docx|tệp.pdf|biểu.xlsx…> -o <báo-cáo.json> [--indicators <bộ-chỉ-tiêu.json>] [--sheet <trang tính>]
                                                Tổng hợp số liệu báo cáo các đơn vị (bảng tổng hợp, phụ lục từng đơn vị)
  baocao library add <tệp…> [--data-dir <thư mục>]
                                                Thêm tệp Word (.docx, .doc), báo cáo .json và gói .baocao
                                                vào dữ liệu Soạn Báo Cáo; mỗi tệp một dòng kết quả
  baocao library list [--json] [--data-dir <thư mục>]
                                                Danh sách báo cáo (id, trích yếu, kỳ, cập nhật)
  baocao library search <từ cần tìm> [--json] [--data-dir <thư mục>]
                                                Tìm trong các báo cáo (có dấu hay không dấu đều được)
                                                library add|list|search --server <địa chỉ> (hoặc biến
                                                BAOCAO_SERVER): trên thư viện dùng chung của cơ quan;
                                                mật khẩu trong biến BAOCAO_MAT_KHAU
  baocao server init --server <địa chỉ> [--van-thu <tên đăng nhập> --ho-ten "<họ tên>"]
                                                Thiết lập (hoặc nâng cấp) thư viện dùng chung trên máy
                                                chủ PostgreSQL và tạo tài khoản văn thư đầu tiên
                                                (mật khẩu: BAOCAO_MAT_KHAU, BAOCAO_MAT_KHAU_VAN_THU)
  baocao --help                                 Hiện hướng dẫn này
  baocao --version                              Hiện phiên bản

Thư mục dữ liệu: --data-dir, nếu không có thì biến BAOCAO_DATA_DIR, nếu không thì thư mục của ứng dụng.
Mã thoát: 0 thành công (check: đúng thể thức), 3 check/text check tìm thấy lỗi,
2 dữ liệu vào sai (library add: có tệp không thêm được, các tệp khác vẫn được thêm), 1 lỗi bên trong.`;

interface ExportArgs {
  inputs: string[];
  output: string;
  /** Many files (or -o a folder): each input becomes <folder>/<its name>.docx. */
  toFolder: boolean;
  tableOfContents: boolean;
}

function parseExportArgs(args: readonly string[]): ExportArgs {
  const inputs: string[] = [];
  let output: string | undefined;
  let tableOfContents = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '-o' || arg === '--output') {
      output = args[i + 1];
      i += 1;
    } else if (arg === '--toc') {
      tableOfContents = true;
    } else if (arg.startsWith('-')) {
      throw new UsageError(commandLineMessages.unknownOption(arg));
    } else inputs.push(arg);
  }
  if (inputs.length === 0) throw new UsageError(exportCommandMessages.missingInput);
  if (!output) throw new UsageError(exportCommandMessages.missingOutput);
  const toFolder = inputs.length > 1 || isFolder(output);
  if (!toFolder && !/\.docx$/i.test(output)) throw new UsageError(exportCommandMessages.outputNotDocx);
  return { inputs, output, toFolder, tableOfContents };
}

async function exportOne(input: string, output: string, tableOfContents: boolean, io: CliIo): Promise<string[]> {
  const text = (await readInputFile(input)).toString('utf8');
  const result = readReportFile(text);
  if (!result.ok) throw new BadInput(inFile(input, describeProblems(result.problems)));
  const blockers = exportBlockers(contentFromFile(result.report));
  if (blockers.length > 0) throw new BadInput(inFile(input, describeBlockers(blockers)));
  // Loaded here, not at start: the Word writer is the largest code a command loads, and only export needs it.
  const { exportReportDocx } = await import('../core/export/export-docx');
  const { bytes, omittedEmptyParts } = await exportReportDocx(result.report, io.today(), { tableOfContents });
  try {
    await writeFile(output, bytes);
  } catch (error) {
    throw new BadInput(commandLineMessages.cannotWrite(output, errorCode(error)));
  }
  return omittedEmptyParts.length > 0 ? [`Bỏ qua các phần còn trống: ${omittedEmptyParts.join('; ')}`] : [];
}

async function exportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { inputs, output, toFolder, tableOfContents } = parseExportArgs(args);
  if (!toFolder) {
    const notes = await exportOne(inputs[0] as string, output, tableOfContents, io);
    io.stdout(`Đã xuất ${output}`);
    for (const note of notes) io.stdout(note);
    return EXIT_OK;
  }
  // Many files in one run (each `npx` start costs seconds): a refused file does not stop the others.
  ensureFolder(output);
  let refused = 0;
  for (const input of inputs) {
    const target = join(output, `${basename(input).replace(/\.[^.]*$/, '')}.docx`);
    try {
      const notes = await exportOne(input, target, tableOfContents, io);
      io.stdout(`Đã xuất ${input} → ${target}`);
      for (const note of notes) io.stdout(`  ${note}`);
    } catch (error) {
      if (!(error instanceof BadInput)) throw error;
      refused += 1;
      io.stdout(`Không xuất: ${error.message}`);
    }
  }
  io.stdout(exportCommandMessages.summary(inputs.length - refused, inputs.length, output));
  return refused > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}

export async function runCli(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE);
      return command === undefined ? EXIT_BAD_INPUT : EXIT_OK;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(version);
      return EXIT_OK;
    }
    if (command === 'export') return await exportCommand(rest, io);
    // Loaded on demand: the checker's XML parser is not needed to export.
    if (command === 'check') return await (await import('./check-command')).checkCommand(rest, io);
    if (command === 'text') return await (await import('./text-command')).textCommand(rest, io);
    if (command === 'import') return await (await import('./import-command')).importCommand(rest, io);
    if (command === 'pack') return await (await import('./pack-command')).packCommand(rest, io);
    if (command === 'consolidate') return await (await import('./consolidate-command')).consolidateCommand(rest, io);
    if (command === 'library') return await (await import('./library-command')).libraryCommand(rest, io);
    if (command === 'server') return await (await import('./server-command')).serverCommand(rest, io);
    throw new UsageError(commandLineMessages.unknownCommand(command));
  } catch (error) {
    if (error instanceof BadInput) {
      // The usage text helps with a wrong command line, not with a file the command refused.
      io.stderr(error instanceof UsageError ? `Lỗi: ${error.message}\n\n${USAGE}` : `Lỗi: ${error.message}`);
      return EXIT_BAD_INPUT;
    }
    // The app's own refusals are Vietnamese sentences already (a data folder that cannot be made, a full disk).
    if (error instanceof AppError) {
      io.stderr(`Lỗi: ${error.message}`);
      return REFUSAL_CODES.has(error.code) ? EXIT_BAD_INPUT : EXIT_INTERNAL;
    }
    // Anything else is a bug of ours: its English and its stack go to the log, the clerk reads one sentence.
    const log = fileLogger(resolveDataDir(defaultUserDataDir()), 'cli');
    log.error(`baocao ${command ?? ''} failed`, error);
    io.stderr(`Lỗi bên trong: ${libraryCommandMessages.internal} ${libraryCommandMessages.seeLog(log.path)}`);
    return EXIT_INTERNAL;
  }
}
