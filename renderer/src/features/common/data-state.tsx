/**
 * Whether the data file can be written, for every screen at once. A damaged file opens read-only
 * ("salvage"): the back end refuses every write before it runs, so the screens grey out what
 * would write — with the reason on hover — instead of offering buttons that fail on click.
 * Which methods read is the contract's one list (READ_ONLY_METHODS).
 */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { READ_ONLY_METHODS, type ApiMethod, type DataState } from '#shared/contract/api';
import { api } from '../../api/client';

const READ_ONLY_REASON = 'Tệp dữ liệu bị hỏng, đang mở chỉ để đọc: chỉ xem và xuất được. Hãy khôi phục từ bản sao lưu rồi sửa tiếp.';

/** Sent on window after a restore: the data file changed under every screen. */
export const DATA_STATE_CHANGED = 'baocao:data-state-changed';

const DataStateContext = createContext<DataState>({ status: 'ok' });

export function DataStateProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<DataState>({ status: 'ok' });
  const load = useCallback(() => {
    api('app.info', {}).then(
      (info) => setState(info.data),
      () => undefined,
    );
  }, []);
  useEffect(() => {
    load();
    window.addEventListener(DATA_STATE_CHANGED, load);
    return () => window.removeEventListener(DATA_STATE_CHANGED, load);
  }, [load]);
  return <DataStateContext.Provider value={state}>{children}</DataStateContext.Provider>;
}

function useDataState(): DataState {
  return useContext(DataStateContext);
}

/** Null when `method` can run now; else why not, for a disabled button's title. */
export function useWriteBlocked(method?: ApiMethod): string | null {
  const state = useDataState();
  if (state.status === 'ok') return null;
  if (method && READ_ONLY_METHODS.has(method)) return null;
  return READ_ONLY_REASON;
}

/** What writes, greyed out as one group while the file is read-only (a fieldset disables every control in it). */
export function Writes({ children, className }: { children: ReactNode; className?: string }) {
  const blocked = useWriteBlocked();
  return (
    <fieldset className={`writes${className ? ` ${className}` : ''}`} disabled={blocked !== null} title={blocked ?? undefined}>
      {children}
    </fieldset>
  );
}
