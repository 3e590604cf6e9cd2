/** The personal dictionary, shared by every paragraph's spelling hints in the wizard. */
import { createContext, useContext } from 'react';

interface SpellSettings {
  dictionary: ReadonlySet<string>;
  /** The unit's tone-mark style; words in the other style are pointed out. */
  style?: 'new' | 'old';
  /** The unit's i/y choice (kỹ or kĩ); absent: both accepted. */
  iy?: 'i' | 'y';
  addWord: (word: string) => void;
}

export const SpellContext = createContext<SpellSettings>({ dictionary: new Set(), addWord: () => undefined });

export const useSpellSettings = () => useContext(SpellContext);
