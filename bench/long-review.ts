/**
 * A long call for measuring the host's responsiveness: a ~100-page report with one 3,000-word
 * paragraph, sent as a bản trình and returned with that paragraph rewritten throughout (every
 * sentence reworded), so `signOff.review` reads the file and diffs thousands of words.
 * Issue 23 measured this kind of comparison at seconds on the thread that handles the window.
 */
import type { Dispatch } from '../electron/core/dispatcher';
import { ZipReader } from '../electron/core/word-file/read-zip';
import { zip } from '../electron/core/zip/write-zip';
import { longBenchReport } from './long-report';

const WORDS = 'công tác tuyên truyền vận động nhân dân thực hiện chủ trương đường lối của Đảng chính sách pháp luật của Nhà nước được đẩy mạnh'.split(' ');

/** About 3,000 words of office prose, every sentence different. */
function longParagraph(): string {
  return Array.from({ length: 150 }, (_, s) => `${Array.from({ length: 20 }, (_, w) => WORDS[(s * 7 + w * 3) % WORDS.length]).join(' ')} (lần ${s + 1}).`).join(
    ' ',
  );
}

async function value<T>(dispatch: Dispatch, method: string, args: unknown): Promise<T> {
  const envelope = await dispatch(method, args);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as T;
}

/** Stores the report, sends it, and returns the arguments of the leader's file coming back. */
export async function prepareLongReview(dispatch: Dispatch): Promise<{ reportId: string; fileName: string; base64: string }> {
  const file = longBenchReport();
  const text = longParagraph();
  file.sections[0]?.children?.[0]?.blocks?.unshift({ type: 'paragraph', text });
  const report = await value<{ id: string }>(dispatch, 'library.importJson', { json: JSON.stringify(file) });
  const sent = await value<{ fileName: string; base64: string }>(dispatch, 'signOff.export', { id: report.id });
  const reader = new ZipReader(Buffer.from(sent.base64, 'base64'));
  const xml = reader.read('word/document.xml')!.toString('utf8');
  // The leader rewords every sentence of the long paragraph: a word in four changes.
  const rewritten = text.replace(/\S+/g, (word, at: number) => (at % 4 === 0 ? `${word}x` : word));
  const returnedXml = xml.replace(text, rewritten);
  if (returnedXml === xml) throw new Error('long review: the long paragraph was not found in the sent file');
  const parts = reader
    .names()
    .filter((n) => !n.endsWith('/'))
    .map((name) => ({ name, content: name === 'word/document.xml' ? returnedXml : reader.read(name)! }));
  return { reportId: report.id, fileName: 'ban-trinh-lanh-dao-sua.docx', base64: Buffer.from(zip(parts, new Date('2026-12-01T00:00:00Z'))).toString('base64') };
}

/** How late the host's timers run (worst, ms) while `work` runs: what a click or an IPC ping waits. */
export async function worstTimerDelay(work: () => Promise<unknown>, intervalMs = 5): Promise<{ worstMs: number; ticks: number; tookMs: number }> {
  let worst = 0;
  let ticks = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - intervalMs);
    last = now;
    ticks += 1;
  }, intervalMs);
  const started = performance.now();
  await work();
  const tookMs = performance.now() - started;
  // The last stretch counts too: a host blocked until the end never ran its timer.
  worst = Math.max(worst, performance.now() - last - intervalMs);
  clearInterval(timer);
  return { worstMs: worst, ticks, tookMs };
}
