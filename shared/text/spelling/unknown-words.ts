/**
 * What a word that is no known syllable was meant to be. Every way a clerk's slip could have
 * made it offers candidates, each with its cost: Telex keys left in ("quyeets"), a key pressed
 * once more ("thànhf"), lost or wrong marks ("sach", "viêc"), an ending or onset from its
 * confusion set ("kếc"), two letters swapped ("năgn"), one letter wrong, missing or extra
 * ("truiền"). The candidate that best fits the words around it, less its cost, is the suggestion.
 */
import { isWellFormedSyllable, type ToneStyle } from '../syllable';
import { decodeTelex, trailingKeyCandidates } from '../typing-leftovers';
import { repairedSyllables } from '../words/confusions';
import type { Vocabulary } from '../words/vocabulary';
import { contextFit, type Neighbours } from './context-fit';
import type { SpellKind } from './kinds';
import { LETTER_SLIP_COST, letterSlips } from './letter-slips';
import { markRepairs } from './mark-repairs';
import { memoized } from './memo';
import { placedKey, placeTone } from './place-tone';

interface Candidate {
  /** Key form: lower case, "new" tone style. */
  word: string;
  kind: SpellKind;
  cost: number;
}

/** Typing with Unikey off leaves keys that decode to exactly one word: nearly free. */
const TELEX_COST = Math.log(3);
const TRAILING_KEY_COST = Math.log(3);
const CONFUSION_COST = Math.log(300);
const TRANSPOSITION_COST = Math.log(300);

/** Words with two neighbouring letters swapped, the end of the word first (where slips happen most). */
function transpositions(word: string): string[] {
  const letters = [...word];
  const out: string[] = [];
  for (let i = letters.length - 2; i >= 0; i -= 1) {
    const copy = [...letters];
    [copy[i], copy[i + 1]] = [copy[i + 1] as string, copy[i] as string];
    out.push(copy.join(''));
  }
  return out;
}

// Real text repeats its unknown words (names, foreign terms): what each may have been is kept.
const candidatesOf = memoized((word: string, words: Vocabulary) => searchCandidates(words, word));

export function unknownWordCandidates(words: Vocabulary, word: string): Candidate[] {
  return candidatesOf(word, words);
}

function searchCandidates(words: Vocabulary, word: string): Candidate[] {
  const lower = word.normalize('NFC').toLowerCase();
  const out = new Map<string, Candidate>();
  const add = (raw: string | null, kind: SpellKind, cost: number) => {
    const key = raw ? placedKey(raw) : null;
    if (!key || key === lower || !words.knownSyllable(key)) return;
    const known = out.get(key);
    if (!known || known.cost > cost) out.set(key, { word: key, kind, cost });
  };
  for (const c of decodedKeyCandidates(words, decodeTelex(lower))) add(c.word, c.kind, c.cost);
  trailingKeyCandidates(lower, isWellFormedSyllable).forEach((c, i) => add(c, 'typing-leftover', TRAILING_KEY_COST + i));
  for (const repair of markRepairs(words, lower)) add(repair.word, repair.slip, repair.cost);
  for (const c of repairedSyllables(lower, isWellFormedSyllable)) add(c, 'not-a-word', CONFUSION_COST);
  for (const c of transpositions(lower)) add(c, 'not-a-word', TRANSPOSITION_COST);
  // The widest search only where nothing cheaper explains the word.
  if (out.size === 0) for (const c of letterSlips(words, lower, placedKey)) add(c, 'not-a-word', LETTER_SLIP_COST);
  return [...out.values()];
}

/**
 * What Telex or VNI keys left in a word spell, and — as a wrong tone key is easily pressed
 * ("tootj" spells tột beside "phối hợp … với": tốt) — the same letters with other marks, at the
 * cost of a changed mark; the neighbours decide.
 */
export function decodedKeyCandidates(words: Vocabulary, decoded: string | null): Candidate[] {
  const key = decoded ? placedKey(decoded) : null;
  if (!key || !words.knownSyllable(key)) return [];
  return [
    { word: key, kind: 'typing-leftover', cost: TELEX_COST },
    ...markRepairs(words, key).map((r): Candidate => ({ word: r.word, kind: 'typing-leftover', cost: TELEX_COST + r.cost })),
  ];
}

export interface Choice {
  candidate: Candidate;
  /** Fit between the neighbours less the slip's cost. */
  score: number;
}

/** Small enough never to outweigh the neighbours' evidence, only to order what they leave equal. */
const TIE_BREAK = 1e-3;

export function bestCandidate(words: Vocabulary, candidates: readonly Candidate[], neighbours: Neighbours): Choice | null {
  let best: Choice | null = null;
  for (const candidate of candidates) {
    // Where the neighbours cannot tell (both capped as unseen), the commoner syllable goes first: "truc" → trực, not trúc.
    const score = contextFit(words, candidate.word, neighbours) - candidate.cost + TIE_BREAK * Math.log(words.syllableCount(candidate.word) + 1);
    if (!best || score > best.score) best = { candidate, score };
  }
  return best;
}

/** True when the candidate is seen beside one of the neighbours: the evidence a plain word (maybe English) needs. */
export function fitsANeighbour(words: Vocabulary, word: string, { left, right }: Neighbours): boolean {
  return (left !== null && words.pairCount(left, word) > 0) || (right !== null && words.pairCount(word, right) > 0);
}

/** How often a pair must be seen to speak for a rare syllable's correction on its own. */
const STRONG_PAIR_COUNT = 30;

/** True when the candidate makes, with one of the neighbours, a pair real text uses often. */
export function fitsANeighbourStrongly(words: Vocabulary, word: string, { left, right }: Neighbours): boolean {
  return (left !== null && words.pairCount(left, word) >= STRONG_PAIR_COUNT) || (right !== null && words.pairCount(word, right) >= STRONG_PAIR_COUNT);
}

/** True when the candidate is seen beside every neighbour it has (and it has one). */
export function fitsEveryNeighbour(words: Vocabulary, word: string, { left, right }: Neighbours): boolean {
  if (left === null && right === null) return false;
  return (left === null || words.pairCount(left, word) > 0) && (right === null || words.pairCount(word, right) > 0);
}

export const styled = (key: string, style: ToneStyle) => placeTone(key, style) ?? key;
