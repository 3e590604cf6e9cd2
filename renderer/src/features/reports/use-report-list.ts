/**
 * "Báo cáo của tôi" against the back end: the page of the shelf the reducer asks for, the app's
 * state and the unit's setup, imports and "Sao lưu ngay". The decisions are report-list-state.ts's.
 */
import { useCallback, useEffect, useReducer, useState } from 'react';
import type { ApiResult, AppInfo } from '#shared/contract/api';
import type { ReportSummary } from '#shared/domain/report';
import { libraryScreen } from '#shared/messages/reports';
import { api, errorMessage } from '../../api/client';
import { fileToBase64 } from '../common/file-to-base64';
import { formatBytes } from '../common/format-bytes';
import { useWriteBlocked } from '../common/data-state';
import { droppedFile, initialReportList, PAGE_SIZE, reportListReducer } from './report-list-state';

/** How long the list waits for word of a save before it asks again (the wait itself is cheap). */
const LIST_WAIT_MS = 15_000;

export function useReportList(onOpen: (id: string) => void) {
  const [state, dispatch] = useReducer(reportListReducer, initialReportList);
  const { query } = state;
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [hasOrganization, setHasOrganization] = useState(true);
  // In a damaged file every report is offered for export, not one page.
  const [salvageList, setSalvageList] = useState<ReportSummary[]>([]);
  const [reading, setReading] = useState<string | null>(null);
  const [review, setReview] = useState<ApiResult<'library.readWord'> | null>(null);
  const [receiving, setReceiving] = useState<File | null>(null);
  const writeBlocked = useWriteBlocked();
  const failed = useCallback((e: unknown) => dispatch({ type: 'failed', message: errorMessage(e) }), []);

  const reload = useCallback(() => {
    api('library.page', {
      shelf: query.shelf,
      offset: query.offset,
      limit: PAGE_SIZE,
      sort: query.sort,
      ...(query.from === undefined ? {} : { from: query.from }),
    }).then((page) => dispatch({ type: 'pageLoaded', query, page }), failed);
  }, [query, failed]);

  useEffect(() => {
    reload();
  }, [reload]);

  // Another window's or another PC's save (a report added, renamed, moved to a shelf) shows in the list at once.
  useEffect(() => {
    let stopped = false;
    const listen = async () => {
      let after = (await api('library.waitForChange', { after: 0, timeoutMs: 0 }).catch(() => ({ change: 0 }))).change;
      while (!stopped) {
        const next = await api('library.waitForChange', { after, timeoutMs: LIST_WAIT_MS }).catch(() => null);
        if (stopped) return;
        if (next === null) await new Promise((resolve) => setTimeout(resolve, LIST_WAIT_MS));
        else if (next.change !== after) {
          after = next.change;
          reload();
        }
      }
    };
    void listen();
    return () => {
      stopped = true;
    };
  }, [reload]);

  useEffect(() => {
    api('app.info', {}).then(
      (i) => {
        setInfo(i);
        if (i.data.status === 'salvage') api('library.list', {}).then(setSalvageList, () => undefined);
      },
      () => undefined,
    );
    api('organization.get', {}).then(
      (o) => setHasOrganization(o !== null),
      () => undefined,
    );
  }, []);

  const importFile = useCallback(
    async (file: File) => {
      dispatch({ type: 'errorDismissed' });
      try {
        onOpen((await api('library.importJson', { json: await file.text() })).id);
      } catch (e) {
        failed(e);
      }
    },
    [onOpen, failed],
  );

  /** A Word report is read and shown for review; nothing is saved until the clerk says so. */
  const readWord = useCallback(
    async (file: File) => {
      dispatch({ type: 'errorDismissed' });
      setReading(file.name);
      try {
        setReview(await api('library.readWord', { fileName: file.name, base64: await fileToBase64(file, 'word') }));
      } catch (e) {
        failed(e);
      } finally {
        setReading(null);
      }
    },
    [failed],
  );

  const openDropped = useCallback(
    (file: File) => {
      const what = droppedFile(file.name, writeBlocked);
      if ('refused' in what) dispatch({ type: 'failed', message: what.refused });
      else if (what.open === 'package') setReceiving(file);
      else if (what.open === 'word') void readWord(file);
      else void importFile(file);
    },
    [writeBlocked, readWord, importFile],
  );

  const backUp = useCallback(() => {
    api('backups.create', {}).then(
      (b) => dispatch({ type: 'backedUp', message: libraryScreen.backedUp(b.reports ?? 0, formatBytes(b.bytes), b.count) }),
      failed,
    );
  }, [failed]);

  return {
    state,
    dispatch,
    reload,
    info,
    hasOrganization,
    salvageList,
    writeBlocked,
    reading,
    review,
    closeReview: () => setReview(null),
    receiving,
    receive: setReceiving,
    readWord,
    importFile,
    openDropped,
    backUp,
  };
}
