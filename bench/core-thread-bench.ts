/**
 * `npm run bench` (issue 23): how long the host's own events wait while the core does a long
 * call — a bản trình of ~100 pages whose 3,000-word paragraph was reworded (bench/long-review.ts) —
 * with the core in-process (as before) and on its own thread (as the desktop app and browser mode
 * run it now), through the same `dispatch` the IPC and HTTP handlers call. Goal: ≤ 50 ms.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCoreThread } from '../electron/core/host/open-core-thread';
import { openCore } from '../electron/core/host/open-core';
import { prepareLongReview, worstTimerDelay } from './long-review';

const log = { error: (message: string, error?: unknown) => console.error(message, error) };

for (const where of ['in-process', 'on its own thread'] as const) {
  const dir = mkdtempSync(join(tmpdir(), 'core-thread-bench-'));
  const core = where === 'on its own thread' ? await openCoreThread(dir, 'browser', log) : openCore(dir, 'browser', log);
  const args = await prepareLongReview(core.dispatch);
  const runs: { worstMs: number; tookMs: number }[] = [];
  for (let round = 0; round < 3; round += 1) {
    runs.push(
      await worstTimerDelay(async () => {
        const answer = await core.dispatch('signOff.review', args);
        if (!answer.ok) throw new Error(answer.error.message);
      }),
    );
  }
  await core.close();
  const worst = Math.max(...runs.map((r) => r.worstMs));
  const took = runs.map((r) => r.tookMs).sort((a, b) => a - b)[1] ?? 0;
  console.log(
    `bản trình compare (3,000-word paragraph reworded, ~100 pages), core ${where}: call median ${took.toFixed(0)} ms; the host's events waited at most ${worst.toFixed(0)} ms (goal ≤ 50 ms)`,
  );
}
