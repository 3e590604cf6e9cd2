/**
 * The reader on Word files nobody here has read: every .docx, .doc and PDF of a folder imported as
 * the review leaves it, exported, and read back — the share of its words the new Word file holds
 * (as the field corpus's round trip counts them), or the Vietnamese refusal a clerk would see.
 * Not part of `npm run bench`: the files are an office's, fetched for the measure, not kept here.
 *   tsx bench/round-trip-folder.ts <folder> [--all]   (--all: every file; else those under 99.5% and the refused)
 * December 2026: the 163 Word files of Trangsct/skill-sct (snapshot 3821ed3bb638) not in the field
 * corpus — `git ls-tree -r HEAD` of the snapshot, each blob not named in tests/fixtures/field/SOURCES.md.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { roundTripOf } from '../tests/support/field-round-trip';

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
for (const name of files) {
  try {
    const { kept, lost } = await roundTripOf(readFileSync(join(folder, name)));
    if (kept >= 0.995) whole += 1;
    if (kept < 0.995 || process.argv.includes('--all')) console.log(`${(100 * kept).toFixed(2).padStart(6)}%  ${name}  lost: ${lost.slice(0, 12).join(' ')}`);
  } catch (error) {
    refused += 1;
    console.log(`refused  ${name}  ${(error as Error).message}`);
  }
}
console.log(`\n${files.length} files: ${whole} with ≥ 99.5% of their words kept, ${files.length - whole - refused} fewer, ${refused} refused`);
