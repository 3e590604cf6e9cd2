/**
 * The crash harness's victim: opens a data folder exactly as the app does, then saves a stream
 * of edits to one part and asks for backups along the way. After each save the back end
 * confirmed, it prints "ACK <n>" — what the screen would call "Đã lưu". The harness kills it
 * with SIGKILL at a random moment and checks that every acknowledged save is on disk.
 */
import { openCore } from '../../electron/core/host/open-core';
import { useBundledWorker } from '../../electron/core/worker/run-in-worker';

const [dataDir, workerBundle] = process.argv.slice(2);
if (!dataDir || !workerBundle) throw new Error('usage: writer.cjs <data-dir> <core-worker.cjs>');
useBundledWorker(workerBundle);

function ok<T>(envelope: { ok: boolean; value?: unknown; error?: { message: string } }): T {
  if (!envelope.ok) throw new Error(envelope.error?.message);
  return envelope.value as T;
}

async function main(): Promise<void> {
  const core = openCore(dataDir as string, 'browser', { error: (m, e) => process.stderr.write(`${m} ${String(e)}\n`) });
  let reports = ok<{ id: string }[]>(await core.dispatch('library.list', {}));
  // A library of some size, so that backups take long enough to be interrupted.
  while (reports.length < 150) {
    const created = ok<{ id: string; sections: { id: string; revision: number }[] }>(
      await core.dispatch('reports.create', { templateId: 'dinh-ky', profile: 'state', period: `Kỳ ${reports.length + 1}` }),
    );
    const text = `Báo cáo ${reports.length + 1}: Ủy ban nhân dân xã đã triển khai kế hoạch, kết quả đạt 95% chỉ tiêu. `.repeat(60);
    ok(
      await core.dispatch('sections.update', {
        reportId: created.id,
        sectionId: created.sections[0]!.id,
        baseRevision: created.sections[0]!.revision,
        blocks: [{ type: 'paragraph', text }],
      }),
    );
    reports = [...reports, created];
  }
  const target = ok<{ id: string; sections: { id: string; revision: number }[] }>(await core.dispatch('reports.get', { id: reports.at(-1)!.id }));
  const sectionId = target.sections[0]!.id;
  let revision = target.sections[0]!.revision;
  process.stdout.write('READY\n');
  for (let n = 1; ; n += 1) {
    if (n % 15 === 0) void core.dispatch('backups.create', {}).then(() => process.stdout.write(`BACKUP ${n}\n`));
    const saved = ok<{ revision: number }>(
      await core.dispatch('sections.update', {
        reportId: target.id,
        sectionId,
        baseRevision: revision,
        blocks: [{ type: 'paragraph', text: `Lần lưu số ${n}. ${'Nội dung báo cáo đang soạn. '.repeat(40)}` }],
      }),
    );
    revision = saved.revision;
    process.stdout.write(`ACK ${n}\n`);
    // A clerk's rhythm: a burst of saves, then a pause (when the idle checkpoint runs).
    await new Promise((r) => setTimeout(r, n % 20 < 15 ? 5 : 200));
  }
}

void main();
