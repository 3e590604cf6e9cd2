/**
 * Right-click on a word the spell checker flags: its suggestion and "accept this word", where
 * the mouse is. Elsewhere the usual menu (copy, paste) opens as always.
 */
import { useEffect, useState, type MouseEvent } from 'react';
import { checkSpelling, type SpellFinding } from '../../../../../shared/text/spell-check';
import { useSpellSettings } from './spell-context';

export interface SpellMenuState {
  x: number;
  y: number;
  finding: SpellFinding;
}

/** Opens the menu when the right-click lands on a flagged word; returns false to let the browser's menu open. */
export function findingAtCaret(text: string, caret: number, dictionary: ReadonlySet<string>, style?: 'new' | 'old'): SpellFinding | null {
  // Offsets are in the NFC text; a textarea holds what was typed, which the back end stores in NFC.
  const nfc = text.normalize('NFC');
  if (nfc.length !== text.length) return null;
  return checkSpelling(nfc, { personalDictionary: dictionary, style }).find((f) => caret >= f.start && caret <= f.end) ?? null;
}

export function useSpellMenu(text: string, onReplace: (next: string) => void) {
  const { dictionary, style, addWord } = useSpellSettings();
  const [menu, setMenu] = useState<SpellMenuState | null>(null);

  useEffect(() => {
    if (!menu) return;
    const close = () => setMenu(null);
    window.addEventListener('click', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('click', close);
      window.removeEventListener('keydown', close);
    };
  }, [menu]);

  const onContextMenu = (event: MouseEvent<HTMLTextAreaElement>) => {
    const finding = findingAtCaret(text, event.currentTarget.selectionStart, dictionary, style);
    if (!finding) return;
    event.preventDefault();
    setMenu({ x: event.clientX, y: event.clientY, finding });
  };

  const element = menu && (
    <div className="spell-menu" role="menu" aria-label="Gợi ý chính tả" style={{ left: menu.x, top: menu.y }}>
      {menu.finding.suggestion && (
        <button type="button" role="menuitem" onClick={() => onReplace(text.slice(0, menu.finding.start) + menu.finding.suggestion + text.slice(menu.finding.end))}>
          {menu.finding.suggestion}
        </button>
      )}
      {menu.finding.kind !== 'wrong-word' && menu.finding.kind !== 'tone-style' && (
        <button type="button" role="menuitem" onClick={() => addWord(menu.finding.word)}>
          Thêm “{menu.finding.word}” vào từ điển
        </button>
      )}
    </div>
  );
  return { onContextMenu, element };
}
