/** The personal dictionary, shared by every paragraph's spelling hints in the wizard. */
import { createContext, useContext } from 'react';

export interface SpellSettings {
  dictionary: ReadonlySet<string>;
  /** The unit's tone-mark style; words in the other style are pointed out. */
  style?: 'new' | 'old';
  addWord: (word: string) => void;
}

export const SpellContext = createContext<SpellSettings>({ dictionary: new Set(), addWord: () => undefined });

export const useSpellSettings = () => useContext(SpellContext);
