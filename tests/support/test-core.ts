/** A core on an in-memory database with a fixed clock and counting ids, as the architecture asks. */
import type { ApiArgs, ApiMethod, ApiResult } from '#shared/contract/api';
import type { Envelope } from '#shared/contract/errors';
import { createCore, type Core } from '../../electron/core/host/create-core';
import { DataFile } from '../../electron/core/data-file/data-file';

type EditMethod = 'reports.updateMeta' | 'sections.update' | 'sections.add' | 'sections.addMany' | 'sections.move' | 'sections.remove' | 'history.restore';

export interface TestCore extends Core {
  /** Moves the fixed clock forward. */
  advance(ms: number): void;
  call<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>>;
  raw(method: unknown, args: unknown): Promise<Envelope<unknown>>;
  /** A save from an up-to-date window: the revisions it names are read first (conflicts are tested with `call`). */
  edit<M extends EditMethod>(method: M, args: Omit<ApiArgs<M>, 'baseRevision' | 'baseStructureRevision'>): Promise<ApiResult<M>>;
  errors: unknown[];
}

/** A core on an in-memory database, or on a real data folder's file when `data` is given. */
export function testCore(start = new Date('2026-06-05T08:00:00Z'), dataDir = ':memory:', data?: DataFile, idPrefix = 'id'): TestCore {
  let now = start.getTime();
  let id = 0;
  const errors: unknown[] = [];
  const core = createCore({
    data: data ?? DataFile.inMemory(),
    clock: () => new Date((now += 1000)),
    newId: () => `${idPrefix}-${++id}`,
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
    async edit(method, args) {
      const a = args as Record<string, unknown>;
      const id = (a.reportId ?? a.id) as string;
      const revisions = await core.dispatch('reports.revisions', { id });
      const known = revisions.ok ? (revisions.value as { revision: number; structureRevision: number; sections: Record<string, number> }) : null;
      const base: Record<string, number> = {};
      if (known) {
        if (method === 'reports.updateMeta') base.baseRevision = known.revision;
        else if (method === 'sections.update' || method === 'history.restore') base.baseRevision = known.sections[a.sectionId as string] ?? 0;
        else {
          base.baseStructureRevision = known.structureRevision;
          if (method === 'sections.remove') base.baseRevision = known.sections[a.sectionId as string] ?? 0;
        }
      }
      const envelope = await core.dispatch(method, { ...a, ...base });
      if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
      return envelope.value as never;
    },
  };
}
