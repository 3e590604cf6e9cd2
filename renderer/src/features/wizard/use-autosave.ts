/**
 * Autosave for the wizard. Edits are queued per target (the header, one part …) and written
 * half a second after typing stops; the newest edit of a target replaces an older unsent one.
 * Writes run one at a time, in order. "Đã lưu" is shown only after the back end confirmed
 * every queued write, so what the screen calls saved is on disk.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/client';

export type SaveState = { kind: 'saved'; at: string | null } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'error'; message: string };

type Task = () => Promise<string | void>;

const AUTOSAVE_DELAY_MS = 500;

export function useAutosave() {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  const pending = useRef(new Map<string, Task>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const writing = useRef(false);

  const runPending = useCallback(async (): Promise<boolean> => {
    if (pending.current.size === 0) return true;
    const tasks = [...pending.current.entries()];
    pending.current.clear();
    setState({ kind: 'saving' });
    let lastAt: string | null = null;
    writing.current = true;
    let failure: unknown = null;
    try {
      // Each target's write is independent: one refused write (a conflict, a full disk) does not
      // hold back the others, and stays queued (unless a newer edit replaced it) for the retry.
      for (const [key, task] of tasks) {
        try {
          const at = await task();
          if (typeof at === 'string') lastAt = at;
        } catch (error) {
          if (!pending.current.has(key)) pending.current.set(key, task);
          failure ??= error;
        }
      }
    } finally {
      writing.current = false;
    }
    if (failure !== null) {
      setState({ kind: 'error', message: errorMessage(failure) });
      return false;
    }
    if (pending.current.size > 0) setState({ kind: 'dirty' });
    else setState({ kind: 'saved', at: lastAt ?? new Date().toISOString() });
    return true;
  }, []);

  const flush = useCallback((): Promise<boolean> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    chain.current = chain.current.then(runPending, runPending);
    return chain.current;
  }, [runPending]);

  const schedule = useCallback(
    (key: string, task: Task) => {
      pending.current.set(key, task);
      // Same state object while typing on: no redraw of the whole report per keystroke.
      setState((prev) => (prev.kind === 'dirty' ? prev : { kind: 'dirty' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  /** Drops a queued write that must not be sent (a conflict the clerk settled another way). */
  const discard = useCallback((key: string) => {
    pending.current.delete(key);
    if (pending.current.size === 0) setState((prev) => (prev.kind === 'error' ? { kind: 'saved', at: new Date().toISOString() } : prev));
  }, []);

  /** True while anything is queued or being written: a window then does not take others' saves. */
  const busy = useCallback(() => writing.current || pending.current.size > 0 || timer.current !== null, []);

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (pending.current.size > 0) {
        void flush();
        event.preventDefault();
      }
    };
    const ctrlS = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void flush();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('keydown', ctrlS);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('keydown', ctrlS);
      if (timer.current) clearTimeout(timer.current);
      void runPending();
    };
  }, [flush, runPending]);

  return { state, schedule, flush, discard, busy };
}
