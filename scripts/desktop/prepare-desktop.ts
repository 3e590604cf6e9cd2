// What `npm start` checks and does before the desktop window can open, in order:
//   1. the Electron runtime: missing → the electron package's own installer downloads it;
//   2. a better-sqlite3 build for Electron's ABI in its own folder (.native/electron-<abi>/):
//      missing → the prebuilt binary for that Electron version, else a build from source.
// Node (tests, CLI, browser mode) keeps its own build in node_modules: `npm test` and
// `npm start` never undo each other. The steps that touch the network or the compiler are
// injected, so this order and every message are unit-tested (tests/unit/desktop/prepare-desktop.test.ts).

export interface DesktopSteps {
  /** Progress and problems, in Vietnamese. */
  say(line: string): void;
  /** The runtime's path, or null when it is not installed. */
  electronBinary(): string | null;
  /** Runs node_modules/electron/install.js (a download). */
  installElectron(): Promise<void>;
  /** e.g. "41.7.1". */
  electronVersion(): string;
  /** Electron's NODE_MODULE_VERSION, e.g. "145". */
  electronAbi(binary: string): string;
  /** .native/electron-<abi>/better_sqlite3.node */
  nativeBindingPath(abi: string): string;
  exists(path: string): boolean;
  /** The prebuilt binary for this Electron version, into `target`. */
  fetchPrebuilt(version: string, target: string): Promise<void>;
  /** Compiles from source into `target`. */
  buildFromSource(version: string, target: string): Promise<void>;
}

export type Prepared = { ok: true; binary: string; nativeBinding: string } | { ok: false };

/** Network failures, as Node, npm, prebuild-install and node-gyp report them. */
export function isOffline(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; stderr?: unknown } | null;
  const text = `${String(e?.code ?? '')} ${String(e?.message ?? '')} ${String(e?.stderr ?? '')}`;
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|network/i.test(text);
}

export const MESSAGES = {
  downloadingElectron: (version: string) => `Lần đầu chạy: đang tải bộ chạy Electron ${version} (khoảng 100 MB, vài phút tùy mạng)…`,
  electronReady: 'Đã có bộ chạy Electron.',
  preparingNative: (abi: string) => `Đang chuẩn bị thư viện dữ liệu (better-sqlite3) cho Electron (ABI ${abi}); chỉ làm một lần…`,
  nativeFromSource: 'Không có bản dựng sẵn phù hợp; đang biên dịch từ mã nguồn (cần Visual Studio Build Tools trên Windows, vài phút)…',
  nativeReady: 'Đã chuẩn bị xong thư viện dữ liệu.',
  offline:
    'Máy đang không có Internet nên chưa tải được phần cần cho ứng dụng dạng cửa sổ (chỉ cần một lần). ' +
    'Trong lúc này hãy dùng chế độ trình duyệt: chạy  npm run web  rồi mở địa chỉ được in ra. Khi có mạng, chạy lại  npm start.',
  electronFailed: (detail: string) => `Không tải được bộ chạy Electron (${detail}). Hãy chạy lại  npm start ; nếu vẫn lỗi, dùng  npm run web .`,
  nativeFailed: (detail: string) =>
    `Không chuẩn bị được thư viện dữ liệu cho Electron (${detail}). Trên Windows cần cài "Visual Studio Build Tools" (C++) rồi chạy lại  npm start ; ` +
    'trong lúc này dùng  npm run web .',
};

const detailOf = (error: unknown) => (String((error as { message?: unknown } | null)?.message ?? error).split('\n')[0] ?? '').slice(0, 200);

export async function prepareDesktop(steps: DesktopSteps): Promise<Prepared> {
  let binary = steps.electronBinary();
  if (!binary) {
    steps.say(MESSAGES.downloadingElectron(steps.electronVersion()));
    try {
      await steps.installElectron();
    } catch (error) {
      steps.say(isOffline(error) ? MESSAGES.offline : MESSAGES.electronFailed(detailOf(error)));
      return { ok: false };
    }
    binary = steps.electronBinary();
    if (!binary) {
      steps.say(MESSAGES.electronFailed('bộ chạy không có sau khi tải'));
      return { ok: false };
    }
    steps.say(MESSAGES.electronReady);
  }

  const abi = steps.electronAbi(binary);
  const nativeBinding = steps.nativeBindingPath(abi);
  if (!steps.exists(nativeBinding)) {
    steps.say(MESSAGES.preparingNative(abi));
    const version = steps.electronVersion();
    try {
      await steps.fetchPrebuilt(version, nativeBinding);
    } catch (prebuiltError) {
      if (isOffline(prebuiltError)) {
        steps.say(MESSAGES.offline);
        return { ok: false };
      }
      steps.say(MESSAGES.nativeFromSource);
      try {
        await steps.buildFromSource(version, nativeBinding);
      } catch (buildError) {
        steps.say(isOffline(buildError) ? MESSAGES.offline : MESSAGES.nativeFailed(detailOf(buildError)));
        return { ok: false };
      }
    }
    if (!steps.exists(nativeBinding)) {
      steps.say(MESSAGES.nativeFailed('không thấy tệp sau khi chuẩn bị'));
      return { ok: false };
    }
    steps.say(MESSAGES.nativeReady);
  }
  return { ok: true, binary, nativeBinding };
}
