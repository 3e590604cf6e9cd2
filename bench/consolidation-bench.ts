/**
 * `npm run bench` (consolidation): a tỉnh department adding up 200 communes' reports of 30
 * indicators each. Goal: under 1 s. Measured in-process on report files as they arrive in
 * packages (each package verified: zip, manifest, sha256 of every entry, report schema), then
 * the figures, the warnings and the per-unit phụ lục.
 */
import { completeness, consolidationFigures, type ConsolidationInput } from '#shared/consolidation/consolidation';
import { readPackage } from '../electron/core/packages/package-file';
import { communeIndicatorSet, communeName, communePackage, communeReport } from '../tests/support/commune-reports';
import { exportReportDocx } from '../electron/core/export/export-docx';

const UNITS = 200;
const set = communeIndicatorSet(30);
// Each package carries its Word file too, as the app makes them (one export, the same size for all).
const word = (await exportReportDocx(communeReport(set, 0), new Date('2026-07-04T00:00:00Z'))).bytes;
const packages = Array.from({ length: UNITS }, (_, i) => communePackage(set, i, new Date('2026-07-04T00:00:00Z'), { word }));
const bytes = packages.reduce((a, p) => a + p.byteLength, 0);

const runs: { verify: number; figures: number; total: number; warnings: number }[] = [];
for (let round = 0; round < 5; round += 1) {
  const started = performance.now();
  const inputs: ConsolidationInput[] = packages.map((p, i) => {
    const pkg = readPackage(p);
    return {
      id: String(i),
      unit: pkg.manifest.sender.unit,
      sourceName: `xa-${i}.baocao`,
      report: pkg.report,
      revision: pkg.manifest.report.revision,
      sentAt: pkg.manifest.createdAt,
      receivedAt: '2026-07-05T00:00:00Z',
    };
  });
  const verified = performance.now();
  const units = Array.from({ length: UNITS }, (_, i) => communeName(i));
  const grid = completeness(
    units.map((u) => `ỦY BAN NHÂN DÂN ${u.toLocaleUpperCase('vi-VN')}`),
    inputs,
    '2026-07-05',
  );
  const figures = consolidationFigures(set, grid, { previous: 'Quý I', current: 'Quý II' });
  const done = performance.now();
  runs.push({ verify: verified - started, figures: done - verified, total: done - started, warnings: figures.consolidated.warnings.length });
  if (figures.appendix.length !== 5 || grid.rows.some((r) => r.status !== 'on-time')) throw new Error('consolidation bench: unexpected result');
}
runs.sort((a, b) => a.total - b.total);
const median = runs[2]!;
console.log(
  `Consolidation of ${UNITS} units × ${set.indicators.length} indicators (${(bytes / 1024 / 1024).toFixed(1)} MB of packages): median ${median.total.toFixed(0)} ms — verifying and reading the packages ${median.verify.toFixed(0)} ms, matching units, adding up and the phụ lục (5 tables) ${median.figures.toFixed(0)} ms; ${median.warnings} warnings (goal < 1 s)`,
);
