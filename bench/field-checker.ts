/**
 * The thể thức checker on the field corpus (tests/fixtures/field): per kind of document and
 * overall, for the files tuned on and the held-out ones apart — precision (the share of its
 * rule-backed findings that are true defects, judged on the rendered pages) and recall (the share
 * of the judged defects it finds, of those it can see: text-only for a .doc).
 *   tsx bench/field-checker.ts [--layout] [--files]   (with LibreOffice's layout of the pages / each file's errors, tuned-on files only)
 */
import { judgedFiles, scoreChecker, summariseChecker, type CheckerScore } from '../tests/support/field-checker';

const layout = process.argv.includes('--layout');
const pct = (share: number | null) => (share === null ? '  –  ' : `${(100 * share).toFixed(0).padStart(3)}%`);
const row = (label: string, scores: readonly CheckerScore[]) => {
  const m = summariseChecker(scores);
  return `${label.padEnd(28)} ${String(m.files).padStart(3)}  findings ${String(m.findings).padStart(3)}  precision ${pct(m.precision)}  defects ${String(m.defects).padStart(3)}  recall ${pct(m.recall)}`;
};

const scores: CheckerScore[] = [];
for (const file of judgedFiles()) scores.push(await scoreChecker(file, { layout }));

for (const part of [
  { label: 'tuned on', pick: (s: CheckerScore) => !s.file.expected.heldOut },
  { label: 'held out', pick: (s: CheckerScore) => !!s.file.expected.heldOut },
]) {
  const group = scores.filter(part.pick);
  console.log(
    `\n${part.label}: ${group.length} files (${new Set(group.map((s) => s.file.id)).size} documents)${layout ? ', pages laid out by LibreOffice' : ''}`,
  );
  for (const kind of [...new Set(group.map((s) => s.file.expected.kind))].sort())
    console.log(
      row(
        kind,
        group.filter((s) => s.file.expected.kind === kind),
      ),
    );
  console.log(row('— all —', group));
  console.log(
    row(
      '— .docx (whole check)',
      group.filter((s) => !s.textOnly),
    ),
  );
  console.log(
    row(
      '— .doc (text only)',
      group.filter((s) => s.textOnly),
    ),
  );
}
console.log(`\n${row('all files', scores)}`);

// Held-out files are measured, not looked into while tuning.
if (process.argv.includes('--files')) {
  for (const s of scores.filter((x) => !x.file.expected.heldOut)) {
    const wrong = s.found.filter((f) => !f.true).map((f) => `false: ${f.rule}`);
    const missed = s.defects.filter((d) => !d.found).map((d) => `missed: ${d.rule}`);
    console.log(`\n${s.file.file}: ${wrong.length + missed.length === 0 ? 'all right' : ''}`);
    for (const line of [...wrong, ...missed]) console.log(`  ${line}`);
  }
}
