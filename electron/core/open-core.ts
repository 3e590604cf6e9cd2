/** Opens the real database in a data folder and builds the core around it (desktop and browser mode). */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../../shared/contract/api';
import { AppError } from '../../shared/contract/errors';
import { createCore, type Core } from './create-core';
import { backupIfDue } from './data-backup';
import { DATABASE_FILE } from './data-dir';
import { openDatabase } from './db/open-database';
import type { Logger } from './dispatcher';
import { APP_VERSION } from './version';

export function openCore(dataDir: string, mode: AppInfo['mode'], log: Logger): Core {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new AppError('io', `Không tạo được thư mục dữ liệu "${dataDir}" (${(error as Error).message}). Hãy chọn thư mục khác bằng biến môi trường BAOCAO_DATA_DIR.`);
  }
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  // One backup a day, in the background; a failure is logged, never in the clerk's way.
  void backupIfDue(db, dataDir, new Date()).catch((error: unknown) => log.error('daily backup failed', error));
  return createCore({
    db,
    clock: () => new Date(),
    newId: () => randomUUID(),
    log,
    info: { version: APP_VERSION, dataDir, mode },
  });
}
