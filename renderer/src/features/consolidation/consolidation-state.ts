/**
 * The decisions of one consolidation's screen, apart from the screen: which limit a unit's file
 * is read under, how the files added one by one come together (the latest view, every refusal
 * with its reason), whether the unit's Bộ chỉ tiêu list must be read again, and the line that
 * says how many units have sent.
 */
import type { ApiResult, ConsolidationView, StoredIndicatorSet } from '#shared/contract/api';
import type { ProfileId } from '#shared/domain/vocabulary';
import type { FileKind } from '../common/file-to-base64';

type Refusal = ApiResult<'consolidations.addInputs'>['refused'][number];

/** A unit's Word file is read under the Word file limit; packages and report files under the package one. */
export function unitFileKind(fileName: string): FileKind {
  const name = fileName.toLowerCase();
  return name.endsWith('.docx') || name.endsWith('.doc') ? 'word' : 'package';
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
}

type ConsolidationAction =
  | { type: 'addingStarted' }
  | { type: 'fileAdded'; view: ConsolidationView; refused: readonly Refusal[] }
  | { type: 'fileRefused'; refusal: Refusal }
  | { type: 'viewChanged'; view: ConsolidationView }
  | { type: 'templateChosen'; templateId: string }
  | { type: 'profileChosen'; profile: ProfileId };

export function initialConsolidation(view: ConsolidationView): ConsolidationState {
  // The unit's own thể thức (or the one its units' reports share), not ND30 by default: a Mặt trận writes as a Mặt trận.
  return { view, refused: [], templateId: 'dinh-ky', profile: view.suggestedProfile };
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
  }
}

/** "Tạo báo cáo tổng hợp" needs at least one unit's report. */
export const canMakeReport = (view: Pick<ConsolidationView, 'received'>): boolean => view.received > 0;
