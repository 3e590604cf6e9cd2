/** `baocao check <file.docx> [--profile p] [--json]`: the thể thức checker for office IT staff. */
import { readFile } from 'node:fs/promises';
import { AppError } from '../../shared/contract/errors';
import { PROFILE_IDS, type ProfileId } from '../../shared/domain/vocabulary';
import { LAST_PAGE_METHOD_LABEL } from '../../shared/the-thuc/findings';
import { getLayoutProfile } from '../../shared/the-thuc/profiles';
import { checkDocx } from '../core/checker/check-docx';
import { BadInput, EXIT_FINDINGS, EXIT_OK, type CliIo } from './run-cli';

function parseArgs(args: readonly string[]): { file: string; profile?: ProfileId; json: boolean } {
  let file: string | undefined;
  let profile: ProfileId | undefined;
  let json = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--profile' || arg === '-p') {
      const value = args[i + 1];
      i += 1;
      if (!PROFILE_IDS.includes(value as ProfileId)) throw new BadInput(`Thể thức "${value ?? ''}" không có; chọn một trong: ${PROFILE_IDS.join(', ')}.`);
      profile = value as ProfileId;
    } else if (arg.startsWith('-')) throw new BadInput(`Không hiểu tùy chọn "${arg}".`);
    else if (file === undefined) file = arg;
    else throw new BadInput(`Thừa tham số "${arg}".`);
  }
  if (!file) throw new BadInput('Thiếu tệp Word (.docx) cần kiểm tra.');
  return { file, profile, json };
}

export async function checkCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { file, profile, json } = parseArgs(args);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new BadInput(code === 'ENOENT' ? `Không tìm thấy tệp "${file}".` : `Không đọc được tệp "${file}" (${code ?? 'lỗi'}).`);
  }
  let report;
  try {
    report = await checkDocx(bytes, profile, { layout: true });
  } catch (error) {
    if (error instanceof AppError) throw new BadInput(`${file}: ${error.message}`);
    throw error;
  }
  if (json) {
    io.stdout(JSON.stringify({ file, ...report }, null, 2));
  } else {
    const label = getLayoutProfile(report.profile).label;
    io.stdout(`${file}: thể thức ${label}${report.profileDetected ? ' (tự nhận biết)' : ''}`);
    if (report.findings.length === 0) io.stdout('Đúng thể thức: không tìm thấy lỗi.');
    for (const f of report.findings) {
      io.stdout(`- [${f.ruleId}] ${f.rule} (${f.source})\n    Tìm thấy: ${f.found}\n    Cần: ${f.expected}\n    Ở: ${f.where}`);
    }
    if (report.findings.length > 0) io.stdout(`Tìm thấy ${report.findings.length} lỗi thể thức.`);
    io.stdout(LAST_PAGE_METHOD_LABEL[report.lastPageMethod]);
  }
  return report.findings.length === 0 ? EXIT_OK : EXIT_FINDINGS;
}
