/**
 * `npm run bench` (Word import): how much of a report comes back from Word files written by
 * different programs. The corpus (tests/support/import-corpus.ts) is every template in every
 * profile with varied content; each is written
 * - by our exporter;
 * - as hand-written OOXML: Word numbering, heading styles, bold labels only, a one-cell header
 *   table, the header in text boxes, TCVN3 (.VnTime / .VnTimeH);
 * - by LibreOffice from HTML, from ODT, and as an old .doc (Word 97) read by the text-only reader;
 * - by pandoc from Markdown (headings as styles, lists as Word numbering, no header table).
 * Per source: header fields, titles, texts, tables, signer and Nơi nhận recovered, and the time
 * to read one file. Sources whose program is missing here are skipped and said so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportReportDocx } from '../electron/core/export/export-docx';
import { readWordFile } from '../electron/core/word-import/read-word-file';
import { importWordSource } from '#shared/word-import/import-word';
import type { ReportFile } from '#shared/report-format/schema';
import { compareImport, corpusReports, foreignDocx, type ForeignStyle } from '../tests/support/import-corpus';
import { reportHtml, reportMarkdown } from '../tests/support/import-corpus-text';

const dir = mkdtempSync(join(tmpdir(), 'baocao-import-bench-'));
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

function soffice(input: string, to: string): string {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', to, '--outdir', dir, input], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return join(dir, input.replace(/^.*\//, '').replace(/\.[^.]+$/, `.${to.split(':')[0]}`));
}

type Source = { name: string; make: (report: ReportFile, stem: string) => Promise<Uint8Array> };
const foreign = (style: ForeignStyle, name: string): Source => ({ name, make: (r) => foreignDocx(r, style) });
const sources: Source[] = [
  { name: 'Soạn Báo Cáo (our export)', make: async (r) => (await exportReportDocx(r, new Date('2026-06-05'))).bytes },
  foreign('numbering', 'OOXML, Word numbering'),
  foreign('heading-styles', 'OOXML, heading styles'),
  foreign('plain', 'OOXML, bold labels only'),
  foreign('one-cell-header', 'OOXML, one-cell header table'),
  foreign('text-box-header', 'OOXML, header in text boxes'),
  foreign('tcvn3', 'OOXML, TCVN3 .VnTime/.VnTimeH'),
];
if (has('soffice')) {
  sources.push(
    {
      name: 'LibreOffice from HTML',
      make: async (r, stem) => {
        writeFileSync(join(dir, `${stem}.html`), reportHtml(r));
        return readFileSync(soffice(join(dir, `${stem}.html`), 'docx:MS Word 2007 XML'));
      },
    },
    {
      name: 'LibreOffice from ODT',
      make: async (r, stem) => {
        writeFileSync(join(dir, `${stem}-o.html`), reportHtml(r));
        const odt = soffice(join(dir, `${stem}-o.html`), 'odt:writer8');
        return readFileSync(soffice(odt, 'docx:MS Word 2007 XML'));
      },
    },
    {
      name: '.doc (Word 97, text only)',
      make: async (r, stem) => {
        writeFileSync(join(dir, `${stem}-d.html`), reportHtml(r));
        const odt = soffice(join(dir, `${stem}-d.html`), 'odt:writer8');
        return readFileSync(soffice(odt, 'doc:MS Word 97'));
      },
    },
  );
} else console.log('LibreOffice missing: its sources are skipped.');
if (has('pandoc')) {
  sources.push({
    name: 'pandoc from Markdown',
    make: async (r, stem) => {
      writeFileSync(join(dir, `${stem}.md`), reportMarkdown(r));
      execFileSync('pandoc', [join(dir, `${stem}.md`), '-o', join(dir, `${stem}-p.docx`)]);
      return readFileSync(join(dir, `${stem}-p.docx`));
    },
  });
} else console.log('pandoc missing: its source is skipped (apt-get install pandoc).');

if (process.env.BENCH_WRITE_ONLY) {
  writeFileSync(join(process.env.BENCH_WRITE_ONLY, 'r.html'), reportHtml(corpusReports()[Number(process.env.BENCH_INDEX ?? 0)]!.report));
  writeFileSync(join(process.env.BENCH_WRITE_ONLY, 'r.md'), reportMarkdown(corpusReports()[Number(process.env.BENCH_INDEX ?? 0)]!.report));
  process.exit(0);
}
const pct = (a: number, b: number) => (b === 0 ? '—' : `${((a / b) * 100).toFixed(1)}%`);
const corpus = corpusReports();
console.log(`Word import accuracy over ${corpus.length} reports (every template × every profile) per source:`);
for (const source of sources) {
  const totals = { header: 0, titles: [0, 0], texts: [0, 0], plain: [0, 0], tables: [0, 0], signer: 0, recipients: 0, ms: [] as number[] };
  for (const [i, { report }] of corpus.entries()) {
    const bytes = await source.make(report, `r${i}`);
    const started = performance.now();
    const draft = importWordSource(await readWordFile(bytes));
    totals.ms.push(performance.now() - started);
    const score = compareImport(report, draft.report);
    totals.header += score.header.same ? 1 : 0;
    totals.titles[0]! += score.titles.found;
    totals.titles[1]! += score.titles.total;
    totals.texts[0]! += score.texts.found;
    totals.texts[1]! += score.texts.total;
    totals.plain[0]! += score.plainTexts.found;
    totals.plain[1]! += score.plainTexts.total;
    totals.tables[0]! += score.tables.found;
    totals.tables[1]! += score.tables.total;
    totals.signer += score.signer ? 1 : 0;
    totals.recipients += score.recipients ? 1 : 0;
    if (process.env.BENCH_VERBOSE && (!score.header.same || score.texts.found < score.texts.total || score.titles.found < score.titles.total))
      console.log(
        `    ${corpus[i]!.name}: ${score.header.differences.join('; ')} titles ${score.titles.found}/${score.titles.total} texts ${score.texts.found}/${score.texts.total} missing: ${[...score.texts.missing, ...score.tables.missing].slice(0, 3).join(' ¦ ').slice(0, 300)}`,
      );
  }
  const n = corpus.length;
  const ms = totals.ms.sort((a, b) => a - b)[Math.floor(n / 2)]!;
  console.log(
    `  ${source.name.padEnd(32)} header ${pct(totals.header, n)} · titles ${pct(totals.titles[0]!, totals.titles[1]!)} · texts ${pct(totals.texts[0]!, totals.texts[1]!)} (words ${pct(totals.plain[0]!, totals.plain[1]!)}) · tables ${pct(totals.tables[0]!, totals.tables[1]!)} · signer ${pct(totals.signer, n)} · Nơi nhận ${pct(totals.recipients, n)} · read ${ms.toFixed(1)} ms/file`,
  );
}
