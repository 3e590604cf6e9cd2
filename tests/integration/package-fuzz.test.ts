/**
 * Damaged packages, as USB sticks and e-office downloads damage them: every refusal talks about a
 * package (.baocao) and what to do with one — never about Word, which cannot open a package — and
 * nothing of a refused package is stored. The same holds where a package is added to a consolidation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleReport } from '../support/fixtures';
import { testCore } from '../support/test-core';

/** Advice a clerk could follow for a Word file and not for a package. */
const WORD_ADVICE = /mở bằng Word|Lưu thành|tệp Word/;
const PACKAGE_WORDS = /gói|\.baocao/i;

async function madePackage(): Promise<Buffer> {
  const sender = testCore();
  const report = await sender.call('library.importJson', { json: JSON.stringify(sampleReport()) });
  const made = await sender.call('packages.make', {
    id: report.id,
    attachments: [{ name: 'bản ký số.pdf', base64: Buffer.from('%PDF-1.7 bản ký số').toString('base64') }],
  });
  return Buffer.from(made.base64, 'base64');
}

/** One way a file gets damaged on the way. */
type Damage =
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'cut'; at: number }
  | { kind: 'zero'; at: number; length: number }
  | { kind: 'insert'; at: number; bytes: number[] };

function damaged(bytes: Buffer, damage: Damage): Buffer {
  const out = Buffer.from(bytes);
  const at = Math.floor(damage.at * bytes.length);
  switch (damage.kind) {
    case 'flip':
      out[at] = (out[at] ?? 0) ^ (damage.xor || 1);
      return out;
    case 'cut':
      return out.subarray(0, at);
    case 'zero':
      out.fill(0, at, Math.min(out.length, at + damage.length));
      return out;
    case 'insert':
      return Buffer.concat([out.subarray(0, at), Buffer.from(damage.bytes), out.subarray(at)]);
  }
}

const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 0.9999, noNaN: true }), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 0.9999, noNaN: true }) }),
  fc.record({ kind: fc.constant('zero' as const), at: fc.double({ min: 0, max: 0.9999, noNaN: true }), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 0.9999, noNaN: true }),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }),
  }),
);

describe('a damaged package', () => {
  it('is refused with package advice, never Word advice, and nothing is stored', async () => {
    const good = await madePackage();
    let refusals = 0;
    await fc.assert(
      fc.asyncProperty(damageArb, async (damage) => {
        const bytes = damaged(good, damage);
        const receiver = testCore();
        const envelope = await receiver.raw('packages.receive', { fileName: 'xa-an-phu.baocao', base64: bytes.toString('base64') });
        if (envelope.ok) return; // a flip in a byte nothing reads (zip padding, a comment) still leaves a whole package
        refusals += 1;
        const error = (envelope as { error: { code: string; message: string } }).error;
        expect(error.code).toBe('unsupported_file');
        expect(error.message).toMatch(PACKAGE_WORDS);
        expect(error.message).not.toMatch(WORD_ADVICE);
        // Nothing of a refused package is kept.
        expect(await receiver.call('library.list', {})).toEqual([]);
      }),
      { numRuns: 300, seed: 20261206 },
    );
    expect(refusals).toBeGreaterThan(200);
  });

  it('added to a consolidation, is named with package advice and counted nowhere', async () => {
    const good = await madePackage();
    const core = testCore();
    const consolidation = await core.call('consolidations.create', { period: '6 tháng đầu năm 2026', deadline: null, units: [], setId: null });
    const files = [0.1, 0.3, 0.5, 0.7, 0.9].map((at, i) => ({
      fileName: `xa-${i}.baocao`,
      base64: damaged(good, { kind: 'zero', at, length: 48 }).toString('base64'),
    }));
    const result = await core.call('consolidations.addInputs', { id: consolidation.id, files });
    for (const refused of result.refused) {
      expect(refused.reason).toMatch(PACKAGE_WORDS);
      expect(refused.reason).not.toMatch(WORD_ADVICE);
    }
    expect(result.refused.length + result.added.length).toBe(5);
    expect(result.view.inputs).toHaveLength(result.added.length);
  });
});
