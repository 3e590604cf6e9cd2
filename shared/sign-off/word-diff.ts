/**
 * A word-level diff of Vietnamese text, as a leader's edits are read: both texts in NFC, split
 * into syllables (letters with their marks, numbers like 1.523 or 82,5%), punctuation and spaces,
 * then the longest common subsequence of tokens. "tăng 12%" → "tăng 12,5%" is one number changed,
 * not two letters.
 */
export type DiffOp = { kind: 'same' | 'inserted' | 'deleted'; text: string };

/** Syllables and numbers, single punctuation marks, runs of spaces. */
export function tokenize(text: string): string[] {
  return text.normalize('NFC').match(/\d+(?:[.,]\d+)*%?|[\p{L}\p{M}]+|\s+|[^\s\p{L}\p{M}\d]/gu) ?? [];
}

/** Longest common subsequence on tokens; the common prefix and suffix are taken first (most edits are small). */
export function diffWords(before: string, after: string): DiffOp[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  // lengths[i][j]: LCS of midA[i:] and midB[j:], in one flat array.
  const lengths = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i * (m + 1) + j] = midA[i] === midB[j] ? lengths[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lengths[(i + 1) * (m + 1) + j]!, lengths[i * (m + 1) + j + 1]!);
    }
  }
  const ops: DiffOp[] = [];
  const push = (kind: DiffOp['kind'], text: string) => {
    const last = ops[ops.length - 1];
    if (last && last.kind === kind) last.text += text;
    else ops.push({ kind, text });
  };
  if (start > 0) push('same', a.slice(0, start).join(''));
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (midA[i] === midB[j]) {
      push('same', midA[i]!);
      i += 1;
      j += 1;
    } else if (lengths[(i + 1) * (m + 1) + j]! >= lengths[i * (m + 1) + j + 1]!) push('deleted', midA[i++]!);
    else push('inserted', midB[j++]!);
  }
  while (i < n) push('deleted', midA[i++]!);
  while (j < m) push('inserted', midB[j++]!);
  if (endA < a.length) push('same', a.slice(endA).join(''));
  return ops;
}

/** True when the two texts differ in more than spacing. */
export const changedText = (before: string, after: string) => before.replace(/\s+/g, ' ').trim() !== after.replace(/\s+/g, ' ').trim();

/**
 * A diff as a reader can follow it: when the two texts share little (a part rewritten, not edited),
 * interleaved words read as nonsense, so the old text is shown struck out whole and the new one whole.
 */
export function readableDiff(diff: readonly DiffOp[]): DiffOp[] {
  const letters = (ops: readonly DiffOp[]) => ops.reduce((n, op) => n + op.text.replace(/\s+/g, '').length, 0);
  const same = letters(diff.filter((op) => op.kind === 'same'));
  const total = letters(diff);
  if (total === 0 || same / total >= 0.5) return [...diff];
  const text = (kind: DiffOp['kind']) => diff.filter((op) => op.kind === 'same' || op.kind === kind).map((op) => op.text).join('').replace(/\s+/g, ' ').trim();
  return [{ kind: 'deleted', text: text('deleted') }, { kind: 'same', text: ' ' }, { kind: 'inserted', text: text('inserted') }];
}
