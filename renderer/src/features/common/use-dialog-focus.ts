/**
 * A dialog takes the focus when it opens (its first field, or itself) and gives it back to what
 * had it when it closes, so a clerk on the keyboard is never left at the top of the page. It is
 * also scrolled into view: a form opened at the foot of a long step rail was off screen.
 */
import { useEffect, useRef } from 'react';

export function useDialogFocus<T extends HTMLElement>(open: boolean, onEscape?: () => void) {
  const ref = useRef<T>(null);
  const escape = useRef(onEscape);
  useEffect(() => {
    escape.current = onEscape;
  });
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && ref.current?.contains(document.activeElement)) escape.current?.();
    };
    document.addEventListener('keydown', onKey);
    const before = document.activeElement as HTMLElement | null;
    const dialog = ref.current;
    if (dialog) {
      dialog.scrollIntoView({ block: 'nearest' });
      const first = dialog.querySelector<HTMLElement>('input, textarea, select, button:not([disabled])');
      (first ?? dialog).focus();
    }
    return () => {
      document.removeEventListener('keydown', onKey);
      if (before && document.contains(before)) before.focus();
    };
  }, [open]);
  return ref;
}
