/**
 * Run by bench/export-bench.ts in a fresh process: the peak memory (max RSS) of loading the
 * exporter and, unless `--load-only`, exporting one long report of `parts` parts. The bench
 * subtracts the two to give what an export itself costs.
 */
import { exportReportDocx } from '../electron/core/export/export-docx';
import { longBenchReport } from './long-report';

const parts = Number(process.argv[2] ?? 20);
if (!process.argv.includes('--load-only')) await exportReportDocx(longBenchReport(parts), new Date('2026-06-05T08:00:00'));
process.stdout.write(String(process.resourceUsage().maxRSS));
