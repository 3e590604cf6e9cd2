/**
 * The spelling corpora (tests/fixtures/spelling) and how the checker is scored on them:
 * recall per kind of slip, whether the first suggestion is the word meant, and false alarms
 * per 10,000 words of correct text. Used by the unit test (floors) and `npm run bench` (report).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSpelling, type SpellOptions } from '#shared/text/spell-check';

const FOLDER = join(import.meta.dirname, '..', 'fixtures', 'spelling');

export interface TypoCase {
  category: string;
  /** The sentence as typed. */
  typed: string;
  /** The sentence as meant. */
  meant: string;
  /** Where the typo stands in `typed`. */
  from: number;
  to: number;
}

/** typos-unseen-2026.txt was written for issue 21 before the word lists were read; typos-unseen-2026b.txt likewise at the start of session 9, typos-unseen-2026c.txt at the start of session 10 (measured, never tuned on). */
export type TypoFile = 'typos-tune.txt' | 'typos-held-out.txt' | 'typos-unseen-2026.txt' | 'typos-unseen-2026b.txt' | 'typos-unseen-2026c.txt';

/** Lines "category | sentence with {typed|meant}". */
export function readTypos(file: TypoFile): TypoCase[] {
  return readFileSync(join(FOLDER, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [category, sentence] = line.split(' | ') as [string, string];
      const match = /\{([^|}]*)\|([^}]*)\}/.exec(sentence);
      if (!match) throw new Error(`no {typed|meant} in: ${line}`);
      const before = sentence.slice(0, match.index);
      const after = sentence.slice(match.index + match[0].length);
      return {
        category: category.trim(),
        typed: before + match[1] + after,
        meant: before + match[2] + after,
        from: before.length,
        to: before.length + (match[1] as string).length,
      };
    });
}

export interface TypoScore {
  category: string;
  cases: number;
  found: number;
  rightFirst: number;
  missed: string[];
}

/**
 * kĩ/kỹ, lí/lý are no typos but a unit's style (issue 21): the i/y cases are checked as a unit
 * that chose y, as official documents print it, would have them checked.
 */
const OPTIONS_FOR: Record<string, SpellOptions> = { 'i/y': { iy: 'y' } };

export function scoreTypos(cases: readonly TypoCase[]): TypoScore[] {
  const scores = new Map<string, TypoScore>();
  for (const c of cases) {
    const score = scores.get(c.category) ?? { category: c.category, cases: 0, found: 0, rightFirst: 0, missed: [] };
    scores.set(c.category, score);
    score.cases += 1;
    // A slip of two words ("tô chưc") may be two findings: each one's first suggestion is taken.
    const hits = checkSpelling(c.typed, OPTIONS_FOR[c.category]).filter((f) => f.start < c.to && f.end > c.from);
    const hit = hits[0];
    if (!hit) {
      score.missed.push(c.typed.slice(Math.max(0, c.from - 12), c.to + 12));
      continue;
    }
    score.found += 1;
    const mended = hits.reduceRight((text, f) => text.slice(0, f.start) + f.suggestion + text.slice(f.end), c.typed);
    if (mended === c.meant) score.rightFirst += 1;
    else score.missed.push(`${hits.map((f) => `${f.word} → ${f.suggestion}`).join(', ')} (meant: ${c.meant.slice(hit.start, hit.end + 4)})`);
  }
  return [...scores.values()];
}

export const totalOf = (scores: readonly TypoScore[]) =>
  scores.reduce((t, s) => ({ cases: t.cases + s.cases, found: t.found + s.found, rightFirst: t.rightFirst + s.rightFirst }), {
    cases: 0,
    found: 0,
    rightFirst: 0,
  });

/** Correct text, one sentence or line per entry; `seen` texts were used to build the vocabulary. */
export function readCleanCorpus(): { name: string; seen: boolean; lines: string[] }[] {
  const split = (text: string) =>
    text
      .split(/\n|(?<=[.;!?])\s+(?=\p{Lu})/u)
      .map((l) => l.trim())
      .filter((l) => /\p{L}/u.test(l));
  const seenFolder = join(import.meta.dirname, '..', '..', 'shared', 'text', 'words', 'sources', 'corpus');
  const unseenFolder = join(FOLDER, 'clean');
  const read = (folder: string, seen: boolean) =>
    readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ name: f, seen, lines: split(readFileSync(join(folder, f), 'utf8')) }));
  return [...read(seenFolder, true), ...read(unseenFolder, false)];
}

