/**
 * `npm run web`: browser mode for machines without the Electron runtime, and what the
 * end-to-end tests drive. Prints the address (with this run's access token) to open.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '#shared/contract/errors';
import { defaultUserDataDir, resolveDataDir } from '../core/data-dir';
import { openCoreThread } from '../core/host/open-core-thread';
import { fileLogger } from '../core/log/log-file';
import { startWebServer } from './web-server';
import { plannedSession, writeWebSession } from './web-session';

const projectRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

async function main(): Promise<void> {
  const dataDir = resolveDataDir(defaultUserDataDir());
  // Technical details (SQLite's words, stacks) go to the data folder's log, never to this terminal.
  const log = fileLogger(dataDir, 'web');
  // The core on its own thread: the web server answers (and serves pages) while a long call runs.
  const core = await openCoreThread(dataDir, 'browser', log);
  const planned = plannedSession(dataDir);
  const staticRoot = resolve(projectRoot, 'dist', 'renderer');
  let web;
  try {
    web = await startWebServer({ core, staticRoot, port: planned.port, token: planned.token });
  } catch (error) {
    // Last run's port is taken by another program now: any free one (an asked-for port is not replaced).
    if ((error as { code?: string }).code !== 'EADDRINUSE' || process.env.BAOCAO_PORT) throw error;
    web = await startWebServer({ core, staticRoot, port: 0, token: planned.token });
    console.log(`Cổng ${planned.port} của lần chạy trước đang bận; dùng cổng mới ${web.port}. Hãy mở địa chỉ mới bên dưới.`);
  }
  writeWebSession(dataDir, { port: web.port, token: web.token });
  console.log('Soạn Báo Cáo đang chạy ở chế độ trình duyệt.');
  console.log(`Mở địa chỉ này trong trình duyệt: ${web.url}`);
  console.log(`Dữ liệu lưu tại: ${dataDir}`);
  console.log(`Nhật ký kỹ thuật (cho cán bộ CNTT khi có lỗi): ${log.path}`);
  console.log('Nhấn Ctrl+C để dừng.');
  const stop = () => {
    void web
      .close()
      .then(() => core.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof AppError) console.error(`Không khởi động được: ${error.message}`);
  else if ((error as { code?: string }).code === 'EADDRINUSE')
    console.error('Không khởi động được: cổng đã có chương trình khác dùng. Hãy đặt BAOCAO_PORT sang số khác.');
  else console.error('Không khởi động được:', error);
  process.exit(1);
});
