/** Words changed between two texts: added ones marked as inserted, removed ones struck out (the bản trình review and a package conflict show them alike); a text rewritten whole is shown old, then new. */
import { readableDiff, type DiffOp } from '#shared/sign-off/word-diff';

export function WordDiff({ diff }: { diff: readonly DiffOp[] }) {
  return (
    <p className="word-diff">
      {readableDiff(diff).map((op, i) =>
        op.kind === 'same' ? <span key={i}>{op.text}</span> : op.kind === 'inserted' ? <ins key={i}>{op.text}</ins> : <del key={i}>{op.text}</del>,
      )}
    </p>
  );
}
