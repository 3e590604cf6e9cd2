/**
 * Which editor this machine uses: the rich one, or the plain one (a textarea) for a machine
 * whose input method misbehaves in the rich one — a known risk with some Windows IMEs in
 * contenteditable editors. It is a property of the machine's keyboard setup, not of a report,
 * so it is kept in this window's storage, and every open editor switches at once.
 */
import { useSyncExternalStore } from 'react';

type EditorMode = 'rich' | 'plain';

const KEY = 'baocao.editorMode';
const listeners = new Set<() => void>();

function read(): EditorMode {
  try {
    return localStorage.getItem(KEY) === 'plain' ? 'plain' : 'rich';
  } catch {
    return 'rich';
  }
}

export function setEditorMode(mode: EditorMode): void {
  try {
    localStorage.setItem(KEY, mode);
  } catch {
    // Storage refused (a locked-down profile): the choice lasts for this session only.
  }
  current = mode;
  listeners.forEach((listener) => listener());
}

let current = read();

export function useEditorMode(): EditorMode {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
