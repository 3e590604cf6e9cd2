/**
 * The `baocao` command. Output and errors in Vietnamese; exit codes for scripts:
 * 0 done, 2 bad input (usage, unreadable or invalid file), 1 internal error.
 * It runs the same exporter the app uses, so a file made here equals one made in the app.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { describeProblems, readReportFile } from '../../shared/report-format/read-report-file';
import { describeBlockers, exportBlockers } from '../../shared/domain/export-blockers';
import { contentFromFile } from '../../shared/domain/report-file-mapping';
import { exportReportDocx } from '../core/export/export-docx';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  today: () => Date;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_FINDINGS = 3;

const USAGE = `Cách dùng:
  baocao export <báo-cáo.json> -o <tệp.docx> [--toc]
                                                Xuất báo cáo (định dạng baocao.report/1) ra tệp Word;
                                                --toc thêm trang "Mục lục" ở cuối
  baocao check <tệp.docx> [--profile <thể thức>] [--json]
                                                Kiểm tra thể thức một tệp Word bất kỳ
                                                (thể thức: state, party, youth-union, trade-union, front;
                                                không ghi thì tự nhận biết)
  baocao text check <tệp.txt> [--style new|old] [--dict <từ-điển.txt>]
                                                Soát chính tả: mỗi dòng "dòng:cột<TAB>từ<TAB>gợi ý"
  baocao text convert --from tcvn3|vni|auto <tệp>
                                                Chuyển văn bản phông cũ (.VnTime, VNI-Times) sang Unicode
  baocao text tone --style new|old <tệp>        Đặt dấu thanh theo một kiểu: new (hòa, thủy), old (hoà, thuỷ)
  baocao --help                                 Hiện hướng dẫn này
  baocao --version                              Hiện phiên bản

Mã thoát: 0 thành công (check: đúng thể thức), 3 check/text check tìm thấy lỗi,
2 dữ liệu vào sai, 1 lỗi bên trong.`;

export class BadInput extends Error {}

function parseExportArgs(args: readonly string[]): { input: string; output: string; tableOfContents: boolean } {
  let input: string | undefined;
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
      throw new BadInput(`Không hiểu tùy chọn "${arg}".`);
    } else if (input === undefined) {
      input = arg;
    } else {
      throw new BadInput(`Thừa tham số "${arg}".`);
    }
  }
  if (!input) throw new BadInput('Thiếu tệp báo cáo (.json) cần xuất.');
  if (!output) throw new BadInput('Thiếu tệp kết quả: thêm "-o <tệp.docx>".');
  if (!/\.docx$/i.test(output)) throw new BadInput('Tệp kết quả phải có đuôi .docx.');
  return { input, output, tableOfContents };
}

async function exportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { input, output, tableOfContents } = parseExportArgs(args);
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new BadInput(code === 'ENOENT' ? `Không tìm thấy tệp "${input}".` : `Không đọc được tệp "${input}" (${code ?? 'lỗi'}).`);
  }
  const result = readReportFile(text);
  if (!result.ok) throw new BadInput(describeProblems(result.problems));
  const blockers = exportBlockers(contentFromFile(result.report));
  if (blockers.length > 0) throw new BadInput(`${input}: ${describeBlockers(blockers)}`);
  const { bytes, omittedEmptyParts } = await exportReportDocx(result.report, io.today(), { tableOfContents });
  try {
    await writeFile(output, bytes);
  } catch (error) {
    throw new BadInput(`Không ghi được tệp "${output}" (${(error as { code?: string }).code ?? 'lỗi'}). Hãy kiểm tra thư mục và quyền ghi, hoặc đóng tệp nếu đang mở trong Word.`);
  }
  io.stdout(`Đã xuất ${output}`);
  if (omittedEmptyParts.length > 0) io.stdout(`Bỏ qua các phần còn trống: ${omittedEmptyParts.join('; ')}`);
  return EXIT_OK;
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
    throw new BadInput(`Không có lệnh "${command}".`);
  } catch (error) {
    if (error instanceof BadInput) {
      io.stderr(`Lỗi: ${error.message}\n\n${USAGE}`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`Lỗi bên trong: ${(error as Error).message ?? String(error)}`);
    return EXIT_INTERNAL;
  }
}
