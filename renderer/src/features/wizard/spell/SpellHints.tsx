/**
 * Spelling hints under a paragraph. They are worked out a moment after typing stops, never on
 * the keystroke itself (input methods edit the text with Backspace and replacements; nothing
 * may run in between). Each hint offers the fix, and "accept this word" for names and terms.
 */
import { useEffect, useMemo, useState } from 'react';
import { checkSpelling } from '../../../../../shared/text/spell-check';
import { useSpellSettings } from './spell-context';

const IDLE_MS = 700;

function useIdleValue(value: string): string {
  const [idle, setIdle] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setIdle(value), IDLE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return idle;
}

export function SpellHints({ text, onReplace }: { text: string; onReplace: (next: string) => void }) {
  const idle = useIdleValue(text);
  const { dictionary, addWord, style } = useSpellSettings();
  const findings = useMemo(() => checkSpelling(idle, { personalDictionary: dictionary, style }), [idle, dictionary, style]);
  if (findings.length === 0 || idle !== text) return null;
  const nfc = text.normalize('NFC');
  return (
    <ul className="spell-hints" aria-label="Gợi ý chính tả">
      {findings.map((f, i) => (
        <li key={`${f.start}-${i}`}>
          <span className="spell-word">{f.word}</span>
          {f.suggestion && (
            <>
              {' → '}
              <button type="button" className="link-button" onClick={() => onReplace(nfc.slice(0, f.start) + f.suggestion + nfc.slice(f.end))}>
                {f.suggestion}
              </button>
            </>
          )}
          {f.kind !== 'wrong-word' && f.kind !== 'tone-style' && (
            <button type="button" className="link-button muted" onClick={() => addWord(f.word)}>
              Đúng, thêm vào từ điển
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
