/**
 * Which piece of a joined text an offset falls in: `starts` holds where each piece begins
 * (ascending, the first 0); the answer is the index of the last start at or before `offset`.
 * Binary search, for long texts checked in one pass and placed back piece by piece.
 */
export function pieceIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
