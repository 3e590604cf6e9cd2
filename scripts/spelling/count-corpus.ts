/**
 * `tsx scripts/spelling/count-corpus.ts <name> <folder of .txt files> [--exclude <folder>]…`:
 * counts the syllables, neighbouring pairs and other words of a large body of real Vietnamese
 * text and writes them to shared/text/words/sources/counts/<name>.tsv.gz, which `npm run
 * vocabulary` reads. Run by hand on the sources recorded in shared/text/words/sources/README.md;
 * files kept for measuring (tests/fixtures/spelling/real-prose) are excluded by name, so the
 * model never sees the text it is scored on.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { countCorpus, countsFile, formatCounts } from './corpus-counts';

const args = process.argv.slice(2);
const [name, folder] = args;
if (!name || !folder) throw new Error('usage: count-corpus.ts <name> <folder> [--exclude <folder>]…');
const excluded = new Set<string>();
for (let i = 2; i < args.length; i += 2) {
  if (args[i] !== '--exclude' || !args[i + 1]) throw new Error(`unexpected argument ${args[i]}`);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      // Kept files may carry a prefix naming their source ("baomoi-21395276.txt").
      else if (entry.name.endsWith('.txt')) excluded.add(entry.name.replace(/^baomoi-/, ''));
    }
  };
  walk(args[i + 1] as string);
}
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.txt') && !excluded.has(basename(f)))
  .sort();
const counts = countCorpus(files.map((f) => readFileSync(join(folder, f), 'utf8')));
const text = formatCounts(counts, { name, files: files.length, excluded: excluded.size });
writeFileSync(countsFile(name), gzipSync(text, { level: 9 }));
console.log(
  `${files.length} articles (${excluded.size} excluded): ${counts.tokens} syllables, ${counts.syllables.size} kinds, ${counts.pairs.size} pairs kept, ${counts.others.size} other words kept`,
);
