/**
 * The Electron-free back end. Everything from the outside world is injected — the database,
 * the clock, ids, the log — so tests run it on `:memory:` with a fixed clock and counting ids,
 * and both transports (IPC, loopback HTTP) share one instance of it.
 */
import type { Database } from 'better-sqlite3';
import type { AppInfo } from '../../shared/contract/api';
import { backupNow, listBackups } from './data-backup';
import { createDispatcher, type Dispatch, type Logger } from './dispatcher';
import { checkerHandlers } from './checker/checker-handlers';
import { exportHandlers } from './export/export-handlers';
import { dictionaryHandlers } from './organization/dictionary-handlers';
import { organizationHandlers } from './organization/organization-handlers';
import { OrganizationStore } from './organization/organization-store';
import { reportHandlers } from './reports/report-handlers';
import { HistoryStore } from './reports/history-store';
import { historyHandlers } from './reports/history-handlers';
import { ReportStore } from './reports/report-store';
import { UnitTemplates } from './reports/unit-templates';

export interface CoreDeps {
  db: Database;
  clock: () => Date;
  newId: () => string;
  log: Logger;
  info: AppInfo;
}

export interface Core {
  dispatch: Dispatch;
  close(): void;
}

export function createCore(deps: CoreDeps): Core {
  const now = () => deps.clock().toISOString();
  const store = new ReportStore({ db: deps.db, now, newId: deps.newId });
  const organization = new OrganizationStore(deps.db, now);
  const history = new HistoryStore(deps.db, now, deps.newId);
  const unitTemplates = new UnitTemplates(deps.db, now, deps.newId);
  const dispatch = createDispatcher(
    {
      'app.info': () => deps.info,
      'data.backup': async () => {
        const path = await backupNow(deps.db, deps.info.dataDir, deps.clock());
        return { path, count: listBackups(deps.info.dataDir).length };
      },
      ...reportHandlers(store, organization, history, unitTemplates),
      ...historyHandlers(store, history),
      ...organizationHandlers(organization),
      ...dictionaryHandlers(deps.db, now),
      ...exportHandlers(store, deps.clock, history),
      ...checkerHandlers(),
    },
    deps.log,
  );
  return {
    dispatch,
    close: () => {
      if (deps.db.open) deps.db.close();
    },
  };
}
