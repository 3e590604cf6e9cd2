// The system packages the tests need beyond npm's (one list, used by `npm test` before anything
// runs and by `.ci/run`). On Debian/Ubuntu as root, or with sudo, the missing ones are installed
// with apt-get; elsewhere one sentence names them and the tests do not start — a newcomer sees
// what to install, never a wall of failures from tools that are not there.
//
//   node scripts/system-packages.mjs          install what is missing (or say what to install)
//   node scripts/system-packages.mjs --check  only say what is missing (exit 1 when something is)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const onPath = (command) => succeeds('sh', ['-c', `command -v ${command}`]);
const anyUnder = (dir, test) => {
  try {
    return readdirSync(dir).some((name) => test(`${dir}/${name}`));
  } catch {
    return false;
  }
};

/** Each Debian package, and how to tell it is there without asking dpkg (the same test elsewhere). */
export const SYSTEM_PACKAGES = [
  // Playwright drives Debian's Chromium (never a downloaded browser).
  { name: 'chromium', present: () => Boolean(process.env.CHROMIUM_PATH) || existsSync('/usr/bin/chromium') },
  // Exports are rendered to PDF to check page layout; the checker lays pages out with it.
  { name: 'libreoffice-writer-nogui', present: () => onPath('soffice') },
  // A unit's old .xls biểu mẫu is converted by LibreOffice Calc, and the report's tables workbook is read
  // back by it: Writer alone converts neither (a machine with only Writer refuses every .xls as damaged).
  {
    name: 'libreoffice-calc-nogui',
    present: () => ['/usr/lib/libreoffice/program/libsclo.so', '/opt/libreoffice/program/libsclo.so'].some((lib) => existsSync(lib)),
  },
  { name: 'poppler-utils', present: () => onPath('pdftotext') },
  { name: 'fonts-liberation', present: () => onPath('fc-list') && spawnSync('fc-list', { encoding: 'utf8' }).stdout.includes('Liberation Serif') },
  // Liberation 2 covers every Vietnamese letter (version 1 lacks some, and LibreOffice then mixes in
  // DejaVu, which changes line breaks): renders and the print preview measure with the same font.
  { name: 'fonts-liberation2', present: () => existsSync('/usr/share/fonts/truetype/liberation2') },
  // The sign-off round trip has LibreOffice make a leader's tracked changes through UNO.
  { name: 'python3-uno', present: () => existsSync('/usr/bin/python3') && succeeds('/usr/bin/python3', ['-c', 'import uno']) },
  // The office library's server half: tests start a throwaway cluster (Unix socket, user postgres).
  // Debian keeps initdb out of PATH; the package is enough.
  { name: 'postgresql', present: () => onPath('initdb') || anyUnder('/usr/lib/postgresql', (dir) => existsSync(`${dir}/bin/initdb`)) },
  { name: 'postgresql-contrib', present: () => anyUnder('/usr/share/postgresql', (dir) => existsSync(`${dir}/extension/unaccent.control`)) },
];

export function missingPackages() {
  return SYSTEM_PACKAGES.filter((p) => !p.present()).map((p) => p.name);
}

/** How apt-get can be run here: directly as root, through sudo, or not at all. */
function aptRunner() {
  if (!onPath('apt-get')) return null;
  if (process.getuid?.() === 0) return [];
  if (!onPath('sudo')) return null;
  // A terminal can answer sudo's password prompt; a pipe cannot, so ask sudo not to prompt there.
  if (process.stdin.isTTY) return ['sudo'];
  return succeeds('sudo', ['-n', 'true']) ? ['sudo', '-n'] : null;
}

/** Installs what is missing when it can; returns the names still missing afterwards. */
export function ensureSystemPackages({ install = true } = {}) {
  const missing = missingPackages();
  if (missing.length === 0 || !install) return missing;
  const runner = aptRunner();
  if (!runner) return missing;
  console.log(`Installing the system packages the tests need: ${missing.join(' ')}`);
  const apt = (args) => {
    const [command, ...rest] = [...runner, 'apt-get', ...args];
    return spawnSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  };
  if (apt(['update', '-qq'])) apt(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
  return missingPackages();
}

export function sayWhatToInstall(missing) {
  return (
    `The tests need system packages that are not installed: ${missing.join(', ')} ` +
    `(on Debian/Ubuntu: sudo apt-get install ${missing.join(' ')}; elsewhere the same tools from your system's packages), then run npm test again.`
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const missing = ensureSystemPackages({ install: !process.argv.includes('--check') });
  if (missing.length > 0) {
    console.error(sayWhatToInstall(missing));
    process.exit(1);
  }
}
