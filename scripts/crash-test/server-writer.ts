/**
 * The server crash harness's victim: a PC's app connected to the office server, saving a stream
 * of edits to one part of a report on it. After each save the core confirmed it prints
 * "ACK <n> <offline> <waiting>" — what the screen would call "Đã lưu" (on the server, or on this
 * PC while the server does not answer, waiting to be sent). A save refused otherwise is tried
 * again, as autosave does. On start it connects (which sends what waited), then prints
 * "READY <the save number the server holds> <parts shown as conflicts>"; with `settle` it stops there.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerStatus } from '#shared/contract/server';
import type { Report } from '#shared/domain/report';
import { openCore } from '../../electron/core/host/open-core';
import { useBundledWorker } from '../../electron/core/worker/run-in-worker';

const [dataDir, workerBundle, url, password, mode] = process.argv.slice(2);
if (!dataDir || !workerBundle || !url || !password) throw new Error('usage: server-writer.cjs <data-dir> <core-worker.cjs> <url> <password> [settle]');
useBundledWorker(workerBundle);

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const saveNumber = (text: string) => Number(/Lần lưu số (\d+)/.exec(text)?.[1] ?? 0);

async function main(): Promise<void> {
  const core = openCore(dataDir as string, 'browser', { error: () => undefined });
  const call = async (method: string, args: unknown): Promise<Envelope> => (await core.dispatch(method as never, args as never)) as Envelope;
  while (!(await call('server.connect', { url, password })).ok) await sleep(200);
  const idFile = join(dataDir as string, 'crash-report-id');
  if (!existsSync(idFile)) {
    const created = await call('reports.create', { templateId: 'dinh-ky', profile: 'state', period: 'tháng 12 năm 2026' });
    if (!created.ok) throw new Error(created.error.message);
    writeFileSync(idFile, (created.value as { id: string }).id);
  }
  const id = readFileSync(idFile, 'utf8');
  const opened = await call('reports.get', { id });
  if (!opened.ok) throw new Error(opened.error.message);
  const report = opened.value as Report;
  const part = report.sections[0]!;
  const stored = saveNumber(JSON.stringify(part.blocks));
  process.stdout.write(`READY ${stored} ${report.offlineConflicts?.length ?? 0}\n`);
  if (mode === 'settle') process.exit(0);
  let revision = part.revision;
  for (let n = stored + 1; ; n += 1) {
    for (;;) {
      const saved = await call('sections.update', {
        reportId: id,
        sectionId: part.id,
        baseRevision: revision,
        blocks: [{ type: 'paragraph', text: `Lần lưu số ${n}. ${'Nội dung báo cáo đang soạn. '.repeat(20)}` }],
      });
      if (saved.ok) {
        revision = (saved.value as { revision: number }).revision;
        break;
      }
      // Only this PC writes the report: a conflict here is a wrong one, and the harness counts it.
      if (saved.error.code === 'conflict') process.stdout.write(`CONFLICT ${n}\n`);
      await sleep(50);
    }
    const status = (await call('server.status', {})) as { ok: true; value: ServerStatus };
    process.stdout.write(`ACK ${n} ${status.value.offline ? 1 : 0} ${status.value.waiting}\n`);
    await sleep(n % 20 < 15 ? 5 : 100);
  }
}

void main();
