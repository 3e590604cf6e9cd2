/** The number of A4 pages the print preview last laid a report out on (for "Thông tin văn bản"). */
import { useSyncExternalStore } from 'react';

const counts = new Map<string, number>();
const listeners = new Set<() => void>();

export function setPageCount(reportId: string, pages: number): void {
  if (counts.get(reportId) === pages) return;
  counts.set(reportId, pages);
  for (const l of listeners) l();
}

export function usePageCount(reportId: string): number | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => counts.get(reportId) ?? null,
  );
}
