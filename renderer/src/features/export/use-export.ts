/** Export actions shared by the top bar and the export step: save first, then write the file. */
import { useState } from 'react';
import { api, saveFile, textToBase64 } from '../../api/client';
import { useApiAction } from '../common/use-api-action';
import { notSavedYet } from '#shared/messages/common';

interface ExportOutcome {
  kind: 'docx' | 'json' | 'xlsx';
  fileName: string;
  omittedEmptyParts: string[];
}

export function useExport(reportId: string, flush: () => Promise<boolean>) {
  const { busy, error, setError, run: runAction } = useApiAction();
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);

  async function run(kind: 'docx' | 'json' | 'xlsx', tableOfContents = false, sidecar?: () => { fileName: string; json: string }): Promise<void> {
    await runAction(async () => {
      if (!(await flush())) {
        setError(notSavedYet('xuất'));
        return;
      }
      if (kind === 'docx') {
        const file = await api('export.docx', { id: reportId, ...(tableOfContents ? { tableOfContents } : {}) });
        if (await saveFile(file.fileName, file.base64)) {
          setOutcome({ kind, fileName: file.fileName, omittedEmptyParts: file.omittedEmptyParts });
          // "Thông tin văn bản" goes beside the Word file, for registering it in the e-office system.
          const card = sidecar?.();
          if (card) await saveFile(card.fileName, textToBase64(card.json));
        }
      } else if (kind === 'xlsx') {
        const file = await api('export.xlsx', { id: reportId });
        if (await saveFile(file.fileName, file.base64)) setOutcome({ kind, fileName: file.fileName, omittedEmptyParts: [] });
      } else {
        const file = await api('reports.exportJson', { id: reportId });
        if (await saveFile(file.fileName, textToBase64(file.json))) setOutcome({ kind, fileName: file.fileName, omittedEmptyParts: [] });
      }
    });
  }

  return {
    busy,
    error,
    outcome,
    exportDocx: (options: { tableOfContents?: boolean; sidecar?: () => { fileName: string; json: string } } = {}) =>
      run('docx', options.tableOfContents, options.sidecar),
    exportJson: () => run('json'),
    /** "Xuất bảng số liệu ra Excel": every table of the report, one sheet each. */
    exportXlsx: () => run('xlsx'),
    clearError: () => setError(null),
  };
}
