/**
 * "Open the part at the word": the checklist names a spelling finding, the wizard opens its step,
 * and the editing area that holds the word selects it and scrolls it into view. `key` names the
 * editing area's owner: a part's id, or "opening" / "appendices".
 */
import { createContext, useContext, useEffect, type RefObject } from 'react';

export interface RevealTarget {
  key: string;
  word: string;
  /** A new request for the same word selects it again. */
  nonce: number;
}

export const RevealContext = createContext<RevealTarget | null>(null);

export function useReveal(key: string | undefined): RevealTarget | null {
  const target = useContext(RevealContext);
  return target && key !== undefined && target.key === key ? target : null;
}

/** The key of a part's title field, apart from its text's editing areas. */
export const titleRevealKey = (sectionId: string) => `title:${sectionId}`;

/** A one-line field (a part's title) that selects the word the checklist asked for, and shows it. */
export function useRevealInField(key: string, field: RefObject<HTMLInputElement | HTMLTextAreaElement | null>): void {
  const target = useReveal(key);
  useEffect(() => {
    const input = field.current;
    if (!target || !input) return;
    const at = input.value.indexOf(target.word);
    if (at < 0) return;
    input.focus();
    input.setSelectionRange(at, at + target.word.length);
    input.scrollIntoView({ block: 'center' });
  }, [target, field]);
}
