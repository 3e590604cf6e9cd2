/** A core on an in-memory database with a fixed clock and counting ids, as the architecture asks. */
import type { ApiArgs, ApiMethod, ApiResult } from '../../shared/contract/api';
import type { Envelope } from '../../shared/contract/errors';
import { createCore, type Core } from '../../electron/core/create-core';
import { openDatabase } from '../../electron/core/db/open-database';

export interface TestCore extends Core {
  /** Moves the fixed clock forward. */
  advance(ms: number): void;
  call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>>;
  raw(method: unknown, args: unknown): Promise<Envelope<unknown>>;
  errors: unknown[];
}

export function testCore(start = new Date('2026-06-05T08:00:00Z'), dataDir = ':memory:'): TestCore {
  let now = start.getTime();
  let id = 0;
  const errors: unknown[] = [];
  const core = createCore({
    db: openDatabase(':memory:'),
    clock: () => new Date((now += 1000)),
    newId: () => `id-${++id}`,
    log: { error: (_m, e) => errors.push(e) },
    info: { version: 'test', dataDir, mode: 'browser' },
  });
  return {
    ...core,
    errors,
    advance: (ms) => {
      now += ms;
    },
    raw: core.dispatch,
    async call(method, args) {
      const envelope = await core.dispatch(method, args);
      if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
      return envelope.value as never;
    },
  };
}
