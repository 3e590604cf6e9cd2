/**
 * A disk problem says how to try again with the button the clerk actually has: "Thử lưu lại" under
 * a failed save, "Sao lưu ngay" again for a backup, and no button that does not exist.
 */
import { describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../../electron/core/dispatcher';
import { storageError } from '../../../electron/core/db/storage-errors';
import { STORAGE_PROBLEMS } from '#shared/messages/storage';
import { SALVAGE_INTERNAL_ERROR_MESSAGE } from '#shared/messages/common';

const failing = (code: string) => () => {
  throw Object.assign(new Error(code), { code });
};

function dispatchFailing(method: string, code: string) {
  const handlers = { [method]: failing(code) } as unknown as Handlers;
  return createDispatcher(handlers, { error: () => {} }, { dataPlace: '/du-lieu' });
}

describe('disk problems name the button to press', () => {
  it.each(STORAGE_PROBLEMS.map((p) => [p]))('%s under a failed save: "Thử lưu lại", the text still on screen', async (problem) => {
    const code = { 'disk-full': 'SQLITE_FULL', 'read-only': 'EROFS', locked: 'SQLITE_BUSY', 'disk-error': 'SQLITE_IOERR', 'cannot-open': 'SQLITE_CANTOPEN' }[
      problem
    ];
    const envelope = await dispatchFailing('sections.update', code)('sections.update', { reportId: 'r', sectionId: 's', baseRevision: 1, blocks: [] });
    const message = !envelope.ok ? envelope.error.message : '';
    if (problem !== 'cannot-open' && problem !== 'read-only') expect(message).toMatch(/bấm "Thử lưu lại"/);
    expect(message).not.toMatch(/"Lưu lại"/);
  });

  it('a backup that failed on a full disk says to press "Sao lưu ngay" again, and promises no unsaved text', async () => {
    const envelope = await dispatchFailing('backups.create', 'SQLITE_FULL')('backups.create', {});
    const message = !envelope.ok ? envelope.error.message : '';
    expect(message).toMatch(/bấm "Sao lưu ngay" lần nữa/);
    expect(message).not.toMatch(/Lưu lại|Nội dung chưa lưu/);
  });

  it('any other action says to do it again', () => {
    expect(storageError({ code: 'SQLITE_BUSY' }, '/du-lieu')?.message).toMatch(/làm lại thao tác vừa rồi/);
    expect(storageError({ code: 'SQLITE_BUSY' }, '/du-lieu')?.message).not.toMatch(/Lưu lại|Nội dung chưa lưu/);
  });
});

describe('an error while the data file is damaged', () => {
  it('a damaged page read says so and what to do, never that the saved data is unharmed', async () => {
    const envelope = await dispatchFailing('reports.exportJson', 'SQLITE_CORRUPT')('reports.exportJson', { id: 'r' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'database' } });
    const message = !envelope.ok ? envelope.error.message : '';
    expect(message).toMatch(/bị hỏng.*Khôi phục từ bản sao lưu/);
    expect(message).not.toMatch(/không bị ảnh hưởng/);
  });

  it('an unexpected error in the read-only state does not claim the data is unharmed', async () => {
    const handlers = {
      'reports.exportJson': () => {
        throw new Error('bất ngờ');
      },
    } as unknown as Handlers;
    const dispatch = createDispatcher(handlers, { error: () => {} }, { internalMessage: () => SALVAGE_INTERNAL_ERROR_MESSAGE });
    const envelope = await dispatch('reports.exportJson', { id: 'r' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'internal', message: SALVAGE_INTERNAL_ERROR_MESSAGE } });
    expect(SALVAGE_INTERNAL_ERROR_MESSAGE).not.toMatch(/không bị ảnh hưởng/);
  });
});
