/**
 * The decisions of "Trình ký", apart from the screen: where the report stands (the newest change
 * of state among its events, which this screen sees before its copy of the report is reloaded),
 * what the clerk may do from there, how each event reads, and what the panel says.
 */
import type { ReportEvent } from '#shared/contract/api';
import { REPORT_STATE_LABELS, type ReportState } from '#shared/domain/report';
import { signOffEventLines } from '#shared/messages/sign-off';

/** The report's state: the newest change of state among its events, else the stored one. */
export function currentState(events: readonly ReportEvent[], stored: ReportState | undefined): ReportState {
  const latest = [...events].reverse().find((e) => e.kind in REPORT_STATE_LABELS);
  return (latest?.kind as ReportState | undefined) ?? stored ?? 'drafting';
}

type SignOffAction = 'export-draft' | 'receive-edits' | 'approve' | 'publish' | 'new-version';

/** What the panel offers in each state: a published report only a new version; an approved one is not approved again. */
export function offeredActions(state: ReportState): SignOffAction[] {
  if (state === 'published') return ['new-version'];
  return ['export-draft', 'receive-edits', ...(state === 'approved' ? [] : (['approve'] as const)), 'publish'];
}

/** An event as "Diễn biến trình ký" lists it; a kind this version does not know is shown by its name. */
export function eventLine(event: ReportEvent): string {
  const d = event.detail;
  switch (event.kind) {
    case 'submitted':
      return signOffEventLines.submitted(d.submission);
    case 'edits-taken':
      return signOffEventLines.editsTaken(d.submission, d.accepted, d.rejected);
    case 'approved':
      return signOffEventLines.approved;
    case 'published':
      return signOffEventLines.published(d.number, d.date);
    case 'drafting':
      return signOffEventLines.drafting;
    case 'new-version':
      return signOffEventLines.newVersion;
    default:
      return event.kind;
  }
}

interface SignOffPanelState {
  publishing: boolean;
  number: string;
  date: string | null;
  /** What was just done. */
  message: string | null;
  error: string | null;
}

type SignOffPanelAction =
  | { type: 'publishOpened' }
  | { type: 'numberTyped'; number: string }
  | { type: 'dateChosen'; date: string | null }
  | { type: 'published' }
  | { type: 'started' }
  | { type: 'done'; message: string }
  | { type: 'failed'; message: string };

export const initialSignOffPanel = (number: string, date: string | null): SignOffPanelState => ({
  publishing: false,
  number,
  date,
  message: null,
  error: null,
});

export function signOffPanelReducer(state: SignOffPanelState, action: SignOffPanelAction): SignOffPanelState {
  switch (action.type) {
    case 'publishOpened':
      return { ...state, publishing: true };
    case 'numberTyped':
      return { ...state, number: action.number };
    case 'dateChosen':
      return { ...state, date: action.date };
    case 'published':
      return { ...state, publishing: false };
    case 'started':
      // The next attempt clears the last error first.
      return { ...state, error: null };
    case 'done':
      return { ...state, message: action.message, error: null };
    case 'failed':
      return { ...state, error: action.message };
  }
}
