/**
 * The busy flag and the error line of a screen's action (send a package, check a file, restore a
 * backup…): while it runs the button is disabled, a failure shows its Vietnamese message, and
 * the next attempt clears the last message first.
 */
import { useCallback, useState } from 'react';
import { errorMessage } from '../../api/client';

interface ApiAction {
  busy: boolean;
  error: string | null;
  setError: (message: string | null) => void;
  /** Runs `work`; its result, or undefined when it failed (the error is shown). */
  run: <T>(work: () => Promise<T>, options?: { keepBusyOnSuccess?: boolean }) => Promise<T | undefined>;
}

export function useApiAction(): ApiAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T>(work: () => Promise<T>, options: { keepBusyOnSuccess?: boolean } = {}): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      const result = await work();
      // A form that leaves the screen on success (a new report opens) stays disabled until it has.
      if (!options.keepBusyOnSuccess) setBusy(false);
      return result;
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
      return undefined;
    }
  }, []);
  return { busy, error, setError, run };
}
