/**
 * The word diff as it was before issue 23 — a longest common subsequence over a full n×m table —
 * kept only so bench/word-diff-bench.ts can measure it beside its replacement (jsdiff's Myers
 * diff, shared/sign-off/word-diff.ts). Not used by the app.
 */
import { tokenize, type DiffOp } from '#shared/sign-off/word-diff';

/** Longest common subsequence on tokens; the common prefix and suffix are taken first (most edits are small). */
export function lcsDiffWords(before: string, after: string): DiffOp[] {
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
      lengths[i * (m + 1) + j] =
        midA[i] === midB[j] ? lengths[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lengths[(i + 1) * (m + 1) + j]!, lengths[i * (m + 1) + j + 1]!);
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
