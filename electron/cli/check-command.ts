/** `baocao check <file.docx|.doc…> [--profile p] [--json] [-o folder]`: the thể thức checker for office IT staff. */
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AppError } from '#shared/contract/errors';
import { PROFILE_IDS, type ProfileId } from '#shared/domain/vocabulary';
import { defectsOf, LAST_PAGE_METHOD_LABEL } from '#shared/the-thuc/findings';
import { getLayoutProfile } from '#shared/the-thuc/profiles';
import { checkWordFiles } from '../core/checker/check-word-file';
import { BadInput, ensureFolder, EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, readInputFile, type CliIo, UsageError, inFile } from './cli-io';
import type { CheckReport } from '#shared/the-thuc/findings';
import { checkCommandMessages, commandLineMessages } from '#shared/messages/command-line';

interface CheckArgs {
  files: string[];
  profile?: ProfileId;
  json: boolean;
  /** A folder for one JSON result per file. */
  output?: string;
}

function parseArgs(args: readonly string[]): CheckArgs {
  const files: string[] = [];
  let profile: ProfileId | undefined;
  let json = false;
  let output: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--profile' || arg === '-p') {
      const value = args[i + 1];
      i += 1;
      if (!PROFILE_IDS.includes(value as ProfileId)) throw new UsageError(checkCommandMessages.unknownProfile(value ?? '', PROFILE_IDS.join(', ')));
      profile = value as ProfileId;
    } else if (arg === '-o' || arg === '--output') {
      output = args[i + 1];
      i += 1;
      if (!output) throw new UsageError(commandLineMessages.optionNeedsFolder('-o'));
    } else if (arg.startsWith('-')) throw new UsageError(commandLineMessages.unknownOption(arg));
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError(checkCommandMessages.missingFiles);
  return { files, profile, json, output };
}

/**
 * How many files are read and laid out together: LibreOffice lays a batch out in one start
 * (about a second saved per file after the first), and a batch's files are held in memory.
 */
const CHECK_BATCH_FILES = 10;

/** Each file's report, or why it could not be checked (BadInput), batch by batch in the order given. */
async function* checkAll(files: readonly string[], profile: ProfileId | undefined): AsyncGenerator<{ file: string; outcome: CheckReport | BadInput }> {
  for (let start = 0; start < files.length; start += CHECK_BATCH_FILES) {
    const batch = files.slice(start, start + CHECK_BATCH_FILES);
    const read: (Buffer | BadInput)[] = [];
    for (const file of batch) read.push(await readInputFile(file).catch((error: unknown) => (error instanceof BadInput ? error : Promise.reject(error))));
    const readable = batch.flatMap((_, i) => (read[i] instanceof BadInput ? [] : [i]));
    const docs = readable.map((i) => read[i] as Buffer);
    const checked = await checkWordFiles(docs, profile, { layout: true });
    for (const [i, file] of batch.entries()) {
      const outcome = read[i] instanceof BadInput ? read[i] : checked[readable.indexOf(i)];
      yield { file, outcome: outcome instanceof AppError ? new BadInput(inFile(file, outcome.message)) : (outcome as CheckReport | BadInput) };
    }
  }
}

function printReport(file: string, report: CheckReport, io: CliIo): void {
  const label = getLayoutProfile(report.profile).label;
  io.stdout(`${file}: thể thức ${label}${report.profileDetected ? ' (tự nhận biết)' : ''}`);
  const defects = defectsOf(report);
  const advice = report.findings.filter((f) => f.basis === 'practice');
  if (defects.length === 0) io.stdout(checkCommandMessages.noDefects);
  for (const f of defects) io.stdout(`- [${f.ruleId}] ${f.rule} (${f.source})\n    Tìm thấy: ${f.found}\n    Cần: ${f.expected}\n    Ở: ${f.where}`);
  if (defects.length > 0) io.stdout(checkCommandMessages.defects(defects.length));
  if (advice.length > 0) {
    io.stdout('Gợi ý trình bày (không phải lỗi thể thức):');
    for (const f of advice) io.stdout(`- [${f.ruleId}] ${f.rule}\n    Tìm thấy: ${f.found}\n    Nên: ${f.expected}\n    Ở: ${f.where}`);
  }
  io.stdout(LAST_PAGE_METHOD_LABEL[report.lastPageMethod]);
}

/** Exit: 2 when a file could not be checked (the others still are), else 3 when any has findings, else 0. */
export async function checkCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { files, profile, json, output } = parseArgs(args);
  if (files.length === 1 && !output) {
    const { outcome: report } = (await checkAll(files, profile).next()).value as { outcome: CheckReport | BadInput };
    if (report instanceof BadInput) throw report;
    if (json) io.stdout(JSON.stringify({ file: files[0], ...report }, null, 2));
    else printReport(files[0] as string, report, io);
    return defectsOf(report).length === 0 ? EXIT_OK : EXIT_FINDINGS;
  }
  if (output) ensureFolder(output);
  let refused = 0;
  let withFindings = 0;
  const results: unknown[] = [];
  for await (const { file, outcome: report } of checkAll(files, profile)) {
    if (report instanceof BadInput) {
      refused += 1;
      if (json) results.push({ file, error: report.message });
      else io.stdout(`Không kiểm tra được: ${report.message}`);
      continue;
    }
    if (defectsOf(report).length > 0) withFindings += 1;
    if (output) await writeFile(join(output, `${basename(file).replace(/\.[^.]*$/, '')}.kiem-tra.json`), `${JSON.stringify({ file, ...report }, null, 2)}\n`);
    if (json) results.push({ file, ...report });
    else if (output) io.stdout(`${file}: ${defectsOf(report).length === 0 ? 'đúng thể thức' : `${defectsOf(report).length} lỗi thể thức`}`);
    else printReport(file, report, io);
  }
  if (json) io.stdout(JSON.stringify(results, null, 2));
  else io.stdout(checkCommandMessages.summary(files.length - refused, files.length, withFindings));
  return refused > 0 ? EXIT_BAD_INPUT : withFindings > 0 ? EXIT_FINDINGS : EXIT_OK;
}
