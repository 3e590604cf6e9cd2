/**
 * The reader on Word files nobody here has read: every .docx, .doc and PDF of a folder imported as
 * the review leaves it, exported, and read back — the share of its words the new Word file holds
 * (as the field corpus's round trip counts them), or the Vietnamese refusal a clerk would see.
 * Not part of `npm run bench`: the files are an office's, fetched for the measure, not kept here.
 *   tsx bench/round-trip-folder.ts <folder> [--all] [--check]   (--all: every file; else those under 99.5% and the refused)
 * --check: the app's own thể thức check run on the Word file it wrote, against the same check of the
 * original — the findings the export brings that the original did not have, by rule: what reading a
 * file and writing it again got wrong (a công văn made a báo cáo, khoản numbered again).
 * December 2026: the 163 Word files of Trangsct/skill-sct (snapshot 3821ed3bb638) not in the field
 * corpus — `git ls-tree -r HEAD` of the snapshot, each blob not named in tests/fixtures/field/SOURCES.md.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { roundTripOf } from '../tests/support/field-round-trip';
import { readWordFile } from '../electron/core/word-import/read-word-file';
import { importWordSource } from '#shared/word-import/import-word';
import { exportReportDocx } from '../electron/core/export/export-docx';
import { checkWordFile } from '../electron/core/checker/check-word-file';

const ruleIds = (report: Awaited<ReturnType<typeof checkWordFile>>) => new Set(report.findings.filter((f) => f.basis === 'rule').map((f) => f.ruleId));

/** Rule ids the check finds on the exported file and not on the original. */
async function introducedFindings(bytes: Uint8Array): Promise<string[]> {
  const original = ruleIds(await checkWordFile(bytes, undefined, { layout: false }));
  const draft = importWordSource(await readWordFile(bytes));
  const exported = ruleIds(await checkWordFile((await exportReportDocx(draft.report, new Date())).bytes, undefined, { layout: false }));
  return [...exported].filter((id) => !original.has(id));
}

const folder = process.argv[2];
if (!folder) {
  console.error('tsx bench/round-trip-folder.ts <folder> [--all]');
  process.exit(2);
}
const files = readdirSync(folder)
  .filter((name) => /\.(docx?|pdf)$/i.test(name) && statSync(join(folder, name)).size > 0)
  .sort();
let whole = 0;
let refused = 0;
const check = process.argv.includes('--check');
const introduced = new Map<string, number>();
for (const name of files) {
  try {
    const { kept, lost } = await roundTripOf(readFileSync(join(folder, name)));
    if (kept >= 0.995) whole += 1;
    if (kept < 0.995 || process.argv.includes('--all')) console.log(`${(100 * kept).toFixed(2).padStart(6)}%  ${name}  lost: ${lost.slice(0, 12).join(' ')}`);
    if (check && !/\.pdf$/i.test(name)) {
      const added = await introducedFindings(readFileSync(join(folder, name)));
      for (const id of added) introduced.set(id, (introduced.get(id) ?? 0) + 1);
      if (added.length > 0) console.log(`   the Word file written again adds: ${added.join(', ')}  ${name}`);
    }
  } catch (error) {
    refused += 1;
    console.log(`refused  ${name}  ${(error as Error).message}`);
  }
}
console.log(`\n${files.length} files: ${whole} with ≥ 99.5% of their words kept, ${files.length - whole - refused} fewer, ${refused} refused`);
if (check) {
  console.log(`\nfindings the written file has and the original had not (files):`);
  for (const [id, n] of [...introduced].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${id}`);
}
