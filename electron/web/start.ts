/**
 * `npm run web`: browser mode for machines without the Electron runtime, and what the
 * end-to-end tests drive. Prints the address (with this run's access token) to open.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/contract/errors';
import { defaultUserDataDir, resolveDataDir } from '../core/data-dir';
import { openCore } from '../core/open-core';
import { startWebServer } from './web-server';

const projectRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

async function main(): Promise<void> {
  const dataDir = resolveDataDir(defaultUserDataDir());
  const log = { error: (message: string, error?: unknown) => console.error(`[lỗi] ${message}`, error) };
  const core = openCore(dataDir, 'browser', log);
  const requestedPort = Number(process.env.BAOCAO_PORT ?? '0');
  const web = await startWebServer({
    core,
    staticRoot: resolve(projectRoot, 'dist', 'renderer'),
    port: Number.isInteger(requestedPort) && requestedPort > 0 ? requestedPort : 0,
    token: process.env.BAOCAO_TOKEN || undefined,
  });
  console.log('Soạn Báo Cáo đang chạy ở chế độ trình duyệt.');
  console.log(`Mở địa chỉ này trong trình duyệt: ${web.url}`);
  console.log(`Dữ liệu lưu tại: ${dataDir}`);
  console.log('Nhấn Ctrl+C để dừng.');
  const stop = () => {
    void web.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof AppError) console.error(`Không khởi động được: ${error.message}`);
  else if ((error as { code?: string }).code === 'EADDRINUSE') console.error('Không khởi động được: cổng đã có chương trình khác dùng. Hãy đặt BAOCAO_PORT sang số khác.');
  else console.error('Không khởi động được:', error);
  process.exit(1);
});
