/**
 * WAL checkpoints when the clerk pauses, not in the middle of typing. SQLite's automatic
 * checkpoint runs inside whichever commit crosses 1,000 pages, so one save in a few hundred
 * stalled for a whole checkpoint. Here the automatic one is off and a passive checkpoint runs
 * after a short idle spell; a very long burst without a pause still gets one (capped WAL size).
 */
import type { Database } from 'better-sqlite3';

const CHECKPOINT_IDLE_MS = 1_000;
/** Saves after which a checkpoint runs even without a pause (a few MB of WAL at most). */
const CHECKPOINT_MAX_WRITES = 400;

export interface IdleCheckpointer {
  /** Call after every write. */
  wrote(): void;
  /** Runs a full (truncating) checkpoint now; at close. */
  finish(): void;
  stop(): void;
  /** Resolves once no checkpoint is owed: at once, or after the pending idle one has run. */
  idle(): Promise<void>;
}

export function idleCheckpointer(db: Database, idleMs = CHECKPOINT_IDLE_MS): IdleCheckpointer {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writes = 0;
  let waiting: (() => void)[] = [];
  const run = (mode: 'PASSIVE' | 'TRUNCATE') => {
    writes = 0;
    timer = null;
    const done = waiting;
    waiting = [];
    queueMicrotask(() => done.forEach((resolve) => resolve()));
    if (!db.open || db.readonly) return;
    try {
      db.pragma(`wal_checkpoint(${mode})`);
    } catch {
      // A busy checkpoint is retried at the next pause; it never fails a save.
    }
  };
  const clear = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return {
    wrote() {
      writes += 1;
      clear();
      if (writes >= CHECKPOINT_MAX_WRITES) run('PASSIVE');
      else {
        timer = setTimeout(() => run('PASSIVE'), idleMs);
        timer.unref?.();
      }
    },
    finish() {
      clear();
      run('TRUNCATE');
    },
    stop() {
      clear();
      const done = waiting;
      waiting = [];
      done.forEach((resolve) => resolve());
    },
    idle: () => (timer === null ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))),
  };
}
