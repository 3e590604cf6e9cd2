/** "Đã lưu" only when the back end confirmed every change; otherwise what is happening. */
import { formatTime } from '../common/format-time';
import type { SaveState } from './use-autosave';

export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  let text: string;
  switch (state.kind) {
    case 'saved':
      text = state.at ? `Đã lưu lúc ${formatTime(state.at)}` : 'Đã lưu';
      break;
    case 'dirty':
      text = 'Chưa lưu…';
      break;
    case 'saving':
      text = 'Đang lưu…';
      break;
    case 'error':
      text = `Chưa lưu được: ${state.message}`;
      break;
  }
  return (
    <span className={`save-status ${state.kind}`} data-testid="save-status" data-state={state.kind} role="status" aria-live="polite">
      {text}
      {state.kind === 'error' && (
        <button type="button" className="link-button" onClick={onRetry}>
          Thử lưu lại
        </button>
      )}
    </span>
  );
}
