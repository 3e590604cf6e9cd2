/**
 * The floors the Word reader holds on the field corpus (tests/fixtures/field: real documents from
 * real offices, read by hand once). The files tuned on must stay whole; the held-out files are
 * measured, never tuned on — their floor is where the reader stood when they were first measured,
 * so a change that makes them worse fails here. The checker is held to the defects judged on each
 * file's rendered pages. `tsx bench/field-accuracy.ts` and `tsx bench/field-checker.ts` print the tables.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_DIR, fieldFiles, scoreFieldFile, summariseScores, type FieldScore } from '../support/field-corpus';
import { judgedFiles, scoreChecker, summariseChecker, type CheckerScore } from '../support/field-checker';
import { roundTrip } from '../support/field-round-trip';

const scores: FieldScore[] = [];
const scored = async () => {
  if (scores.length === 0) for (const file of fieldFiles()) scores.push(await scoreFieldFile(file));
  return scores;
};

describe('the Word reader on real documents', () => {
  it('keeps at least 99% of every file’s text, and lists whatever it could not place', async () => {
    const all = await scored();
    for (const s of all.filter((x) => !x.file.expected.knownMiss))
      expect({ file: s.file.file, kept: s.kept >= 0.99 }).toEqual({ file: s.file.file, kept: true });
    const tuned = summariseScores(all.filter((s) => !s.file.expected.heldOut));
    expect(tuned.silentlyDropping).toEqual([]);
    // One held-out law (.doc) loses words silently: measured, left for a reader change that is not tuned on it.
    expect(summariseScores(all).silentlyDropping.length).toBeLessThanOrEqual(1);
  }, 120_000);

  it('imports and exports again every file keeping at least 99.5% of its words, footnotes counted (nothing dropped that the export does not write back)', async () => {
    for (const file of fieldFiles()) {
      const trip = await roundTrip(file);
      // A file the reader is not tuned on yet (knownMiss) may lose what it lists for the clerk, down to 98%: none is now.
      const floor = file.expected.knownMiss ? 0.98 : 0.995;
      expect({ file: file.file, kept: trip.kept >= floor, lost: trip.kept >= floor ? [] : trip.lost }).toEqual({ file: file.file, kept: true, lost: [] });
    }
  }, 300_000);

  it('reads the header, outline, signer, Nơi nhận and phụ lục of the files tuned on exactly as read by hand', async () => {
    const tuned = summariseScores((await scored()).filter((s) => !s.file.expected.heldOut && !s.file.expected.knownMiss));
    expect(tuned).toMatchObject({ header: 1, outline: 1, signer: 1, recipients: 1, appendices: 1 });
  }, 120_000);

  it('names every tuned-on file the reader still misreads, with what it gets wrong (the list only shrinks)', () => {
    const misses = fieldFiles().filter((f) => f.expected.knownMiss);
    // The last, a biên bản signed by five members, is read whole since the report has người ký cùng.
    expect([...new Set(misses.map((f) => f.id))].sort()).toEqual([]);
    expect(misses.every((f) => !f.expected.heldOut)).toBe(true);
  });

  it('holds its floors on the held-out files it was never tuned on', async () => {
    const all = summariseScores(await scored());
    const held = summariseScores((await scored()).filter((s) => s.file.expected.heldOut));
    expect(all.header).toBeGreaterThanOrEqual(0.95);
    expect(held.header).toBeGreaterThanOrEqual(0.9);
    expect(held.outline).toBeGreaterThanOrEqual(0.5);
    // 30 of 31 when the files of sources D–H joined the held-out part (their first measurement): not tuned on.
    expect(held.signer).toBeGreaterThanOrEqual(30 / 31);
    expect(held.recipients).toBeGreaterThanOrEqual(1);
    // 15 of 16 when the Lào Cai files joined the held-out part (their first measurement): not tuned on.
    expect(held.appendices).toBeGreaterThanOrEqual(15 / 16);
  }, 120_000);
});

describe('the corpus itself', () => {
  it('records where every file came from and has a hand reading of every document', () => {
    const sources = readFileSync(join(FIELD_DIR, 'SOURCES.md'), 'utf8');
    const files = readdirSync(join(FIELD_DIR, 'files'));
    for (const file of files.filter((f) => !f.endsWith('.lo.docx'))) expect(sources, file).toContain(`| \`${file}\` |`);
    expect(new Set(fieldFiles().map((f) => f.file))).toEqual(new Set(files));
  });
});

describe('the thể thức checker on real documents', () => {
  const checked: CheckerScore[] = [];
  const scoredChecker = async () => {
    if (checked.length === 0) for (const file of judgedFiles()) checked.push(await scoreChecker(file));
    return checked;
  };

  it('finds the defects judged on the rendered pages of the files tuned on, and little else', async () => {
    const tuned = summariseChecker((await scoredChecker()).filter((s) => !s.file.expected.heldOut));
    expect(tuned.precision).toBeGreaterThanOrEqual(0.98);
    expect(tuned.recall).toBeGreaterThanOrEqual(0.98);
  }, 120_000);

  it('holds its floors on the held-out files it was never tuned on', async () => {
    const held = summariseChecker((await scoredChecker()).filter((s) => s.file.expected.heldOut));
    // 27 documents since the 20 held-out ones of source D and E–H were judged (December 2026): 90% and 92% then,
    // 92% with tolerances shown by tuned-on files on rule lengths and wrapped lines (seen first on held-out files — see SOURCES.md);
    // recall 95% with the rules on the chủ quản's, trích yếu's and signature's size, the trích yếu's case and the ký hiệu's code.
    expect(held.precision).toBeGreaterThanOrEqual(0.91);
    expect(held.recall).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  it('checks a .doc on its text and says so', async () => {
    const docs = (await scoredChecker()).filter((s) => s.file.file.endsWith('.doc'));
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((s) => s.textOnly)).toBe(true);
  }, 120_000);
});
