// `npm test`: every check and test runner, one after another, then one closing line that sums
// them all: "N passed, N failed[, N skipped]". Exit code 1 when anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSystemPackages, sayWhatToInstall } from './system-packages.mjs';

const ARTIFACTS = '.test-artifacts';
mkdirSync(ARTIFACTS, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, command, args, env = {}) {
  console.log(`\n━━ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

function record(label, passed, failed, skipped, seconds, note = '') {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`${label.padEnd(22)} ${passed} passed, ${failed} failed, ${skipped} skipped (${seconds} s)${note ? ` — ${note}` : ''}`);
}

/** A check that is one pass or one failure (typecheck, lint, build). */
function check(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  record(label, ok ? 1 : 0, ok ? 0 : 1, 0, seconds);
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const npx = (bin) => join('node_modules', '.bin', bin);

// Chromium, LibreOffice, poppler, the fonts and PostgreSQL come from the system: installed here when
// this machine can (Debian/Ubuntu, root or sudo), otherwise one sentence says which — the tests
// that need them would only fail one after another.
const missing = ensureSystemPackages();
if (missing.length > 0) {
  console.log(`\n${sayWhatToInstall(missing)}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

check('typecheck (tsc -b)', npx('tsc'), ['-b']);
check('lint (eslint)', npx('eslint'), ['.']);
// Layout is prettier's: a file it would change fails here (`npm run format` puts it right).
check('format (prettier)', npx('prettier'), ['--check', '**/*.{ts,tsx,mjs,cjs,js}']);
// The CLI tests run the bundle users get (bin/baocao.mjs falls back to sources only when it is stale).
check('build cli (esbuild)', process.execPath, ['scripts/build-cli.mjs']);

{
  const out = join(ARTIFACTS, 'vitest.json');
  rmSync(out, { force: true });
  const { ok, seconds } = run('unit + integration', npx('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const report = readJson(out);
  if (report)
    record(
      'unit + integration',
      report.numPassedTests,
      report.numFailedTests + (ok || report.numFailedTests > 0 ? 0 : 1),
      report.numPendingTests + report.numTodoTests,
      seconds,
    );
  else record('unit + integration', 0, 1, 0, seconds, 'vitest wrote no report');
}

function playwright(label, config, note) {
  const out = join(ARTIFACTS, `${label.replace(/\W+/g, '-')}.json`);
  rmSync(out, { force: true });
  const { ok, seconds } = run(label, npx('playwright'), ['test', '-c', config], { PW_JSON_OUTPUT: out });
  const report = readJson(out);
  if (!report) return record(label, 0, 1, 0, seconds, 'playwright wrote no report');
  const s = report.stats ?? {};
  const failed = (s.unexpected ?? 0) + (report.errors?.length ?? 0) + (ok || s.unexpected > 0 ? 0 : 1);
  const skipReasons = new Set();
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? []) for (const a of t.annotations ?? []) if (a.type === 'skip' && a.description) skipReasons.add(a.description);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  record(label, (s.expected ?? 0) + (s.flaky ?? 0), failed, s.skipped ?? 0, seconds, [...skipReasons].join('; ') || note);
}

if (check('build renderer (vite)', process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'])) {
  playwright('end-to-end (chromium)', 'playwright.config.ts');
} else {
  record('end-to-end (chromium)', 0, 1, 0, '0', 'renderer did not build');
}
playwright('desktop (electron)', 'playwright.electron.config.ts');

console.log('\n━━ Summary');
for (const line of lines) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
