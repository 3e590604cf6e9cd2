/**
 * What the spell checker found in one editor: the list under the text (each with its fix and
 * "accept this word") and the right-click menu over an underlined word.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { STYLE_KINDS } from '#shared/text/spelling/kinds';
import type { PlacedFinding } from './spelling-underlines';

export interface SpellMenuState {
  x: number;
  y: number;
  placed: PlacedFinding;
}

/** A long part can hold many findings: the list names the first ones, the underlines show all. */
const LISTED_AT_MOST = 12;

/** Names and terms can be accepted; a known wrong word or the unit's other style cannot. */
const acceptable = (p: PlacedFinding) => p.finding.kind !== 'wrong-word' && !STYLE_KINDS.has(p.finding.kind);

export function SpellFindings({
  findings,
  onReplace,
  onAccept,
}: {
  findings: PlacedFinding[];
  onReplace: (p: PlacedFinding, text: string) => void;
  onAccept: (word: string) => void;
}) {
  if (findings.length === 0) return null;
  const shown = findings.slice(0, LISTED_AT_MOST);
  return (
    <ul className="spell-hints" aria-label="Gợi ý chính tả">
      {findings.length > shown.length && (
        <li className="muted">
          {findings.length} chỗ cần xem; dưới đây là {shown.length} chỗ đầu. Các chỗ khác được gạch dưới trong văn bản: bấm chuột phải để sửa.
        </li>
      )}
      {shown.map((p) => (
        <li key={`${p.from}-${p.finding.word}`}>
          <span className={STYLE_KINDS.has(p.finding.kind) ? 'spell-word style' : 'spell-word'}>{p.finding.word}</span>
          {STYLE_KINDS.has(p.finding.kind) && <small> (kiểu viết của đơn vị, không phải lỗi)</small>}
          {p.finding.suggestion && (
            <>
              {' → '}
              <button type="button" className="link-button" onClick={() => onReplace(p, p.finding.suggestion!)}>
                {p.finding.suggestion}
              </button>
            </>
          )}
          {acceptable(p) && (
            <button type="button" className="link-button muted" onClick={() => onAccept(p.finding.word)}>
              Đúng, thêm vào từ điển riêng
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

export function SpellMenu({
  menu,
  onClose,
  onReplace,
  onAccept,
}: {
  menu: SpellMenuState;
  onClose: () => void;
  onReplace: (p: PlacedFinding, text: string) => void;
  onAccept: (word: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ left: menu.x, top: menu.y });
  // Inside the window whatever the click's place: a menu at the right or bottom edge opens
  // towards the inside. The first choice takes the focus, for the keyboard.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    setPlace({
      left: Math.max(4, Math.min(menu.x, window.innerWidth - width - 4)),
      top: Math.max(4, menu.y + height > window.innerHeight - 4 ? menu.y - height : menu.y),
    });
    el.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [menu.x, menu.y]);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const outside = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('mousedown', outside);
    return () => {
      window.removeEventListener('mousedown', outside);
      if (before && document.contains(before)) before.focus();
    };
  }, [onClose]);
  const onKeyDown = (event: ReactKeyboardEvent) => {
    const items = Array.from(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
      next?.focus();
    }
  };
  const { placed } = menu;
  const choose = (action: () => void) => () => {
    action();
    onClose();
  };
  // On the page itself: the editor's box contains its layout, which would place a fixed menu wrongly.
  return createPortal(
    <div ref={ref} className="spell-menu" role="menu" aria-label="Gợi ý chính tả" tabIndex={-1} style={place} onKeyDown={onKeyDown}>
      {placed.finding.suggestion && (
        <button type="button" role="menuitem" onClick={choose(() => onReplace(placed, placed.finding.suggestion!))}>
          {placed.finding.suggestion}
        </button>
      )}
      {acceptable(placed) && (
        <button type="button" role="menuitem" onClick={choose(() => onAccept(placed.finding.word))}>
          Thêm “{placed.finding.word}” vào từ điển riêng
        </button>
      )}
      <button type="button" role="menuitem" onClick={onClose}>
        Bỏ qua
      </button>
    </div>,
    document.body,
  );
}
