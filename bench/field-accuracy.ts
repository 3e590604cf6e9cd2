/**
 * The Word reader on the field corpus (tests/fixtures/field): real documents from real offices,
 * each read by hand once. Per kind of document and overall, for the files tuned on and the held-out
 * ones apart: header fields right, outline right, signer right, Nơi nhận right, phụ lục right, the
 * share of the text that reaches the report, and every file with text dropped silently.
 *   tsx bench/field-accuracy.ts [--files]   (--files: one line per file with what it got wrong)
 */
import { fieldFiles, scoreFieldFile, type FieldScore } from '../tests/support/field-corpus';

const pct = (n: number, d: number) => (d === 0 ? '  –  ' : `${((100 * n) / d).toFixed(0).padStart(3)}%`);

function row(label: string, scores: readonly FieldScore[]): string {
  const header = scores.reduce((a, s) => ({ right: a.right + s.header.right, total: a.total + s.header.total }), { right: 0, total: 0 });
  const judged = (pick: (s: FieldScore) => boolean | null) => {
    const xs = scores.map(pick).filter((x): x is boolean => x !== null);
    return pct(xs.filter(Boolean).length, xs.length);
  };
  const minKept = Math.min(...scores.map((s) => s.kept));
  const silent = scores.filter((s) => s.silentlyDropped.length > 0).length;
  return `${label.padEnd(28)} ${String(scores.length).padStart(3)}  header ${pct(header.right, header.total)}  outline ${judged((s) => s.outline)}  signer ${judged((s) => s.signer)}  nơi nhận ${judged((s) => s.recipients)}  phụ lục ${judged((s) => s.appendices)}  text kept min ${(100 * minKept).toFixed(1)}%  dropped silently ${silent}`;
}

const scores: FieldScore[] = [];
for (const file of fieldFiles()) scores.push(await scoreFieldFile(file));

for (const part of [
  { label: 'tuned on', pick: (s: FieldScore) => !s.file.expected.heldOut },
  { label: 'held out', pick: (s: FieldScore) => !!s.file.expected.heldOut },
]) {
  const group = scores.filter(part.pick);
  console.log(`\n${part.label}: ${group.length} files (${new Set(group.map((s) => s.file.id)).size} documents)`);
  const kinds = [...new Set(group.map((s) => s.file.expected.kind))].sort();
  for (const kind of kinds) console.log(row(kind, group.filter((s) => s.file.expected.kind === kind)));
  console.log(row('— all —', group));
  console.log(row('— .doc / .docx of the office', group.filter((s) => s.file.made === 'office')));
  console.log(row('— re-saved by LibreOffice', group.filter((s) => s.file.made === 'libreoffice')));
}
console.log(`\n${row('all files', scores)}`);

if (process.argv.includes('--files')) {
  for (const s of scores) {
    const r = s.draft.report;
    const problems = [
      ...s.header.wrong,
      s.outline === false ? `outline: ${JSON.stringify(r.sections.map((x) => x.title))}` : '',
      s.signer === false ? `signer: ${JSON.stringify(r.signature)}` : '',
      s.recipients === false ? `nơi nhận: ${JSON.stringify(r.recipients)}` : '',
      s.appendices === false ? `phụ lục: ${JSON.stringify((r.appendices ?? []).map((a) => a.title))}` : '',
      s.kept < 0.99 ? `text kept ${(100 * s.kept).toFixed(1)}%` : '',
      s.silentlyDropped.length > 0 ? `dropped silently: ${s.silentlyDropped.slice(0, 12).join(' ')}` : '',
    ].filter((p) => p !== '');
    console.log(`\n${s.file.file}${s.file.expected.heldOut ? ' (held out)' : ''}: ${problems.length === 0 ? 'all right' : ''}`);
    for (const p of problems) console.log(`  ${p.slice(0, 400)}`);
  }
}
