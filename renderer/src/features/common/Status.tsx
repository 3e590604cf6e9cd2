/**
 * How a screen tells the clerk where things stand — one component for every such line, so an
 * error always looks and is announced the same (screen readers hear role "alert" at once, a
 * "status" when they are free):
 * - error: something failed; the message says what to do next (closable).
 * - problem: something the clerk must look at before going on (refused files, a collision).
 * - success: what was just done.
 * - finding: what a check found, to read at leisure.
 * - note: a standing condition of the screen (read-only, published).
 */
import type { ReactNode, Ref } from 'react';

type StatusKind = 'error' | 'problem' | 'success' | 'finding' | 'note';

const LOOK: Record<StatusKind, { className: string; role: 'alert' | 'status' | 'note' }> = {
  error: { className: 'error-banner', role: 'alert' },
  problem: { className: 'warning', role: 'alert' },
  success: { className: 'success', role: 'status' },
  finding: { className: 'warning', role: 'status' },
  note: { className: 'warning', role: 'note' },
};

export function Status({
  kind,
  message,
  children,
  onClose,
  testId,
  ref,
}: {
  kind: StatusKind;
  /** The text; nothing is shown while it is null or empty (and no children are given). */
  message?: string | null;
  /** Richer content (a list, a button) instead of or after the message. */
  children?: ReactNode;
  onClose?: () => void;
  testId?: string;
  ref?: Ref<HTMLDivElement>;
}) {
  if (!message && children === undefined) return null;
  const look = LOOK[kind];
  return (
    <div ref={ref} className={look.className} role={look.role} data-testid={testId}>
      {message && <span className="status-text">{message}</span>}
      {children}
      {onClose && (
        <button type="button" className="link-button" onClick={onClose}>
          Đóng
        </button>
      )}
    </div>
  );
}
