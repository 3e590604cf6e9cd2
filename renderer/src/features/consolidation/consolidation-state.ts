/**
 * The decisions of one consolidation's screen, apart from the screen: which limit a unit's file
 * is read under, how the files added one by one come together (the latest view, every refusal
 * with its reason), the Excel files waiting for the clerk's review (one shown at a time, with the
 * sheet, columns and unit chosen), whether the unit's Bộ chỉ tiêu list must be read again, and
 * the line that says how many units have sent.
 */
import type { ApiResult, ConsolidationView, FilledTemplate, SheetReview, StoredIndicatorSet } from '#shared/contract/api';
import { templateMessages } from '#shared/messages/spreadsheets';
import type { ProfileId } from '#shared/domain/vocabulary';
import type { FileKind } from '../common/file-to-base64';
import { isWordReaderFileName } from '#shared/word-import/source';

type Refusal = ApiResult<'consolidations.addInputs'>['refused'][number];

/** An Excel biểu mẫu is read for the review before it is added. */
export { isSpreadsheetName } from '#shared/consolidation/sheet-grid';

/** What the clerk chose in an Excel file's review. */
export interface SheetChoice {
  sheet?: string;
  columns?: { previous: number | null; current: number | null };
  unit?: string;
}

/** An Excel file waiting for the clerk: its bytes, how it reads, what she chose. */
export interface PendingSheet {
  fileName: string;
  base64: string;
  review: SheetReview;
  choice: SheetChoice;
}

/** The choice sent with "Đưa vào tổng hợp": the sheet and columns read, the unit as shown. */
export function sheetChoiceToAdd(pending: PendingSheet): Required<Pick<SheetChoice, 'unit'>> & SheetChoice {
  const reading = pending.review.reading;
  return {
    ...(reading ? { sheet: reading.sheet, columns: { previous: reading.figureColumns.previous, current: reading.figureColumns.current } } : {}),
    unit: pending.choice.unit ?? pending.review.unit,
  };
}

/** The units the review offers: the list, and the name the file gives when it is not on it. */
export function unitOptions(units: readonly string[], named: string): string[] {
  return units.includes(named) ? [...units] : [named, ...units];
}

/** What the clerk is told when the filled biểu mẫu is saved: how many indicators, the formulas kept, the rows the biểu mẫu lacks. */
export function filledTemplateLines(filled: Pick<FilledTemplate, 'filled' | 'sheet' | 'formulas' | 'missing'>): string[] {
  return [
    templateMessages.filled(filled.filled.length, filled.sheet),
    ...(filled.formulas.length > 0 ? [templateMessages.formulas(filled.formulas.join(', '))] : []),
    ...(filled.missing.length > 0 ? [templateMessages.missing(filled.missing.map((m) => `“${m}”`).join(', '))] : []),
  ];
}

/** A unit's Word file or PDF is read under the Word file limit; packages, report files and Excel files under the package one. */
export function unitFileKind(fileName: string): FileKind {
  return isWordReaderFileName(fileName) ? 'word' : 'package';
}

/** "3/5 đơn vị đã gửi; hạn gửi hết ngày 15/06/2026." */
export function receivedLine(view: Pick<ConsolidationView, 'received' | 'units' | 'deadline'>): string {
  const deadline = view.deadline ? `; hạn gửi hết ngày ${view.deadline.split('-').reverse().join('/')}` : '';
  return `${view.received}/${view.units.length} đơn vị đã gửi${deadline}.`;
}

/** A Bộ chỉ tiêu that came with the packages is not yet in the list the screen holds. */
export function needsSetsReload(view: Pick<ConsolidationView, 'setId'>, sets: readonly Pick<StoredIndicatorSet, 'id'>[]): boolean {
  return view.setId !== null && !sets.some((s) => s.id === view.setId);
}

export interface ConsolidationState {
  view: ConsolidationView;
  /** The files of the last "Thêm" that were not taken, each with why. */
  refused: Refusal[];
  templateId: string;
  profile: ProfileId;
  /** Excel files read and waiting for the clerk's review, the first shown. */
  sheets: PendingSheet[];
}

type ConsolidationAction =
  | { type: 'addingStarted' }
  | { type: 'fileAdded'; view: ConsolidationView; refused: readonly Refusal[] }
  | { type: 'fileRefused'; refusal: Refusal }
  | { type: 'viewChanged'; view: ConsolidationView }
  | { type: 'templateChosen'; templateId: string }
  | { type: 'profileChosen'; profile: ProfileId }
  | { type: 'sheetRead'; pending: PendingSheet }
  | { type: 'sheetReread'; review: SheetReview; choice: SheetChoice }
  | { type: 'sheetUnitChosen'; unit: string }
  | { type: 'sheetDone' };

export function initialConsolidation(view: ConsolidationView): ConsolidationState {
  // The unit's own thể thức (or the one its units' reports share), not ND30 by default: a Mặt trận writes as a Mặt trận.
  return { view, refused: [], templateId: 'dinh-ky', profile: view.suggestedProfile, sheets: [] };
}

export function consolidationReducer(state: ConsolidationState, action: ConsolidationAction): ConsolidationState {
  switch (action.type) {
    case 'addingStarted':
      // The refusals listed are those of this "Thêm" only.
      return { ...state, refused: [] };
    case 'fileAdded':
      return { ...state, view: action.view, refused: [...state.refused, ...action.refused] };
    case 'fileRefused':
      return { ...state, refused: [...state.refused, action.refusal] };
    case 'viewChanged':
      return { ...state, view: action.view };
    case 'templateChosen':
      return { ...state, templateId: action.templateId };
    case 'profileChosen':
      return { ...state, profile: action.profile };
    case 'sheetRead':
      return { ...state, sheets: [...state.sheets, action.pending] };
    case 'sheetReread': {
      const [first, ...rest] = state.sheets;
      // The unit the clerk picked stays picked when she changes the sheet or the columns.
      return first
        ? {
            ...state,
            sheets: [{ ...first, review: action.review, choice: { ...action.choice, ...(first.choice.unit ? { unit: first.choice.unit } : {}) } }, ...rest],
          }
        : state;
    }
    case 'sheetUnitChosen': {
      const [first, ...rest] = state.sheets;
      return first ? { ...state, sheets: [{ ...first, choice: { ...first.choice, unit: action.unit } }, ...rest] } : state;
    }
    case 'sheetDone':
      return { ...state, sheets: state.sheets.slice(1) };
  }
}

/** "Tạo báo cáo tổng hợp" needs at least one unit's report. */
export const canMakeReport = (view: Pick<ConsolidationView, 'received'>): boolean => view.received > 0;