export interface CleanScore {
  name: string;
  seen: boolean;
  lines: number;
  words: number;
  alarms: string[];
}

export function scoreClean(): CleanScore[] {
  return readCleanCorpus().map(({ name, seen, lines }) => {
    const alarms: string[] = [];
    let words = 0;
    for (const line of lines) {
      words += line.match(/[\p{L}\p{M}\d]+/gu)?.length ?? 0;
      for (const f of checkSpelling(line)) alarms.push(`${f.word} → ${f.suggestion} (${f.kind}) in: ${line.slice(Math.max(0, f.start - 30), f.end + 30)}`);
    }
    return { name, seen, lines: lines.length, words, alarms };
  });
}

/**
 * Real prose nobody here wrote (tests/fixtures/spelling/real-prose, sources in its SOURCES.md):
 * news, encyclopaedia and legal/administrative text, each split into a dev part (looked at while
 * tuning) and a held-out part (only measured).
 */
export type ProseKind = 'news' | 'encyclopaedia' | 'legal';
export type ProsePart = 'dev' | 'held-out';
export const PROSE_KINDS: readonly ProseKind[] = ['news', 'encyclopaedia', 'legal'];
export const PROSE_PARTS: readonly ProsePart[] = ['dev', 'held-out'];

export interface ProseDocument {
  kind: ProseKind;
  part: ProsePart;
  name: string;
  /** The text without the corpus's own metadata lines ("# url = …"). */
  text: string;
}

const REAL_PROSE = join(FOLDER, 'real-prose');

export function readRealProse(): ProseDocument[] {
  return PROSE_KINDS.flatMap((kind) =>
    PROSE_PARTS.flatMap((part) =>
      readdirSync(join(REAL_PROSE, kind, part))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((name) => ({
          kind,
          part,
          name,
          text: readFileSync(join(REAL_PROSE, kind, part, name), 'utf8')
            .split('\n')
            .filter((line) => !line.startsWith('# '))
            .join('\n'),
        })),
    ),
  );
}

/** A typo the source itself contains, found by the checker: listed in real-prose/typos-in-sources.txt. */
export interface SourceTypo {
  file: string;
  word: string;
  suggestion: string;
}

/** Lines "kind/part/file | word | what it should be | why". */
export function readSourceTypos(): SourceTypo[] {
  return readFileSync(join(REAL_PROSE, 'typos-in-sources.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [file, word, suggestion] = line.split(' | ').map((s) => s.trim()) as [string, string, string];
      return { file, word, suggestion };
    });
}

export interface ProseScore {
  kind: ProseKind;
  part: ProsePart;
  words: number;
  /** Flags on correct text, each with its place. */
  alarms: string[];
  /** Flags on a typo the source really has (listed in typos-in-sources.txt). */
  sourceTypos: string[];
}

export function scoreRealProse(
  check: (text: string) => { word: string; suggestion: string; kind: string; start: number; end: number }[] = (t) => checkSpelling(t),
): ProseScore[] {
  const listed = readSourceTypos();
  const scores = new Map<string, ProseScore>();
  for (const doc of readRealProse()) {
    const key = `${doc.kind}/${doc.part}`;
    const score = scores.get(key) ?? { kind: doc.kind, part: doc.part, words: 0, alarms: [], sourceTypos: [] };
    scores.set(key, score);
    score.words += doc.text.match(/[\p{L}\p{M}\d]+/gu)?.length ?? 0;
    const file = `${key}/${doc.name}`;
    const remaining = listed.filter((t) => t.file === file);
    for (const f of check(doc.text)) {
      const context = doc.text.slice(Math.max(0, f.start - 30), f.end + 30).replace(/\s+/g, ' ');
      // The flag may name the typo with its neighbour ("phất triển" for the listed "phất") or only part of a listed pair.
      const words = (w: string) => w.split(' ');
      const at = remaining.findIndex((t) => t.word === f.word || words(f.word).includes(t.word) || words(t.word).includes(f.word));
      if (at >= 0) {
        remaining.splice(at, 1);
        score.sourceTypos.push(`${f.word} → ${f.suggestion} in ${file}`);
      } else score.alarms.push(`${f.word} → ${f.suggestion} (${f.kind}) in ${file}: …${context}…`);
    }
  }
  return [...scores.values()];
}
