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
import { importWordSource } from '../shared/word-import/import-word';
import { blockFromFile } from '../shared/domain/report';
import { outlineLabel } from '../shared/domain/numbering';
import { getLayoutProfile } from '../shared/the-thuc/profiles';
import { padDocumentNumber } from '../shared/the-thuc/header-lines';
import type { Block, FileSection, ReportFile, Run } from '../shared/report-format/schema';
import { compareImport, corpusReports, foreignDocx, type ForeignStyle } from '../tests/support/import-corpus';

const dir = mkdtempSync(join(tmpdir(), 'baocao-import-bench-'));
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const up = (t: string) => t.toLocaleUpperCase('vi-VN');
const hasContent = (s: FileSection): boolean => (s.blocks ?? []).length > 0 || (s.children ?? []).some(hasContent);

/** The report as a clerk's HTML page (what LibreOffice opens): header and signature in tables, headings as h2–h4, lists as ul. */
export function reportHtml(report: ReportFile): string {
  const layout = getLayoutProfile(report.profile);
  const party = layout.family === 'party';
  const h = report.header;
  const [y, m, d] = (h.date ?? '').split('-');
  const runs = (rs: readonly Run[]) => rs.map((r) => (r.bold ? `<b>${esc(r.text)}</b>` : r.italic ? `<i>${esc(r.text)}</i>` : esc(r.text))).join('');
  const block = (b0: Block): string => {
    const b = blockFromFile(b0);
    if (b.type === 'paragraph') return `<p>${runs(b.runs)}</p>`;
    if (b.type === 'bullets') return `<ul>${b.items.map((i) => (i.level === 2 ? `<ul><li>${runs(i.runs)}</li></ul>` : `<li>${runs(i.runs)}</li>`)).join('')}</ul>`;
    return `${b.caption ? `<p align="center"><b>${esc(b.caption)}</b></p>` : ''}<table border="1"><tr>${b.header.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
  };
  const outline = report.outline ?? 'sections';
  const sections = (list: readonly FileSection[], depth: number): string => {
    let index = 0;
    return list
      .filter(hasContent)
      .map((s) => {
        index += 1;
        const label = outlineLabel(outline, depth, index);
        const level = outline === 'parts' ? depth - 1 : depth;
        const heading = outline === 'parts' && depth === 1 ? `<p align="center"><b>${label}</b></p><p align="center"><b>${esc(up(s.title))}</b></p>` : `<h${level + 1}>${label} ${esc(level === 1 ? up(s.title) : s.title)}</h${level + 1}>`;
        return heading + (s.blocks ?? []).map(block).join('') + sections(s.children ?? [], depth + 1);
      })
      .join('');
  };
  const s = report.signature;
  const authority = s.authority === '' ? '' : (layout.authorityLabels[s.authority] ?? s.authority);
  return `<html><head><meta charset="utf-8"></head><body>
<table><tr><td align="center">${esc(up(h.parentBody ?? ''))}<br><b>${esc(up(h.issuingBody))}</b><br>${party ? '*' : '-----'}<p>${party ? `Số ${padDocumentNumber(h.number)}-${esc(h.symbol)}` : `Số: ${padDocumentNumber(h.number)}/${esc(h.symbol)}`}</p></td>
<td align="center">${layout.nationalLines.map((l) => `<b>${esc(l.text)}</b>`).join('<br>')}<p><i>${esc(h.place)}, ${h.date ? `ngày ${d} tháng ${m} năm ${y}` : 'ngày     tháng     năm 2026'}</i></p></td></tr></table>
<p align="center"><b>BÁO CÁO</b></p><p align="center"><b>${esc(h.summary)}</b></p><p align="center">-----</p>
${!party && h.addressees?.length ? `<p align="center">Kính gửi: ${h.addressees.map(esc).join('; ')}</p>` : ''}
${(report.opening ?? []).map(block).join('')}${sections(report.sections, 1)}${(report.closing ?? []).map(block).join('')}
<table><tr><td><b><i>Nơi nhận:</i></b><br>${report.recipients.map((r, i) => `- ${esc(r.replace(/[;.]+$/, ''))}${i === report.recipients.length - 1 ? '.' : ';'}`).join('<br>')}</td>
<td align="center"><b>${esc(up(`${authority} ${s.onBehalfOf}`.trim()))}</b><br><b>${esc(up(s.position))}</b><br><br><br><br><b>${esc(s.name)}</b></td></tr></table>
${(report.appendices ?? []).map((a, i) => `<p align="center"><b>Phụ lục ${party ? i + 1 : ['I', 'II'][i]}</b></p><p align="center"><b>${esc(up(a.title))}</b></p>${(a.blocks ?? []).map(block).join('')}`).join('')}
</body></html>`;
}

/** The report as Markdown for pandoc: the header as plain lines, headings as #, lists as "-". */
export function reportMarkdown(report: ReportFile): string {
  const layout = getLayoutProfile(report.profile);
  const party = layout.family === 'party';
  const h = report.header;
  const [y, m, d] = (h.date ?? '').split('-');
  const md = (t: string) => t.replace(/([*_\\[\]#])/g, '\\$1');
  const runs = (rs: readonly Run[]) =>
    rs
      .map((r) => {
        const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(r.text) ?? [];
        return r.bold ? `${lead}**${md(core)}**${trail}` : r.italic ? `${lead}*${md(core)}*${trail}` : md(r.text);
      })
      .join('');
  const block = (b0: Block): string => {
    const b = blockFromFile(b0);
    if (b.type === 'paragraph') return runs(b.runs);
    if (b.type === 'bullets') return b.items.map((i) => `${i.level === 2 ? '    ' : ''}- ${runs(i.runs)}`).join('\n');
    return `${b.caption ? `**${md(b.caption)}**\n\n` : ''}| ${b.header.join(' | ')} |\n|${b.header.map(() => '---').join('|')}|\n${b.rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}`;
  };
  const outline = report.outline ?? 'sections';
  const sections = (list: readonly FileSection[], depth: number): string[] => {
    let index = 0;
    return list.filter(hasContent).flatMap((s) => {
      index += 1;
      const label = outlineLabel(outline, depth, index);
      const level = outline === 'parts' ? depth - 1 : depth;
      const heading = outline === 'parts' && depth === 1 ? [`**${label}**`, `**${up(s.title)}**`] : [`${'#'.repeat(level)} ${label} ${level === 1 ? up(s.title) : s.title}`];
      return [...heading, ...(s.blocks ?? []).map(block), ...sections(s.children ?? [], depth + 1)];
    });
  };
  const sig = report.signature;
  const authority = sig.authority === '' ? '' : (layout.authorityLabels[sig.authority] ?? sig.authority);
  return [
    up(h.parentBody ?? ''), `**${up(h.issuingBody)}**`, party ? `Số ${padDocumentNumber(h.number)}-${h.symbol}` : `Số: ${padDocumentNumber(h.number)}/${h.symbol}`,
    ...layout.nationalLines.map((l) => `**${l.text}**`),
    `*${h.place}, ${h.date ? `ngày ${d} tháng ${m} năm ${y}` : 'ngày tháng năm 2026'}*`,
    '**BÁO CÁO**', `**${md(h.summary)}**`,
    ...(!party && h.addressees?.length ? [`Kính gửi: ${h.addressees.join('; ')}`] : []),
    ...(report.opening ?? []).map(block), ...sections(report.sections, 1), ...(report.closing ?? []).map(block),
    '***Nơi nhận:***', report.recipients.map((r, i) => `\\- ${md(r.replace(/[;.]+$/, ''))}${i === report.recipients.length - 1 ? '.' : ';'}`).join('\\\n'),
    `**${up(`${authority} ${sig.onBehalfOf}`.trim())}**`, `**${up(sig.position)}**`, `**${sig.name}**`,
    ...(report.appendices ?? []).flatMap((a, i) => [`**Phụ lục ${party ? i + 1 : ['I', 'II'][i]}**`, `**${up(a.title)}**`, ...(a.blocks ?? []).map(block)]),
  ].join('\n\n');
}

function soffice(input: string, to: string): string {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', to, '--outdir', dir, input], { stdio: 'ignore', timeout: 120_000 });
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
    { name: 'LibreOffice from HTML', make: async (r, stem) => { writeFileSync(join(dir, `${stem}.html`), reportHtml(r)); return readFileSync(soffice(join(dir, `${stem}.html`), 'docx:MS Word 2007 XML')); } },
    { name: 'LibreOffice from ODT', make: async (r, stem) => { writeFileSync(join(dir, `${stem}-o.html`), reportHtml(r)); const odt = soffice(join(dir, `${stem}-o.html`), 'odt:writer8'); return readFileSync(soffice(odt, 'docx:MS Word 2007 XML')); } },
    { name: '.doc (Word 97, text only)', make: async (r, stem) => { writeFileSync(join(dir, `${stem}-d.html`), reportHtml(r)); const odt = soffice(join(dir, `${stem}-d.html`), 'odt:writer8'); return readFileSync(soffice(odt, 'doc:MS Word 97')); } },
  );
} else console.log('LibreOffice missing: its sources are skipped.');
if (has('pandoc')) {
  sources.push({ name: 'pandoc from Markdown', make: async (r, stem) => { writeFileSync(join(dir, `${stem}.md`), reportMarkdown(r)); execFileSync('pandoc', [join(dir, `${stem}.md`), '-o', join(dir, `${stem}-p.docx`)]); return readFileSync(join(dir, `${stem}-p.docx`)); } });
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
    if (process.env.BENCH_VERBOSE && (!score.header.same || score.texts.found < score.texts.total || score.titles.found < score.titles.total)) console.log(`    ${corpus[i]!.name}: ${score.header.differences.join('; ')} titles ${score.titles.found}/${score.titles.total} texts ${score.texts.found}/${score.texts.total} missing: ${[...score.texts.missing, ...score.tables.missing].slice(0, 3).join(' ¦ ').slice(0, 300)}`);
  }
  const n = corpus.length;
  const ms = totals.ms.sort((a, b) => a - b)[Math.floor(n / 2)]!;
  console.log(
    `  ${source.name.padEnd(32)} header ${pct(totals.header, n)} · titles ${pct(totals.titles[0]!, totals.titles[1]!)} · texts ${pct(totals.texts[0]!, totals.texts[1]!)} (words ${pct(totals.plain[0]!, totals.plain[1]!)}) · tables ${pct(totals.tables[0]!, totals.tables[1]!)} · signer ${pct(totals.signer, n)} · Nơi nhận ${pct(totals.recipients, n)} · read ${ms.toFixed(1)} ms/file`,
  );
}
