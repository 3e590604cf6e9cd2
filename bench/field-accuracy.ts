/**
 * The Word reader on the field corpus (tests/fixtures/field): real documents from real offices,
 * each read by hand once. Per kind of document and overall, for the files tuned on and the held-out
 * ones apart: header fields right, outline right, signer right, Nơi nhận right, phụ lục right, the
 * share of the text that reaches the report, and every file with text dropped silently.
 *   tsx bench/field-accuracy.ts [--files | --all]   (what each file got wrong: tuned-on files / every file)
 */
import { fieldFiles, scoreFieldFile, summariseScores, type FieldScore } from '../tests/support/field-corpus';

const pct = (share: number | null) => (share === null ? '  –  ' : `${(100 * share).toFixed(0).padStart(3)}%`);

function row(label: string, scores: readonly FieldScore[]): string {
  const m = summariseScores(scores);
  return `${label.padEnd(28)} ${String(m.files).padStart(3)}  header ${pct(m.header)}  outline ${pct(m.outline)}  signer ${pct(m.signer)}  nơi nhận ${pct(m.recipients)}  phụ lục ${pct(m.appendices)}  text kept min ${(100 * m.minKept).toFixed(1)}%  dropped silently ${m.silentlyDropping.length}`;
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
  for (const kind of kinds)
    console.log(
      row(
        kind,
        group.filter((s) => s.file.expected.kind === kind),
      ),
    );
  console.log(row('— all —', group));
  console.log(
    row(
      '— .doc / .docx of the office',
      group.filter((s) => s.file.made === 'office'),
    ),
  );
  console.log(
    row(
      '— re-saved by LibreOffice',
      group.filter((s) => s.file.made === 'libreoffice'),
    ),
  );
}
console.log(`\n${row('all files', scores)}`);

// Files held out are measured, not looked into while tuning: --files lists the tuned-on files only, --all every file.
if (process.argv.includes('--files') || process.argv.includes('--all')) {
  for (const s of scores.filter((x) => process.argv.includes('--all') || !x.file.expected.heldOut)) {
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
