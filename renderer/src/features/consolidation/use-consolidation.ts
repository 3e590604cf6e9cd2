/**
 * One consolidation against the back end: files added one per request (an Excel file read first,
 * for the clerk's review, and added as she chose), the Bộ chỉ tiêu chosen, the higher unit's
 * report made.
 */
import { useCallback, useReducer, useState } from 'react';
import type { ConsolidationView, StoredIndicatorSet, TemplateSheets } from '#shared/contract/api';
import { api, errorMessage, saveFile } from '../../api/client';
import { fileToBase64 } from '../common/file-to-base64';
import { useApiAction } from '../common/use-api-action';
import {
  consolidationReducer,
  filledTemplateLines,
  initialConsolidation,
  isSpreadsheetName,
  needsSetsReload,
  sheetChoiceToAdd,
  unitFileKind,
  type SheetChoice,
} from './consolidation-state';

export function useConsolidation(initial: ConsolidationView, sets: readonly StoredIndicatorSet[], onSetsChanged: () => void) {
  const [state, dispatch] = useReducer(consolidationReducer, initial, initialConsolidation);
  const action = useApiAction();
  const { run, setError } = action;
  const id = state.view.id;

  /** One file per request: each stays within the app's limit for one file, and one refused file does not hold back the rest. */
  const add = useCallback(
    async (files: readonly File[]) => {
      dispatch({ type: 'addingStarted' });
      await run(async () => {
        let latest: ConsolidationView | null = null;
        for (const file of files) {
          let base64: string;
          try {
            base64 = await fileToBase64(file, unitFileKind(file.name));
          } catch (e) {
            dispatch({ type: 'fileRefused', refusal: { fileName: file.name, reason: errorMessage(e) } });
            continue;
          }
          if (isSpreadsheetName(file.name)) {
            try {
              const review = await api('consolidations.readSheet', { id, fileName: file.name, base64 });
              dispatch({ type: 'sheetRead', pending: { fileName: file.name, base64, review, choice: {} } });
            } catch (e) {
              dispatch({ type: 'fileRefused', refusal: { fileName: file.name, reason: errorMessage(e) } });
            }
            continue;
          }
          const result = await api('consolidations.addInputs', { id, files: [{ fileName: file.name, base64 }] });
          latest = result.view;
          dispatch({ type: 'fileAdded', view: result.view, refused: result.refused });
        }
        if (latest && needsSetsReload(latest, sets)) onSetsChanged();
      });
    },
    [id, run, sets, onSetsChanged],
  );

  const pending = state.sheets[0];

  /** The review read again with another sheet or other columns. */
  const rereadSheet = useCallback(
    (choice: SheetChoice) => {
      if (!pending) return;
      const { sheet, columns } = choice;
      api('consolidations.readSheet', {
        id,
        fileName: pending.fileName,
        base64: pending.base64,
        ...(sheet ? { sheet } : {}),
        ...(columns ? { columns } : {}),
      }).then(
        (review) => dispatch({ type: 'sheetReread', review, choice }),
        (e: unknown) => setError(errorMessage(e)),
      );
    },
    [id, pending, setError],
  );

  /** "Đưa vào tổng hợp": the file added with the sheet, columns and unit shown. */
  const addSheet = useCallback(async () => {
    if (!pending) return;
    await run(async () => {
      const result = await api('consolidations.addInputs', {
        id,
        files: [{ fileName: pending.fileName, base64: pending.base64, ...sheetChoiceToAdd(pending) }],
      });
      dispatch({ type: 'fileAdded', view: result.view, refused: result.refused });
      dispatch({ type: 'sheetDone' });
    });
  }, [id, pending, run]);

  /** What the last "Điền vào biểu mẫu" made, in sentences; null before. */
  const [templateNote, setTemplateNote] = useState<string[] | null>(null);
  /** A biểu mẫu with the indicators on several sheets, waiting for the clerk to choose one. */
  const [templateChoice, setTemplateChoice] = useState<{ fileName: string; base64: string; sheets: TemplateSheets['chooseSheet'] } | null>(null);
  const fillInto = useCallback(
    async (fileName: string, base64: string, sheet?: string) => {
      setTemplateNote(null);
      await run(async () => {
        const result = await api('consolidations.fillTemplate', { id, fileName, base64, ...(sheet ? { sheet } : {}) });
        if ('chooseSheet' in result) {
          setTemplateChoice({ fileName, base64, sheets: result.chooseSheet });
          return;
        }
        setTemplateChoice(null);
        if (await saveFile(result.fileName, result.base64)) setTemplateNote(filledTemplateLines(result));
      });
    },
    [id, run],
  );
  const fillTemplate = useCallback(async (file: File) => fillInto(file.name, await fileToBase64(file, 'package')), [fillInto]);
  const fillTemplateSheet = useCallback(
    (sheet: string) => (templateChoice ? fillInto(templateChoice.fileName, templateChoice.base64, sheet) : Promise.resolve()),
    [fillInto, templateChoice],
  );

  const chooseSet = useCallback(
    (setId: string | null) => {
      api('consolidations.update', { id, setId }).then(
        (view) => dispatch({ type: 'viewChanged', view }),
        (e: unknown) => setError(errorMessage(e)),
      );
    },
    [id, setError],
  );

  const makeReport = useCallback(
    async (onOpenReport: (reportId: string) => void) => {
      try {
        onOpenReport((await api('consolidations.makeReport', { id, templateId: state.templateId, profile: state.profile })).id);
      } catch (e) {
        setError(errorMessage(e));
      }
    },
    [id, state.templateId, state.profile, setError],
  );

  return {
    state,
    dispatch,
    ...action,
    add,
    chooseSet,
    makeReport,
    rereadSheet,
    addSheet,
    /** "Điền vào biểu mẫu Excel của cấp trên": the file chosen, the sheet asked for when there are several, what was made. */
    template: { fill: fillTemplate, fillSheet: fillTemplateSheet, choice: templateChoice, cancel: () => setTemplateChoice(null), note: templateNote },
  };
}
