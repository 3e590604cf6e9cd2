/**
 * A word-level diff of Vietnamese text, as a leader's edits are read: both texts in NFC, split
 * into syllables (letters with their marks, numbers like 1.523 or 82,5%), punctuation and spaces,
 * then the shortest edit between the token lists. "tăng 12%" → "tăng 12,5%" is one number changed,
 * not two letters.
 */
import { diffArrays } from 'diff';

export type DiffOp = { kind: 'same' | 'inserted' | 'deleted'; text: string };

/** Syllables and numbers, single punctuation marks, runs of spaces. */
export function tokenize(text: string): string[] {
  return text.normalize('NFC').match(/\d+(?:[.,]\d+)*%?|[\p{L}\p{M}]+|\s+|[^\s\p{L}\p{M}\d]/gu) ?? [];
}

/**
 * jsdiff's Myers diff on the tokens (O((n+m)·d) time, memory in the edit distance): the full
 * LCS table it replaces grew with the product of the lengths — 3.3 s and 144 MB for one reworded
 * 3,000-word paragraph (bench/word-diff-bench.ts measures both). Changes come deleted first.
 */
export function diffWords(before: string, after: string): DiffOp[] {
  const ops: DiffOp[] = [];
  const push = (kind: DiffOp['kind'], text: string) => {
    if (text === '') return;
    const last = ops[ops.length - 1];
    if (last && last.kind === kind) last.text += text;
    else ops.push({ kind, text });
  };
  // A run of changes is shown as what went then what came; a lone space the two sides happen to
  // share inside it ("Cấp trên sửa" → "Xã sửa lại") belongs to the run, not between its words.
  let deleted = '';
  let inserted = '';
  const flush = () => {
    push('deleted', deleted);
    push('inserted', inserted);
    deleted = '';
    inserted = '';
  };
  const changes = diffArrays(tokenize(before), tokenize(after));
  changes.forEach((change, i) => {
    const text = change.value.join('');
    if (change.removed) deleted += text;
    else if (change.added) inserted += text;
    else if (/^\s+$/u.test(text) && (deleted || inserted) && changes[i + 1] && (changes[i + 1]!.added || changes[i + 1]!.removed)) {
      deleted += text;
      inserted += text;
    } else {
      flush();
      push('same', text);
    }
  });
  flush();
  return ops;
}

/**
 * A diff as a reader can follow it: when the two texts share little (a part rewritten, not edited),
 * interleaved words read as nonsense, so the old text is shown struck out whole and the new one whole.
 */
export function readableDiff(diff: readonly DiffOp[]): DiffOp[] {
  const letters = (ops: readonly DiffOp[]) => ops.reduce((n, op) => n + op.text.replace(/\s+/g, '').length, 0);
  const same = letters(diff.filter((op) => op.kind === 'same'));
  const total = letters(diff);
  if (total === 0 || same / total >= 0.5) return [...diff];
  const text = (kind: DiffOp['kind']) =>
    diff
      .filter((op) => op.kind === 'same' || op.kind === kind)
      .map((op) => op.text)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  return [
    { kind: 'deleted', text: text('deleted') },
    { kind: 'same', text: ' ' },
    { kind: 'inserted', text: text('inserted') },
  ];
}
