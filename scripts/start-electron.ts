// `npm start`: the desktop app. On a machine with internet the first start fetches what the
// window needs (the Electron runtime; better-sqlite3 built for Electron, kept apart from Node's)
// and says what it is doing; without internet it says so once and points to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareDesktop } from './desktop/prepare-desktop';
import { realSteps } from './desktop/real-steps';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
async function main(): Promise<void> {
  const ready = await prepareDesktop(realSteps(root));
  if (!ready.ok) process.exit(1);

  const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit', cwd: root });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const bundled = spawnSync(process.execPath, ['scripts/build-electron.mjs'], { stdio: 'inherit', cwd: root });
  if (bundled.status !== 0) process.exit(bundled.status ?? 1);

  console.log('Đang mở Soạn Báo Cáo…');
  // The main process opens the database with this build (better-sqlite3's nativeBinding option).
  const child = spawn(ready.binary, ['.'], { stdio: 'inherit', cwd: root, env: { ...process.env, BAOCAO_NATIVE_BINDING: ready.nativeBinding } });
  child.on('exit', (code) => process.exit(code ?? 0));
}

void main();
