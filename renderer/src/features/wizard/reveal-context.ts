/**
 * "Open the part at the word": the checklist names a spelling finding, the wizard opens its step,
 * and the editing area that holds the word selects it and scrolls it into view. `key` names the
 * editing area's owner: a part's id, or "opening" / "appendices".
 */
import { createContext, useContext } from 'react';

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
