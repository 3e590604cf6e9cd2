/**
 * A task the core hands to a worker thread, declared by the feature that owns it: its name (the
 * worker's entry looks the implementation up by it), its deadline and its argument and result types.
 * The worker folder knows no feature; each feature knows its own tasks.
 */
import { runInWorker, type WorkerRunOptions } from './run-in-worker';

export interface WorkerTask<Args, Result> {
  readonly name: string;
  /** How long the task may run before its worker is stopped (a hostile file can loop for ever). */
  readonly deadlineMs: number;
  run(args: Args, options?: WorkerRunOptions): Promise<Result>;
}

export function defineWorkerTask<Args, Result>(name: string, deadlineMs: number): WorkerTask<Args, Result> {
  return {
    name,
    deadlineMs,
    run: (args, options = {}) => runInWorker<Result>(name, args, options.deadlineMs ?? deadlineMs),
  };
}

/** What the worker's entry holds for one task: the function that does it. */
export type WorkerTaskImplementation<T> = T extends WorkerTask<infer Args, infer Result> ? (args: Args) => Result | Promise<Result> : never;
