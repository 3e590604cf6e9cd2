/**
 * `npm run bench` (bản trình): a ~100-page report sent to a leader and back with 200 changes —
 * 150 paragraphs rewritten in place (a figure or a phrase), 30 as tracked insertions with an
 * author, 20 deleted — read (tags, the Word reader, tracked changes), compared with the version
 * sent and the app's version, and every change applied. Goal: under 1 s.
 */
import { exportReportDocx } from '../electron/core/export/export-docx';
import { readSubmissionTags } from '../electron/core/sign-off/read-tags';
import { readWordFile } from '../electron/core/word-import/read-word-file';
import { importWordSource } from '#shared/word-import/import-word';
import { reviewChanges } from '#shared/sign-off/review';
import { applyChanges } from '#shared/sign-off/apply';
import { ZipReader } from '../electron/core/word-file/read-zip';
import { zip } from '../electron/core/zip/write-zip';
import { longBenchReport } from './long-report';

const report = longBenchReport();
const sent = (await exportReportDocx(report, new Date('2026-11-30T00:00:00Z'), { reportId: 'bao-cao-dai', submission: 1 })).bytes;

// The leader's Word file: 200 edits to the document's paragraphs.
const reader = new ZipReader(Buffer.from(sent));
let xml = reader.read('word/document.xml')!.toString('utf8');
let edits = 0;
let index = 0;
xml = xml.replace(/<w:t xml:space="preserve">([^<]{60,})<\/w:t><\/w:r><\/w:p>/g, (whole, text: string) => {
  index += 1;
  if (edits >= 200 || index % 3 !== 0) return whole;
  edits += 1;
  if (edits <= 150) return whole.replace(text, `${text.replace(/ đã /, ' đã kịp thời ')} Lãnh đạo sửa lần ${edits}.`);
  if (edits <= 180)
    return whole.replace(
      '</w:r></w:p>',
      `</w:r><w:ins w:id="${edits}" w:author="Phó Chủ tịch"><w:r><w:t xml:space="preserve"> Bổ sung số liệu lần ${edits}.</w:t></w:r></w:ins></w:p>`,
    );
  // Deleted: the paragraph emptied (Word keeps the mark; the reader skips empty paragraphs).
  return whole.replace(text, '');
});
const parts = reader
  .names()
  .filter((n) => !n.endsWith('/'))
  .map((name) => ({ name, content: name === 'word/document.xml' ? xml : reader.read(name)! }));
const returned = zip(parts, new Date('2026-11-30T00:00:00Z'));

const times: number[] = [];
let changes = 0;
for (let round = 0; round < 5; round += 1) {
  const started = performance.now();
  const tags = readSubmissionTags(returned);
  if (tags.submission !== 1) throw new Error('sign-off bench: tags not read');
  const draft = importWordSource(await readWordFile(returned));
  const marked = draft.lines
    .filter((l) => l.suggestions || l.comments)
    .map((l) => ({ place: draft.places[l.id] ?? { kind: 'unplaced' as const }, text: l.text, suggestions: l.suggestions ?? [], comments: l.comments ?? [] }));
  const review = reviewChanges({ base: report, theirs: draft.report, mine: report, marked, deletions: draft.trackedDeletions });
  applyChanges(report, report, draft.report, review.changes, review.plans);
  times.push(performance.now() - started);
  changes = review.changes.length;
}
times.sort((a, b) => a - b);
console.log(
  `Bản trình of a ~100-page report (${(returned.byteLength / 1024).toFixed(0)} KB) with ${edits} edits back: ${changes} changes found and all applied in median ${times[2]!.toFixed(0)} ms (read ${'+'} compare ${'+'} apply; goal < 1 s)`,
);
