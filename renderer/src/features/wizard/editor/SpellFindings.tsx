/**
 * What the spell checker found in one editor: the list under the text (each with its fix and
 * "accept this word") and the right-click menu over an underlined word.
 */
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { PlacedFinding } from './spelling-underlines';

export interface SpellMenuState {
  x: number;
  y: number;
  placed: PlacedFinding;
}

/** A long part can hold many findings: the list names the first ones, the underlines show all. */
const LISTED_AT_MOST = 12;

/** Names and terms can be accepted; a known wrong word or the other tone style cannot. */
const acceptable = (p: PlacedFinding) => p.finding.kind !== 'wrong-word' && p.finding.kind !== 'tone-style';

export function SpellFindings({ findings, onReplace, onAccept }: { findings: PlacedFinding[]; onReplace: (p: PlacedFinding, text: string) => void; onAccept: (word: string) => void }) {
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
          <span className="spell-word">{p.finding.word}</span>
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

export function SpellMenu({ menu, onClose, onReplace, onAccept }: { menu: SpellMenuState; onClose: () => void; onReplace: (p: PlacedFinding, text: string) => void; onAccept: (word: string) => void }) {
  useEffect(() => {
    window.addEventListener('click', onClose);
    window.addEventListener('keydown', onClose);
    return () => {
      window.removeEventListener('click', onClose);
      window.removeEventListener('keydown', onClose);
    };
  }, [onClose]);
  const { placed } = menu;
  // On the page itself: the editor's box contains its layout, which would place a fixed menu wrongly.
  return createPortal(
    <div className="spell-menu" role="menu" aria-label="Gợi ý chính tả" style={{ left: menu.x, top: menu.y }}>
      {placed.finding.suggestion && (
        <button type="button" role="menuitem" onClick={() => onReplace(placed, placed.finding.suggestion!)}>
          {placed.finding.suggestion}
        </button>
      )}
      {acceptable(placed) && (
        <button type="button" role="menuitem" onClick={() => onAccept(placed.finding.word)}>
          Thêm “{placed.finding.word}” vào từ điển riêng
        </button>
      )}
    </div>,
    document.body,
  );
}
