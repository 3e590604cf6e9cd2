/**
 * "Something was saved": a counter every save moves — this core's own writes, and on an office
 * server every PC's (LISTEN/NOTIFY) — that a screen waits on to read its report or list again at
 * once, instead of asking every few seconds. A wait ends at the next change or after its timeout,
 * whichever comes first (another program writing the PC's file — the command line — is seen when
 * the wait times out and the screen asks anyway).
 */
export class ChangeSignal {
  private counter = 0;
  private readonly waiters = new Set<() => void>();
  /** The reports the latest changes touched, by change number (a few hundred kept). */
  private readonly touched = new Map<number, string | null>();

  get current(): number {
    return this.counter;
  }

  changed(reportId: string | null = null): void {
    this.counter += 1;
    this.touched.set(this.counter, reportId);
    if (this.touched.size > 500) this.touched.delete(this.counter - 500);
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  /** Resolves with the change number once it is past `after`, or after `timeoutMs` with it as it is. */
  wait(after: number, timeoutMs: number): Promise<number> {
    if (this.counter > after) return Promise.resolve(this.counter);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(this.counter);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        resolve(this.counter);
      }, timeoutMs);
      timer.unref?.();
      this.waiters.add(wake);
    });
  }

  /** The reports changed after `after` (null: one the signal does not know, so every report may have). */
  reportsSince(after: number): (string | null)[] {
    const out: (string | null)[] = [];
    for (let n = after + 1; n <= this.counter; n += 1) out.push(this.touched.has(n) ? (this.touched.get(n) as string | null) : null);
    return out;
  }
}
