// `npm start`: the desktop app. Where the Electron runtime is not installed (as on build
// machines without internet), say so in Vietnamese and point to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    // The electron package exports the path of its binary, and throws if it was never downloaded.
    return require('electron');
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.error(
    [
      'Máy này chưa có bộ chạy Electron nên không mở được ứng dụng dạng cửa sổ.',
      'Hãy dùng chế độ trình duyệt: chạy lệnh  npm run web  rồi mở địa chỉ được in ra.',
      '(Trên máy có Internet, cài lại Electron bằng: node node_modules/electron/install.js)',
    ].join('\n'),
  );
  process.exit(1);
}

const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const bundled = spawnSync(process.execPath, ['scripts/build-electron.mjs'], { stdio: 'inherit' });
if (bundled.status !== 0) process.exit(bundled.status ?? 1);

const child = spawn(binary, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
